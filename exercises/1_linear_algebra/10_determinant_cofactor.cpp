// Exercise 1.10 — the determinant by Laplace (cofactor) expansion           (MML §4.1, Theorem 4.2)
//
// Task:    compute det(A) by expanding along the first row:
//              det(A) = Σ_{j=0}^{n−1} (−1)^j · a₀ⱼ · det(A₀ⱼ),
//          where the minor A₀ⱼ is A without row 0 and column j; det of a 1×1 matrix is its entry.
// Input:   A, an n×n matrix with 1 ≤ n ≤ 8 (the expansion costs n! operations — that is the
//          lesson: mml::det uses LU instead, n³/3 operations).
// Output:  det(A).
// Errors:  A not square or empty → mml::DimensionError.
// Example: MML Example 4.3: det [[1, 2, 3], [3, 1, 2], [0, 0, 1]] = −5.
// Hint:    a recursive function is natural here; skip terms with a₀ⱼ = 0.
//
// Check:   build/exercises/mml-check 1.10
#include "unit1.hpp"

namespace mml::exercises {

double det_cofactor(const Matrix& A) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
