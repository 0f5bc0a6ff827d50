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

namespace mml::exercises {

Matrix best_rank_k(const Matrix& A, std::size_t k) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
