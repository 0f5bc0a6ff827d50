// Exercise 1.12 — the Cholesky factorisation A = L Lᵀ                       (MML §4.3, Example 4.10)
//
// Task:    for a symmetric positive definite A, find the lower-triangular L with a positive
//          diagonal such that A = L Lᵀ. Comparing entries of A = L Lᵀ gives, for j = 0, 1, …:
//              lⱼⱼ = √(aⱼⱼ − Σ_{k<j} lⱼₖ²)
//              lᵢⱼ = (aᵢⱼ − Σ_{k<j} lᵢₖ lⱼₖ) / lⱼⱼ        for i > j.
// Input:   A, an n×n symmetric matrix.
// Output:  L (zeros above the diagonal).
// Errors:  A not square → mml::DimensionError; a radicand aⱼⱼ − Σ lⱼₖ² ≤ 0 (A is not positive
//          definite) → mml::DomainError naming j.
// Example: A = [[4, 2], [2, 2]] has L = [[2, 0], [1, 1]].
// Hint:    read only the lower triangle of A. Do not call mml::cholesky.
//
// Check:   build/exercises/mml-check 1.12
#include "unit1.hpp"

#include <cmath>
#include <string>

namespace mml::exercises {

Matrix my_cholesky(const Matrix& A) {
    if (!A.is_square() || A.empty())
        throw DimensionError("my_cholesky: A must be a non-empty square matrix, got " + std::to_string(A.rows()) +
                             "x" + std::to_string(A.cols()));
    const std::size_t n = A.rows();
    Matrix L(n, n);
    for (std::size_t j = 0; j < n; ++j) {
        double radicand = A(j, j);
        for (std::size_t k = 0; k < j; ++k) radicand -= L(j, k) * L(j, k);
        if (!(radicand > 0.0))
            throw DomainError("my_cholesky: A is not positive definite (radicand " + std::to_string(radicand) +
                              " at pivot " + std::to_string(j) + ")");
        L(j, j) = std::sqrt(radicand);
        for (std::size_t i = j + 1; i < n; ++i) {
            double sum = A(i, j);
            for (std::size_t k = 0; k < j; ++k) sum -= L(i, k) * L(j, k);
            L(i, j) = sum / L(j, j);
        }
    }
    return L;
}

}  // namespace mml::exercises
