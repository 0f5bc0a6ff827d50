// mml/linalg/cholesky.hpp — the Cholesky factorisation A = L Lᵀ.                    (MML §4.3)
//
// A symmetric positive definite matrix (xᵀAx > 0 for every x ≠ 0) factors uniquely as
// A = L Lᵀ with L lower triangular and a positive diagonal — "the square root of a matrix".
// Comparing entries of A = L Lᵀ column by column gives the algorithm (MML Example 4.10):
//
//     lⱼⱼ = √(aⱼⱼ − Σ_{k<j} lⱼₖ²)
//     lᵢⱼ = (aᵢⱼ − Σ_{k<j} lᵢₖ lⱼₖ) / lⱼⱼ        for i > j
//
// It needs no pivoting (positive definiteness keeps every radicand positive) and half the
// work of LU. It is how mml samples from and evaluates a multivariate Gaussian (unit 5), and
// a failing radicand is the cheapest test that a matrix is *not* positive definite.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

namespace mml {

// The lower-triangular L with A = L·Lᵀ. Throws DimensionError if A is not square, DomainError
// if A is not symmetric (relative tolerance 1e-12) or not positive definite, naming the pivot
// where the radicand aⱼⱼ − Σ lⱼₖ² was not positive.
Matrix cholesky(const Matrix& A);

// Solves A x = b given L from cholesky(A): L y = b, then Lᵀ x = y.
Vector cholesky_solve(const Matrix& L, const Vector& b);

}  // namespace mml
