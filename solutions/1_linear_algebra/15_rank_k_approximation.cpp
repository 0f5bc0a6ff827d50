// Exercise 1.15 — the best rank-k approximation (Eckart–Young)               (MML §4.6)
//
// Task:    with the SVD A = Σᵢ σᵢ uᵢ vᵢᵀ, return the truncated sum
//              Âₖ = Σ_{i=0}^{k−1} σᵢ uᵢ vᵢᵀ.
//          Eckart–Young: no matrix of rank ≤ k is closer to A; the error is ‖A − Âₖ‖₂ = σₖ.
//          This is image compression and the heart of PCA (unit 2).
// Input:   A, an m×n matrix; 0 ≤ k ≤ min(m, n).
// Output:  Âₖ, m×n, of rank k (if σₖ₋₁ > 0).
// Errors:  k > min(m, n) → mml::DimensionError.
// Example: A = [[3, 0], [0, 1]], k = 1 → [[3, 0], [0, 0]] with error σ₁ = 1.
// Hint:    use mml::svd(A) (the point here is the truncation, not the SVD); do not call
//          mml::rank_k_approximation.
//
// Check:   build/exercises/mml-check 1.15
#include "unit1.hpp"

#include <algorithm>
#include <string>

namespace mml::exercises {

Matrix best_rank_k(const Matrix& A, std::size_t k) {
    if (k > std::min(A.rows(), A.cols()))
        throw DimensionError("best_rank_k: k = " + std::to_string(k) + " exceeds min(m, n) = " +
                             std::to_string(std::min(A.rows(), A.cols())));
    const auto [U, S, V] = svd(A);
    Matrix Ak(A.rows(), A.cols());
    for (std::size_t r = 0; r < k; ++r)  // add σᵣ uᵣ vᵣᵀ
        for (std::size_t i = 0; i < A.rows(); ++i)
            for (std::size_t j = 0; j < A.cols(); ++j) Ak(i, j) += S[r] * U(i, r) * V(j, r);
    return Ak;
}

}  // namespace mml::exercises
