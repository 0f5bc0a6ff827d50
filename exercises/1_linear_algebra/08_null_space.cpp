// Exercise 1.08 — a basis of the null space (kernel)                     (MML §2.3.3, §2.7.3)
//
// Task:    return a basis of ker(A) = {x ∈ ℝⁿ : Ax = 0} as the columns of an n×(n − rk A) matrix.
//          From the RREF R of A, the "minus-1 trick": for each free (non-pivot) column f,
//          one basis vector x with
//              x_f = −1,   x_g = 0 for the other free columns g,
//              x_{p_i} = R(i, f) for the pivot column p_i of row i.
//          Then Ax = 0, because row i of Rx reads R(i, f)·(−1) + 1·x_{p_i} = 0.
// Input:   A, an m×n matrix.
// Output:  an n×(n − rk A) matrix whose columns are a basis of ker(A) (n×0 if rk A = n),
//          ordered by free column.
// Example: MML §2.3.1: A = [[1, 0, 8, −4], [0, 1, 2, 12]] has the basis
//          [8, 2, −1, 0] and [−4, 12, 0, −1].
// Hint:    mml::rref_with_pivots(A) gives R and the pivot columns.
//
// Check:   build/exercises/mml-check 1.08
#include "unit1.hpp"

namespace mml::exercises {

Matrix my_null_space(const Matrix& A) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
