// Exercise 1.06 — Gauss–Jordan elimination to reduced row-echelon form        (MML §2.3.2)
//
// Task:    bring A to reduced row-echelon form (RREF) with elementary row operations and
//          report the pivot columns. In RREF every non-zero row starts with a pivot 1, each
//          pivot is to the right of the one above, and a pivot is the only non-zero entry of
//          its column. The pivot columns are the basic variables of Ax = b; the others are free.
// Input:   A, an m×n matrix; tol ≥ 0: a pivot candidate with |value| ≤ tol counts as zero
//          (in floating point an entry that "should" be 0 after elimination is often 1e-16).
// Output:  RowEchelon{R, pivots} (mml/linalg/rref.hpp): R the RREF, pivots the pivot columns.
// Example: [[1, 2, 1], [−2, −3, 1], [3, 5, 0]] → R = [[1, 0, −5], [0, 1, 3], [0, 0, 0]], pivots {0, 1}.
// Hint:    partial pivoting (swap up the largest |entry|) keeps the arithmetic stable; set the
//          entries you eliminate to exactly 0 and the pivot to exactly 1.
//
// Check:   build/exercises/mml-check 1.06
#include "unit1.hpp"

namespace mml::exercises {

RowEchelon my_rref(const Matrix& A, double tol) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
