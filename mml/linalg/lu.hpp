// mml/linalg/lu.hpp — Gaussian elimination with partial pivoting as a factorisation, PA = LU.
//                                                                  (MML §2.3.3, §4.1; Strang ch. 2)
//
// Gaussian elimination subtracts multiples ℓᵢₖ = aᵢₖ / aₖₖ of pivot row k from the rows below
// it until A is upper triangular. Recording the multipliers gives the factorisation
//
//     P A = L U,   L unit lower triangular (the ℓᵢₖ), U upper triangular, P a permutation,
//
// and then Ax = b is two triangular solves: L y = P b (forward), U x = y (backward).
//
// Partial pivoting: before eliminating column k we swap up the row with the largest |aᵢₖ|.
// Without it, a tiny pivot (say 1e-20) makes the multipliers huge and the rounding error in
// U grows with them: [[1e-20, 1], [1, 1]] x = [1, 2] comes out as x = [0, 1] instead of [1, 1].
// With |ℓᵢₖ| ≤ 1 the growth is (almost always) modest and the solution is backward stable.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <cstddef>
#include <vector>

namespace mml {

struct LU {
    Matrix L;  // n×n unit lower triangular
    Matrix U;  // n×n upper triangular
    Matrix P;  // n×n permutation matrix, P·A = L·U
    std::vector<std::size_t> perm;  // row i of P·A is row perm[i] of A
    int sign = 1;                   // det(P) = ±1: the parity of the row swaps
};

// P·A = L·U for a square A, with partial pivoting. Throws SingularMatrixError when a column
// has no pivot larger than tol = n·ε·max|aᵢⱼ| (the matrix is singular to working precision).
LU lu(const Matrix& A);

// Solves A x = b given P·A = L·U: forward substitution L y = P b, then back substitution U x = y.
Vector lu_solve(const LU& factors, const Vector& b);

// x = A⁻¹ b by LU with partial pivoting (MML §2.3). A square and non-singular.
Vector solve(const Matrix& A, const Vector& b);
// X = A⁻¹ B for several right-hand sides (the columns of B), one factorisation for all.
Matrix solve(const Matrix& A, const Matrix& B);

// det(A) = det(P)·Π Uᵢᵢ from P·A = L·U (MML §4.1). Zero for a singular A (no throw).
double det(const Matrix& A);

}  // namespace mml
