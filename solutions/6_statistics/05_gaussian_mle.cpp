// Exercise 6.05 — The maximum-likelihood Gaussian                                      (MML §8.3.1)
//
// Task:    for i.i.d. data xₙ ~ N(μ, σ²) the log-likelihood is
//              log L(μ, σ²) = −(N/2) log(2πσ²) − Σₙ (xₙ − μ)²/(2σ²).
//          Setting ∂/∂μ = 0 and ∂/∂σ² = 0 gives the MLE
//              μ̂ = (1/N) Σ xₙ,   σ̂² = (1/N) Σ (xₙ − μ̂)²   (note 1/N, not 1/(N − 1): the MLE of the
//          variance is biased, E[σ̂²] = (N − 1)σ²/N). Return μ̂, σ̂² and log L(μ̂, σ̂²).
//          At the MLE, Σ(xₙ − μ̂)²/(2σ̂²) = N/2, so log L(μ̂, σ̂²) = −(N/2)(log(2πσ̂²) + 1).
// Input:   data x, N ≥ 2, not all equal.
// Output:  {mean μ̂, variance σ̂², log_likelihood}.
// Errors:  fewer than 2 values, or all values equal (σ̂² = 0: the likelihood is unbounded)
//          → mml::DomainError.
// Example: {2, 4, 4, 4, 5, 5, 7, 9} → μ̂ = 5, σ̂² = 4, log L = −(8/2)(log(2π·4) + 1) ≈ −16.897.
//
// Check:   build/exercises/mml-check 6.05
#include "unit6.hpp"

namespace mml::exercises {

GaussianFit gaussian_mle(const Vector& x) {
    if (x.size() < 2) throw DomainError("gaussian_mle: need at least 2 values");
    const double N = static_cast<double>(x.size());
    double mu = 0.0;
    for (double xn : x) mu += xn / N;
    double s = 0.0;
    for (double xn : x) s += (xn - mu) * (xn - mu);
    const double sigma2 = s / N;
    if (sigma2 == 0.0) throw DomainError("gaussian_mle: all values are equal, so σ̂² = 0 and the likelihood is unbounded");
    const double log_L = -0.5 * N * std::log(2.0 * std::numbers::pi * sigma2) - s / (2.0 * sigma2);
    return {mu, sigma2, log_L};
}

}  // namespace mml::exercises
