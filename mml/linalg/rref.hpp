// mml/linalg/rref.hpp — Gaussian elimination to (reduced) row-echelon form, and what it tells us:
// the pivot columns, the null space, the full solution set of Ax = b.           (MML §2.3, §2.6)
//
// Elementary row operations (swap two rows, scale a row, add a multiple of one row to
// another) do not change the solution set of Ax = b. Gaussian elimination uses them to reach
// row-echelon form (REF: each row's first non-zero entry, its pivot, is to the right of the
// pivot above); Gauss–Jordan continues to the reduced form (RREF: every pivot is 1 and is the
// only non-zero entry of its column). From the RREF (MML §2.3.2):
//   * pivot columns ↔ basic variables; the other columns ↔ free variables;
//   * a particular solution sets every free variable to 0;
//   * the null space has one basis vector per free variable ("minus-1 trick": set that free
//     variable to −1, the other free ones to 0, and read the basic variables off the RREF).
//
// Floating point: an entry that "should" be zero after elimination is usually 1e-16, not 0.
// A pivot candidate counts as zero when |value| ≤ tol = max(m,n)·ε·‖A‖∞ (‖A‖∞ the largest
// absolute row sum; stated in every function below), the size of the rounding that elimination
// itself commits: each eliminated entry is a sum of up to n products of entries of size ≤ ‖A‖∞.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <cstddef>
#include <vector>

namespace mml {

struct RowEchelon {
    Matrix R;                          // the (reduced) row-echelon form
    std::vector<std::size_t> pivots;   // the pivot columns, increasing
};

// Row-echelon form by Gaussian elimination with partial pivoting (pivots not scaled to 1).
RowEchelon row_echelon(const Matrix& A);
// Reduced row-echelon form with its pivot columns (Gauss–Jordan).
RowEchelon rref_with_pivots(const Matrix& A);
// The reduced row-echelon form of A (MML §2.3.2).
Matrix rref(const Matrix& A);
// The pivot (basic-variable) columns of A.
std::vector<std::size_t> pivot_columns(const Matrix& A);

// A basis of the null space {x : Ax = 0} (MML §2.3.3, the minus-1 trick), as the columns of
// an n×(n − rank) matrix (n×0 when A has full column rank).
Matrix null_space(const Matrix& A);
// A basis of the column space (image) of A: the pivot columns of A itself (MML §2.7.3).
Matrix column_space(const Matrix& A);

// The full solution set of Ax = b: x = particular + Σ λᵢ·(column i of null_space) (MML §2.3.1),
// an affine subspace. Throws DomainError naming the inconsistent row when there is no solution.
struct SolutionSet {
    Vector particular;
    Matrix null_space;  // columns: a basis of the directions of the affine subspace
};
SolutionSet solution_set(const Matrix& A, const Vector& b);

// True when the vectors are linearly independent: the matrix with them as columns has a pivot
// in every column (MML §2.5).
bool is_linearly_independent(const std::vector<Vector>& vectors);

// The coordinates c of x in the basis B (columns of B, independent): B c = x (MML §2.6.1).
// Throws DomainError when x is not in the span of B.
Vector coordinates(const Vector& x, const Matrix& B);

// The change-of-basis matrix S with (coordinates in B_to) = S · (coordinates in B_from):
// S = B_to⁻¹ B_from, for two bases of the same space ℝⁿ (MML §2.7.2).
Matrix change_of_basis(const Matrix& B_from, const Matrix& B_to);

}  // namespace mml
