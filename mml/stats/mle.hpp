// mml/stats/mle.hpp — the statistical model and maximum likelihood estimation.   (MML §8.3)
//
// For i.i.d. data x₁, …, x_N from a model p(x | θ), the likelihood is a product and its log a sum:
//     log L(θ) = Σₙ log p(xₙ | θ)                                                    (MML (8.15))
// Always work with the log: a product of 1000 densities of size 0.1 is 10⁻¹⁰⁰⁰, which underflows
// to 0 in double precision, while the sum of their logs is −2302.6.
// The maximum likelihood estimate θ̂ maximises log L. Setting ∇ log L = 0 gives closed forms:
//   Bernoulli(p)        p̂ = x̄ (the fraction of ones)
//   Normal(μ, σ²)       μ̂ = x̄,  σ̂² = (1/N) Σ (xₙ − x̄)²  — biased: E[σ̂²] = (N − 1)σ²/N
//   Poisson(λ)          λ̂ = x̄
//   Exponential(λ)      λ̂ = 1/x̄
// and none for the Gamma shape α, which mle_gamma finds by Newton's method (unit 4).
//
// Least squares is maximum likelihood: for y = Xθ + ε, ε ~ N(0, σ²I),
//     log L(θ, σ²) = −(N/2) log(2πσ²) − ‖y − Xθ‖²/(2σ²),                              (MML (9.10))
// maximised by the least-squares θ̂ and σ̂² = ‖y − Xθ̂‖²/N.
//
// Uncertainty: near θ̂ the log-likelihood is a parabola whose curvature is the observed Fisher
// information I(θ̂) = −∇² log L(θ̂); for large N, θ̂ ≈ N(θ, I⁻¹), so the standard error of θ̂ᵢ is
// √(I⁻¹)ᵢᵢ. For Bernoulli, I(p) = N/(p(1 − p)): the standard error √(p(1 − p)/N).
//
// Conventions (README, "Conventions"): a variance is named as one (σ², noise_variance); rates
// for Poisson and Exponential.
#pragma once

#include "mml/calculus/autodiff.hpp"
#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <cmath>
#include <cstdint>

namespace mml {

// log L(θ) = Σₙ log p(xₙ | θ) for a distribution object with log_pdf (continuous) or log_pmf
// (discrete) — e.g. log_likelihood(Normal(0, 1), x).
template <class Distribution>
double log_likelihood(const Distribution& d, const Vector& x) {
    double sum = 0.0;
    for (double xn : x) {
        if constexpr (requires { d.log_pdf(xn); })
            sum += d.log_pdf(xn);
        else
            sum += d.log_pmf(static_cast<std::int64_t>(std::llround(xn)));
    }
    return sum;
}

double mle_bernoulli(const Vector& x);  // p̂ = x̄; every xₙ must be 0 or 1
double mle_poisson(const Vector& x);    // λ̂ = x̄; xₙ non-negative integers, not all 0
double mle_exponential(const Vector& x);  // λ̂ = 1/x̄; xₙ ≥ 0, not all 0

struct NormalMLE {
    double mean;               // μ̂ = x̄
    double variance;           // σ̂² = (1/N) Σ (xₙ − x̄)², the MLE (biased)
    double unbiased_variance;  // (1/(N − 1)) Σ (xₙ − x̄)² = N σ̂²/(N − 1)
};
NormalMLE mle_normal(const Vector& x);  // N ≥ 2

struct GammaMLE {
    double shape;  // α̂
    double rate;   // β̂ = α̂/x̄
    std::size_t iterations;
};
// Gamma(α, β) MLE. For fixed α, β̂ = α/x̄; substituting leaves the profile log-likelihood
//     ℓ(α)/N = α log(α/x̄) − log Γ(α) + (α − 1)·mean(log x) − α,
//     ℓ′(α)/N = log α − log x̄ − ψ(α) + mean(log x),   ℓ″(α)/N = 1/α − ψ′(α) < 0,
// maximised by Newton's method (unit 4) over u = log α, so that α = eᵘ stays positive; started
// from the method-of-moments α = x̄²/s² and finished with plain Newton steps on ℓ′ = 0 (mle.cpp
// says why). xₙ > 0, not all equal.
GammaMLE mle_gamma(const Vector& x);

// ---- least squares as maximum likelihood ----
struct LinearGaussianMLE {
    Vector theta;           // θ̂ (least squares)
    double noise_variance;  // σ̂² = ‖y − Xθ̂‖²/N
    double log_likelihood;  // log L(θ̂, σ̂²) = −(N/2)(log(2πσ̂²) + 1)
};
LinearGaussianMLE linear_gaussian_mle(const Matrix& X, const Vector& y);
// log L(θ, σ²) = −(N/2) log(2πσ²) − ‖y − Xθ‖²/(2σ²)
double linear_gaussian_log_likelihood(const Matrix& X, const Vector& y, const Vector& theta, double noise_variance);

// ---- Fisher information and standard errors ----
// The observed information −∇² log L(θ) of a generic log-likelihood, by automatic
// differentiation (unit 3). log_L is a generic lambda of a vector of parameters, evaluated with
// Dual numbers, so it must call the unqualified log, exp, … (mml's overloads for Dual, found by
// argument-dependent lookup): std::log takes only a double and does not compile here.
//     auto log_L = [&](const auto& t) { return N * log(t[0]) - t[0] * sum; };
template <class LogLikelihood>
Matrix observed_information(LogLikelihood log_L, const Vector& theta) {
    return -hessian(log_L, theta);
}
// √((I⁻¹)ᵢᵢ) for a positive definite information matrix I (DomainError from cholesky otherwise:
// θ is then not a maximum of the likelihood). With I = LLᵀ, (I⁻¹)ᵢᵢ = ‖L⁻¹eᵢ‖², the squared norm
// of column i of L⁻¹ (one triangular solve; I⁻¹ itself is never formed).
Vector standard_errors(const Matrix& information);
// Closed forms for N i.i.d. observations:
double fisher_information_bernoulli(double p, std::size_t N);  // N/(p(1 − p))
double fisher_information_poisson(double rate, std::size_t N);  // N/λ
Matrix fisher_information_normal(double variance, std::size_t N);  // diag(N/σ², N/(2σ⁴)) for (μ, σ²)

}  // namespace mml
