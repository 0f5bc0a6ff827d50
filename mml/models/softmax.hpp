// mml/models/softmax.hpp — log-sum-exp, the softmax and the cross-entropy loss.   (MML §11.2, §5.6)
//
// Mixtures (the E-step) and classifiers (the output layer) both normalise scores z₁ … z_K into
// probabilities p_k = e^{z_k} / Σⱼ e^{zⱼ}. Computed as written this fails twice over: a score of
// 1000 overflows e^{z} to ∞ (∞/∞ = NaN), and log-densities of −1000 underflow every e^{z} to 0
// (0/0 = NaN). Both are cured by one identity: for any constant m,
//     log Σⱼ e^{zⱼ} = m + log Σⱼ e^{zⱼ − m},
// and with m = maxⱼ zⱼ every exponent is ≤ 0 (nothing overflows) and the largest term is e⁰ = 1
// (the sum is ≥ 1, so its logarithm is finite). This is the "log-sum-exp trick"; the softmax is
// then p_k = exp(z_k − LSE(z)).
//
// The cross-entropy of a softmax output with the true class y (an integer 0 … K−1) is
//     ℓ(z, y) = −log p_y = LSE(z) − z_y,      with gradient   ∂ℓ/∂z_k = p_k − [k = y],
// the "prediction minus target" that starts the backward pass of every classifier (MML §5.6).
#pragma once
#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <cstddef>
#include <vector>

namespace mml {

// LSE(z) = log Σₖ e^{z_k} = m + log Σₖ e^{z_k − m}, m = maxₖ z_k. −∞ entries are allowed (they add
// nothing); all −∞ gives −∞. DimensionError if z is empty, DomainError for NaN or +∞.
double log_sum_exp(const Vector& z);
// The same over n contiguous entries (a row of a row-major matrix), without copying it out.
double log_sum_exp(const double* z, std::size_t n);

// softmax(z)_k = exp(z_k − LSE(z)): non-negative entries that sum to 1.
Vector softmax(const Vector& z);

// The softmax cross-entropy of a mini-batch: Z is B × K (one row of scores per example), labels
// are the true classes (0 … K−1). loss = Σ_b [LSE(z_b) − z_{b,y_b}] (a sum, as J(θ) = Σℓ in the
// README's conventions) and gradient = ∂loss/∂Z = softmax(Z) − onehot(labels), row by row.
struct CrossEntropy {
    double loss = 0.0;
    Matrix gradient;  // B × K
};
CrossEntropy softmax_cross_entropy(const Matrix& Z, const std::vector<std::size_t>& labels);

}  // namespace mml
