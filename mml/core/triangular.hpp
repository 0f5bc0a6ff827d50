// mml/core/triangular.hpp — solving triangular systems, written once.        (MML §2.3.3, §4.1)
//
// Gaussian elimination (LU), Cholesky and QR all end the same way: with a triangular
// system, which is solved one unknown at a time.
//
//   Lower triangular, L x = b, forward substitution (first row first):
//       xᵢ = (bᵢ − Σ_{j<i} Lᵢⱼ xⱼ) / Lᵢᵢ,        i = 0, 1, …, n−1
//   Upper triangular, U x = b, back substitution (last row first):
//       xᵢ = (bᵢ − Σ_{j>i} Uᵢⱼ xⱼ) / Uᵢᵢ,        i = n−1, …, 0
//
// Each costs n² flops, against the n³/3 of the factorisation before it. Only the
// triangle that matters is read, so the combined storage of an LU factorisation (L's
// multipliers below the diagonal, U on and above it) can be passed as it is, with
// Diagonal::unit for L's implicit ones.
//
// A zero on the diagonal means the triangular matrix is singular: SingularMatrixError
// naming the position. A tiny but non-zero diagonal is not an error here; whether the
// answer is trustworthy is a question for the condition number (linalg/condition.hpp).
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

namespace mml {

// Whether the diagonal is read (general) or taken to be all ones (unit, as L in A = LU).
enum class Diagonal { general, unit };

// Forward substitution: the x with L x = b, reading L on and below the diagonal. L is n×n, b has n entries.
Vector solve_lower_triangular(const Matrix& L, const Vector& b, Diagonal diagonal = Diagonal::general);
// Back substitution: the x with U x = b, reading U on and above the diagonal.
Vector solve_upper_triangular(const Matrix& U, const Vector& b, Diagonal diagonal = Diagonal::general);
// The x with Lᵀ x = b for lower-triangular L, without forming Lᵀ (the second half of a
// Cholesky solve, A = LLᵀ): xᵢ = (bᵢ − Σ_{j>i} Lⱼᵢ xⱼ) / Lᵢᵢ.
Vector solve_lower_triangular_transposed(const Matrix& L, const Vector& b);

// The same with k right-hand sides at once: X with L X = B (B is n×k). Row-oriented, so the
// inner loop runs along contiguous rows of X and B.
Matrix solve_lower_triangular(const Matrix& L, const Matrix& B, Diagonal diagonal = Diagonal::general);
Matrix solve_upper_triangular(const Matrix& U, const Matrix& B, Diagonal diagonal = Diagonal::general);

}  // namespace mml
