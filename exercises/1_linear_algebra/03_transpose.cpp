// Exercise 1.03 — the transpose Aᵀ                          (MML §2.2.1, Definition 2.5)
//
// Task:    return the transpose of A, the matrix with (Aᵀ)ᵢⱼ = Aⱼᵢ:
//          the rows of A become the columns of Aᵀ.
// Input:   A, an m×n matrix (any shape, possibly empty).
// Output:  Aᵀ, an n×m matrix.
// Example: [[1, 2, 3], [4, 5, 6]]ᵀ = [[1, 4], [2, 5], [3, 6]].
// Hint:    Matrix T(A.cols(), A.rows()), then one assignment per entry.
//          Do not call mml::transpose — it is what you are checked against.
//
// Check:   build/exercises/mml-check 1.03
#include "unit1.hpp"

namespace mml::exercises {

Matrix my_transpose(const Matrix& A) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
