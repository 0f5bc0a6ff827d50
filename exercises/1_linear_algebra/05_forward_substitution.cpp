// Exercise 1.05 — forward substitution for Lx = b                           (MML §2.3.3)
//
// Task:    solve L x = b where L is lower triangular (Lᵢⱼ = 0 for j > i), top row first:
//              x₀ = b₀ / L₀₀
//              xᵢ = (bᵢ − Σ_{j=0}^{i−1} Lᵢⱼ xⱼ) / Lᵢᵢ      for i = 1, …, n−1.
//          This is the first half of solving with an LU factorisation (L y = P b).
// Input:   L, an n×n lower-triangular matrix (entries above the diagonal are ignored);
//          b, a vector with n entries.
// Output:  x, the unique solution.
// Errors:  L not square or b the wrong size → mml::DimensionError;
//          a zero on the diagonal → mml::SingularMatrixError naming the row.
// Example: [[2, 0, 0], [1, 1, 0], [1, 2, 4]] x = [2, 3, 17] has x = [1, 2, 3].
// Hint:    the mirror image of exercise 1.04: loop i upwards and use only the xⱼ with j < i.
//
// Check:   build/exercises/mml-check 1.05
#include "unit1.hpp"

namespace mml::exercises {

Vector forward_substitution(const Matrix& L, const Vector& b) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
