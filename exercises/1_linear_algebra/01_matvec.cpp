// Exercise 1.01 — the matrix–vector product y = Ax                  (MML §2.2.1)
//
// Task:    compute y = A x, the vector with entries
//              yᵢ = Σⱼ Aᵢⱼ xⱼ      (i = 0 … m−1, j = 0 … n−1).
//          Each yᵢ is the dot product of row i of A with x. Equivalently, y is
//          the combination x₀·(column 0) + x₁·(column 1) + … of A's columns.
// Input:   A, an m×n matrix; x, a vector with n entries.
// Output:  y, a vector with m entries.
// Errors:  if x.size() != A.cols(), throw mml::DimensionError with a message that
//          names both sizes.
// Example: [[1, 2], [3, 4]] · [1, 1] = [3, 7].
// Hint:    Vector y(A.rows()) starts at zero; A(i, j) and x[j] read the entries.
//
// Check:   build/exercises/mml-check 1.01
#include "unit1.hpp"

namespace mml::exercises {

Vector matvec(const Matrix& A, const Vector& x) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
