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

namespace mml::exercises {

Matrix my_cholesky(const Matrix& A) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
