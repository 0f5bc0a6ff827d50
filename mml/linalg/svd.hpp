// mml/linalg/svd.hpp — the singular value decomposition A = U Σ Vᵀ.          (MML §4.5, §4.6)
//
// Every m×n matrix, of any shape and rank, factors as A = U diag(σ) Vᵀ with orthonormal
// columns in U (m×k) and V (n×k), k = min(m, n), and singular values σ₀ ≥ σ₁ ≥ … ≥ 0.
// Geometrically: a rotation (Vᵀ), an axis-aligned stretch (Σ), another rotation (U).
//
// Algorithm: one-sided Jacobi (Hestenes, 1958). Look for an orthogonal V such that the
// columns of W = AV are mutually orthogonal; then σⱼ = ‖wⱼ‖ and uⱼ = wⱼ/σⱼ. Take two columns
// wₚ, w_q with α = ‖wₚ‖², β = ‖w_q‖², γ = wₚ·w_q and rotate them (and the same columns of V)
// by the angle that makes them orthogonal — the Jacobi rotation of the 2×2 matrix
// [[α, γ], [γ, β]] (see eigen_sym.hpp), since that is the corresponding block of WᵀW.
// Sweep over all pairs until every pair is orthogonal to working precision. The columns
// never mix beyond rotations, so U, V stay orthogonal and small σ are computed accurately.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <cstddef>

namespace mml {

struct SVD {
    Matrix U;  // m×k, orthonormal columns (the left singular vectors)
    Vector S;  // k singular values, descending, ≥ 0
    Matrix V;  // n×k, orthonormal columns (the right singular vectors)
};

// The thin SVD A = U·diag(S)·Vᵀ, k = min(m, n). For a rank-deficient A the columns of U that
// belong to σ = 0 are still orthonormal (completed from the standard basis).
SVD svd(const Matrix& A);

// The Moore–Penrose pseudo-inverse A⁺ = V diag(1/σᵢ) Uᵀ, inverting only σᵢ > max(m,n)·ε·σ₀
// (MML §4.5). x = A⁺b is the minimum-norm least-squares solution, also for rank-deficient A.
Matrix pinv(const Matrix& A);

// The best rank-k approximation Âₖ = Σ_{i<k} σᵢ uᵢ vᵢᵀ (Eckart–Young, MML §4.6): no matrix of
// rank ≤ k is closer to A in the spectral or Frobenius norm; ‖A − Âₖ‖₂ = σₖ.
Matrix rank_k_approximation(const Matrix& A, std::size_t k);

// The rank: the number of σᵢ > max(m,n)·ε·σ₀ (MML §2.6.2). Exact zero tests fail in floating
// point — a rank-1 matrix computed as u vᵀ has "zero" singular values of size 1e-16, not 0 —
// so the rank is decided relative to the largest singular value and the rounding level.
std::size_t rank(const Matrix& A);

}  // namespace mml
