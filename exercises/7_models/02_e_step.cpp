// Exercise 7.02 — The E-step: responsibilities                            (MML §11.2, (11.17))
//
// Task:    for a Gaussian mixture p(x) = Σₖ πₖ N(x | μₖ, Σₖ), return the N × K matrix of
//          responsibilities
//              r_nk = πₖ N(xₙ | μₖ, Σₖ) / Σⱼ πⱼ N(xₙ | μⱼ, Σⱼ),
//          the posterior probability that example n came from component k (Bayes' theorem).
//          Far from the means every density underflows to 0 and the formula gives 0/0 = NaN, so
//          work with logarithms: s_k = log πₖ + log N(xₙ | μₖ, Σₖ), then r_nk = exp(s_k − LSE(s)).
// Input:   X (N × D, one example per row); the K weights πₖ (> 0, summing to 1), means μₖ (D
//          entries) and covariances Σₖ (D × D, symmetric positive definite).
// Output:  R (N × K); every row sums to 1.
// Example: MML §11.2: x = −1 under π = ⅓ each, μ = −4, 0, 8 and σ² = 1, 0.2, 3 gives the row
//          r = (0.057, 0.943, 0.000).
// Use:     mml::MultivariateNormal(mean, covariance).log_pdf(x) for log N(x | μ, Σ) (unit 5),
//          mml::log_sum_exp(s) (mml/models/softmax.hpp, or your 7.01).
// Declared in: tests/exercises/7_models/unit7.hpp.
//
// Check:   build/exercises/mml-check 7.02
#include "unit7.hpp"

namespace mml::exercises {

Matrix e_step_responsibilities(const Matrix& X, const std::vector<double>& weights, const std::vector<Vector>& means,
                               const std::vector<Matrix>& covariances) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
