// Exercise 7.09 — The softmax cross-entropy and its gradient                  (MML §5.6; softmax.hpp)
//
// Task:    a classifier gives each example b a row of K scores z_b; its class probabilities are
//          p = softmax(z), p_k = exp(z_k − LSE(z)), and the loss of the true class y_b is
//              ℓ_b = −log p_{y_b} = LSE(z_b) − z_{b, y_b}.
//          Return the batch loss Σ_b ℓ_b and its gradient ∂loss/∂Z, whose row b is
//              p_b − onehot(y_b)     (prediction minus target).
// Input:   Z (B × K), labels (B entries, each in 0 … K−1).
// Output:  CrossEntropyGradient {loss, dZ} (struct declared in unit7.hpp).
// Errors:  labels.size() ≠ B → mml::DimensionError; a label ≥ K → mml::DomainError.
// Example: Z = 0 (2 × 4): every p = ¼, loss = 2 log 4 = 2.7726, row b of dZ is ¼ − onehot.
//          Scores of ±1000 must not give ∞ or NaN: use log-sum-exp (mml::log_sum_exp, or 7.01).
// Declared in: tests/exercises/7_models/unit7.hpp (with the struct CrossEntropyGradient).
//
// Check:   build/exercises/mml-check 7.09
#include "unit7.hpp"

namespace mml::exercises {

CrossEntropyGradient softmax_ce(const Matrix& Z, const std::vector<std::size_t>& labels) {
    const std::size_t B = Z.rows(), K = Z.cols();
    if (labels.size() != B) throw DimensionError("softmax_ce: one label per row of Z");
    CrossEntropyGradient result{0.0, Matrix(B, K)};
    for (std::size_t b = 0; b < B; ++b) {
        if (labels[b] >= K) throw DomainError("softmax_ce: a label is not one of the K classes 0 … K−1");
        const double lse = log_sum_exp(Z.row(b));
        result.loss += lse - Z(b, labels[b]);
        for (std::size_t k = 0; k < K; ++k) result.dZ(b, k) = std::exp(Z(b, k) - lse);  // p_k
        result.dZ(b, labels[b]) -= 1.0;                                                 // − onehot
    }
    return result;
}

}  // namespace mml::exercises
