// mml/stats/bayes.hpp — Bayesian inference: MAP, conjugate updates, Bayesian linear regression,
// model evidence and information criteria.                          (MML §8.3.2, §8.4, §8.6, §9.3)
//
// Bayes' theorem for parameters θ given data 𝒳:  p(θ | 𝒳) = p(𝒳 | θ) p(θ) / p(𝒳)      (MML (8.22))
//
// MAP. Maximising the posterior is maximising log p(𝒳 | θ) + log p(θ). With a Gaussian prior
// θ ~ N(0, τ²I) on linear-regression weights and noise variance σ², the MAP estimate minimises
// ‖y − Φθ‖² + (σ²/τ²)‖θ‖² — ridge regression with λ = σ²/τ² (MML §9.2.3): regularisation is a prior.
//
// Conjugate updates (the posterior has the prior's form; updating is arithmetic on its parameters):
//   Beta(a, b) prior, Bernoulli data with h ones in N        → Beta(a + h, b + N − h)
//   Gamma(α, β) prior, Poisson counts x₁…x_N                 → Gamma(α + Σxₙ, β + N)
//   N(μ₀, τ₀²) prior on μ, Normal data with known σ²         → N(μ_N, τ_N²),
//        1/τ_N² = 1/τ₀² + N/σ²,   μ_N = τ_N² (μ₀/τ₀² + Σxₙ/σ²)   (precisions add)
//   Normal–Inverse-Gamma NIG(μ₀, κ₀, α₀, β₀) on (μ, σ²): σ² ~ InvGamma(α₀, β₀), μ | σ² ~ N(μ₀, σ²/κ₀)
//        κ_N = κ₀ + N,  μ_N = (κ₀μ₀ + N x̄)/κ_N,  α_N = α₀ + N/2,
//        β_N = β₀ + ½ Σ(xₙ − x̄)² + κ₀ N (x̄ − μ₀)²/(2κ_N)
//
// Bayesian linear regression (MML §9.3). Prior θ ~ N(m₀, S₀), likelihood y | θ ~ N(Φθ, σ²I):
//     S_N = (S₀⁻¹ + σ⁻² ΦᵀΦ)⁻¹,   m_N = S_N (S₀⁻¹ m₀ + σ⁻² Φᵀy)                        (MML (9.43))
// and at a new input x* with features φ* = φ(x*), the posterior predictive
//     p(y* | x*, 𝒳) = N(φ*ᵀ m_N,  φ*ᵀ S_N φ* + σ²)                                      (MML (9.57))
// — the variance is the weights' uncertainty plus the noise. The marginal likelihood (evidence)
//     p(y | X) = N(y | Φm₀, ΦS₀Φᵀ + σ²I)                                                (MML (9.60))
// integrates θ out; it compares models (polynomial degrees) without a test set, penalising
// complexity automatically (MML §8.6). AIC = 2k − 2 log L̂ and BIC = k log N − 2 log L̂ (MML (8.50))
// are cheaper approximations: smaller is better.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"
#include "mml/prob/continuous.hpp"

#include <cstddef>

namespace mml {

// MAP weights of linear regression with prior θ ~ N(0, τ²I) and noise variance σ²: ridge with λ = σ²/τ².
Vector map_linear_regression(const Matrix& Phi, const Vector& y, double noise_variance, double prior_variance);

Beta beta_bernoulli_posterior(double a, double b, const Vector& x);     // x ∈ {0, 1}ᴺ
Gamma gamma_poisson_posterior(double shape, double rate, const Vector& counts);
Normal normal_known_variance_posterior(double prior_mean, double prior_variance, double noise_variance, const Vector& x);

struct NormalInverseGamma {
    double mu, kappa, alpha, beta;  // NIG(μ, κ, α, β); κ, α, β > 0
    double mean_of_mu() const { return mu; }
    double mean_of_variance() const;  // E[σ²] = β/(α − 1), α > 1
    // The marginal of μ is a Student-t with ν = 2α, location μ and scale² = β/(ακ):
    double mu_dof() const { return 2.0 * alpha; }
    double mu_scale() const;
};
NormalInverseGamma normal_inverse_gamma_posterior(const NormalInverseGamma& prior, const Vector& x);

struct BayesianLinearRegression {
    Vector m;      // posterior mean m_N
    Matrix S;      // posterior covariance S_N
    double noise_variance;  // σ²
    // p(y* | φ*) = N(mean, variance) at one feature vector φ* = φ(x*).
    double predictive_mean(const Vector& phi_star) const;      // φ*ᵀ m_N
    double predictive_variance(const Vector& phi_star) const;  // φ*ᵀ S_N φ* + σ²
};
BayesianLinearRegression bayesian_linear_regression(const Matrix& Phi, const Vector& y, const Vector& prior_mean,
                                                    const Matrix& prior_covariance, double noise_variance);
// log p(y | X) = log N(y | Φm₀, ΦS₀Φᵀ + σ²I)
double log_marginal_likelihood(const Matrix& Phi, const Vector& y, const Vector& prior_mean,
                               const Matrix& prior_covariance, double noise_variance);

double aic(double log_likelihood, std::size_t parameters);                   // 2k − 2 log L̂
double bic(double log_likelihood, std::size_t parameters, std::size_t N);    // k log N − 2 log L̂

}  // namespace mml
