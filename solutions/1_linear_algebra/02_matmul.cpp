// Exercise 1.02 — the matrix product C = AB                          (MML §2.2.1)
//
// Task:    compute C = A B, the matrix with entries
//              Cᵢⱼ = Σₖ Aᵢₖ Bₖⱼ .
//          Column j of C is A times column j of B; the product is defined only
//          when the "inner" dimensions agree, and in general AB ≠ BA.
// Input:   A, an m×p matrix; B, a p×n matrix.
// Output:  C, an m×n matrix.
// Errors:  if A.cols() != B.rows(), throw mml::DimensionError naming both shapes.
// Example: [[1, 2], [3, 4]] · [[5, 6], [7, 8]] = [[19, 22], [43, 50]].
// Hint:    three nested loops. The order i, k, j (innermost j) reads B and C
//          along rows, which the cache likes: see mml/core/matmul.cpp for why.
//          Do not call A * B — that is the library's answer you are checked against.
//
// Check:   build/exercises/mml-check 1.02
#include "unit1.hpp"

#include <string>

namespace mml::exercises {

Matrix matmul(const Matrix& A, const Matrix& B) {
    if (A.cols() != B.rows()) {
        throw DimensionError("matmul: " + std::to_string(A.rows()) + "x" + std::to_string(A.cols()) + " times " +
                             std::to_string(B.rows()) + "x" + std::to_string(B.cols()) + " — inner dimensions " +
                             std::to_string(A.cols()) + " and " + std::to_string(B.rows()) + " differ");
    }
    Matrix C(A.rows(), B.cols());  // starts at zero
    // Order i, k, j: for a fixed Aᵢₖ, add Aᵢₖ · (row k of B) to row i of C. The inner loop walks
    // along rows of B and C, which are contiguous in memory (row-major storage).
    for (std::size_t i = 0; i < A.rows(); ++i)
        for (std::size_t k = 0; k < A.cols(); ++k) {
            const double a_ik = A(i, k);
            for (std::size_t j = 0; j < B.cols(); ++j) C(i, j) += a_ik * B(k, j);
        }
    return C;
}

}  // namespace mml::exercises
