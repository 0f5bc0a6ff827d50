// Exercise 1.09 — the inverse by Gauss–Jordan elimination                 (MML §2.3.3, Example 2.9)
//
// Task:    compute A⁻¹ by row-reducing the augmented matrix [A | I] to [I | A⁻¹]: the row
//          operations that turn A into I, applied to I, build A⁻¹.
// Input:   A, an n×n matrix.
// Output:  A⁻¹, with A·A⁻¹ = A⁻¹·A = I.
// Errors:  A not square → mml::DimensionError; no pivot in some column (|pivot| ≤ 1e-12 ·
//          max|aᵢⱼ|) → mml::SingularMatrixError naming the column.
// Example: MML Example 2.9: the inverse of [[1, 0, 2, 0], [1, 1, 0, 0], [1, 2, 0, 1], [1, 1, 1, 1]]
//          is [[−1, 2, −2, 2], [1, −1, 2, −2], [1, −1, 1, −1], [−1, 0, −1, 2]].
// Hint:    use partial pivoting (swap up the row with the largest |entry| in the column).
//          Do not call mml::inverse — it is what you are checked against.
//
// Check:   build/exercises/mml-check 1.09
#include "unit1.hpp"

namespace mml::exercises {

Matrix inverse_gauss_jordan(const Matrix& A) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
