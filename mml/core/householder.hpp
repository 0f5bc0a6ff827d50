// mml/core/householder.hpp — the Householder reflector, written once.   (MML §3.9; Golub & Van Loan §5.1)
//
// A Householder reflector is the mirror H = I − β v vᵀ (β = 2/vᵀv) in the hyperplane
// orthogonal to v. H is symmetric and orthogonal (H = Hᵀ = H⁻¹), and for any x we can
// choose v so that H x = α e₁: every entry of x but the first is zeroed, while the
// length is kept, |α| = ‖x‖. Applied column after column this is Householder QR
// (linalg/qr.hpp); applied from both sides it reduces a symmetric matrix to tridiagonal
// form (eigenvalues) and any matrix to bidiagonal form (SVD).
//
// The choice of sign. Take u = x − α e₁. Both α = +‖x‖ and α = −‖x‖ work, but
// u₀ = x₀ − α cancels catastrophically when α has the sign of x₀ and x is nearly a
// multiple of e₁. So α = −sign(x₀)‖x‖, and then u₀ = x₀ + sign(x₀)‖x‖ adds two numbers
// of the same sign. We store v = u/u₀ (so v₀ = 1, which need not be stored) and
//
//       β = 2/(vᵀv) = (α − x₀)/α,   v = [1, x₁/(x₀ − α), …, x_{n−1}/(x₀ − α)].
//
// When x₁ … x_{n−1} are already zero there is nothing to do: β = 0 and H = I.
//
// Applying H never forms the matrix: H A = A − β v (vᵀA) costs 4mn flops where the
// product with an explicit H would cost 2m²n.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <cstddef>

namespace mml {

// H = I − β v vᵀ with v₀ = 1, and the α of H x = α e₁ for the x it was built from.
struct Householder {
    Vector v;           // the reflector's direction, v[0] == 1
    double beta = 0.0;  // 2/(vᵀv), or 0 when H = I
    double alpha = 0.0; // H x = α e₁, |α| = ‖x‖
};

// The reflector that maps x to α e₁, α = −sign(x₀)‖x‖ (sign(0) taken as +1).
// Scale-safe: ‖x‖ by norm2, so entries of 1e-300 or 1e300 are handled.
Householder make_householder(const Vector& x);
// The same for x = (p[0], p[inc], …, p[(n−1)·inc]): a row (inc = 1) or column (inc = cols) of a matrix.
Householder make_householder(const double* p, std::size_t inc, std::size_t n);

// A ← H A on the block of rows r0 … r0+len(v)−1 and columns c0 … cols−1:
// w = vᵀA (a row), then A ← A − β v wᵀ. Both loops run along contiguous rows.
void apply_householder_left(const Householder& H, Matrix& A, std::size_t r0, std::size_t c0);
// A ← A H on the block of rows r0 … rows−1 and columns c0 … c0+len(v)−1: each row a ← a − β (a·v) vᵀ.
void apply_householder_right(const Householder& H, Matrix& A, std::size_t r0, std::size_t c0);
// x ← H x on the entries offset … offset+len(v)−1 of x.
void apply_householder(const Householder& H, Vector& x, std::size_t offset);

}  // namespace mml
