// mml/linalg/eigen_sym.hpp — eigenvalues and eigenvectors of a symmetric matrix (Jacobi's method).
//                                                                      (MML §4.2, §4.4 spectral theorem)
//
// The spectral theorem: a symmetric A = Aᵀ has real eigenvalues λᵢ and an orthonormal basis
// of eigenvectors, A = V Λ Vᵀ. Jacobi's method (1846) finds them by making A diagonal with
// plane rotations. Each step picks an off-diagonal pair (p, q) and rotates by the angle that
// zeroes aₚq:
//
//     A ← Jᵀ A J,   J = identity except Jₚₚ = J_qq = c, Jₚq = s, J_qp = −s,
//     with τ = (a_qq − aₚₚ)/(2aₚq), t = sign(τ)/(|τ| + √(1+τ²)), c = 1/√(1+t²), s = t·c.
//
// A rotation is orthogonal, so the eigenvalues never change, while the sum of squares of the
// off-diagonal entries drops by 2aₚq² at every step. Sweeping over all pairs repeatedly drives
// A to the diagonal Λ (quadratically, once it is nearly diagonal); the product of all the
// rotations is V. We choose Jacobi over tridiagonal QR because each step is one formula a
// student can check by hand, and because it computes small eigenvalues to high relative accuracy.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <cstddef>

namespace mml {

struct EigSym {
    Vector values;   // λ₀ ≥ λ₁ ≥ … ≥ λₙ₋₁
    Matrix vectors;  // column i is the unit eigenvector of values[i]; VᵀV = I
};

// A = V·diag(λ)·Vᵀ for a symmetric A (symmetry checked to relative 1e-12, else DomainError).
// Stops when the off-diagonal part is below 1e-15·‖A‖_F; NotConvergedError after 100 sweeps.
EigSym eig_sym(const Matrix& A);

}  // namespace mml
