// mml/stats/bayes.hpp — Bayesian inference: MAP, conjugate updates, Bayesian linear regression,
// model evidence and information criteria.                          (MML §8.3.2, §8.4, §8.6, §9.3)
//
// Bayes' theorem for parameters θ given data 𝒳:  p(θ | 𝒳) = p(𝒳 | θ) p(θ) / p(𝒳)      (MML (8.22))
//
// MAP. Maximising the posterior is maximising log p(𝒳 | θ) + log p(θ). With a Gaussian prior
// θ ~ N(0, τ²I) on linear-regression weights and noise variance σ², the MAP estimate minimises
// ½‖y − Φθ‖² + ½(σ²/τ²)‖θ‖² — ridge regression with λ = σ²/τ² (MML §9.2.4): regularisation is a
// prior. The two variances are passed as a struct with named fields, {.noise_variance = σ²,
// .prior_variance = τ²}: swapped, they would give λ = τ²/σ² and a wrong answer without an error.
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
// computed without inverting S₀ or forming ΦᵀΦ. With S₀ = L₀L₀ᵀ (Cholesky) and θ = m₀ + L₀u,
// the prior is u ~ N(0, I) and the posterior mean minimises ‖r̃ − Bu‖² + ‖u‖² with B = ΦL₀/σ and
// r̃ = (y − Φm₀)/σ — least squares on the stacked A = [B; I], b = [r̃; 0]. If A = QR, then
// AᵀA = I + BᵀB = RᵀR, so S_N = L₀(RᵀR)⁻¹L₀ᵀ = WWᵀ with W = L₀R⁻¹ (a triangular solve). Every
// step is orthogonal or triangular; A's singular values are ≥ 1, so it is never ill-conditioned.
// and at a new input x* with features φ* = φ(x*), the posterior predictive
//     p(y* | x*, 𝒳) = N(φ*ᵀ m_N,  φ*ᵀ S_N φ* + σ²)                                      (MML (9.57))
// — the variance is the weights' uncertainty plus the noise. The marginal likelihood (evidence)
//     p(y | X) = N(y | Φm₀, C),  C = ΦS₀Φᵀ + σ²I = σ²(I + BBᵀ)                           (MML (9.60))
// integrates θ out; it compares models (polynomial degrees) without a test set, penalising
// complexity automatically (MML §8.6). It needs no N×N matrix: log det C = N log σ² +
// log det(I + BᵀB) = N log σ² + 2 Σ log|Rᵢᵢ| (Sylvester's determinant identity), and
// r̃ᵀ(I + BBᵀ)⁻¹r̃ = min_u ‖r̃ − Bu‖² + ‖u‖², the residual of the same stacked least squares.
//
// AIC and BIC are cheaper approximations. MML §8.6 writes them as quantities to MAXIMISE,
//     log p(x | θ̂) − M   (AIC, (8.49))   and   log p(x | θ̂) − ½ M log N   (BIC, (8.50)),
// M the number of parameters. mml returns the forms most software and papers use, −2 times
// those: AIC = 2M − 2 log L̂ and BIC = M log N − 2 log L̂, so with mml SMALLER is better. Both
// rank models in the same order as the book's.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"
#include "mml/prob/continuous.hpp"

#include <cstddef>

namespace mml {

// The two variances of a Gaussian model with a Gaussian prior, by name (README, Conventions):
//     map_linear_regression(Phi, y, {.noise_variance = 0.25, .prior_variance = 4.0})
struct GaussianPriorNoise {
    double noise_variance;  // σ², the variance of the noise on each observation
    double prior_variance;  // τ², the prior variance of each parameter
};

// MAP weights of linear regression with prior θ ~ N(0, τ²I) and noise variance σ²: ridge with
// λ = σ²/τ², the minimiser of ½‖y − Φθ‖² + ½λ‖θ‖². DomainError unless σ², τ² > 0.
Vector map_linear_regression(const Matrix& Phi, const Vector& y, const GaussianPriorNoise& variances);

Beta beta_bernoulli_posterior(double a, double b, const Vector& x);     // x ∈ {0, 1}ᴺ
Gamma gamma_poisson_posterior(double shape, double rate, const Vector& counts);
// The posterior of μ for data xₙ ~ N(μ, σ²) with known σ² and the prior μ ~ N(μ₀, τ₀²).
Normal normal_known_variance_posterior(double prior_mean, const GaussianPriorNoise& variances, const Vector& x);

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
// The posterior N(m_N, S_N) by the stacked least squares above. DomainError unless σ² > 0 and S₀
// is symmetric positive definite (from cholesky).
BayesianLinearRegression bayesian_linear_regression(const Matrix& Phi, const Vector& y, const Vector& prior_mean,
                                                    const Matrix& prior_covariance, double noise_variance);
// log p(y | X) = log N(y | Φm₀, ΦS₀Φᵀ + σ²I), by the same factorisation (no N×N matrix).
double log_marginal_likelihood(const Matrix& Phi, const Vector& y, const Vector& prior_mean,
                               const Matrix& prior_covariance, double noise_variance);

// −2 × the book's criteria (see above): smaller is better.
double aic(double log_likelihood, std::size_t parameters);                   // 2M − 2 log L̂
double bic(double log_likelihood, std::size_t parameters, std::size_t N);    // M log N − 2 log L̂

}  // namespace mml
