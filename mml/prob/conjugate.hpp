// mml/prob/conjugate.hpp — conjugate priors and the exponential family.          (MML §6.6.1, §6.6.3)
//
// Conjugacy: with a Beta(α, β) prior on the success probability μ of a Binomial, observing
// h successes in n trials gives the posterior
//     p(μ | h) ∝ μʰ(1 − μ)ⁿ⁻ʰ · μ^{α−1}(1 − μ)^{β−1}  =  Beta(α + h, β + n − h)      (MML Example 6.11)
// — the posterior has the prior's form, so Bayesian updating is just adding counts.
//
// The exponential family (MML §6.6.3): densities of the form
//     p(x | θ) = h(x) exp(θᵀ φ(x) − A(θ))
// with natural parameters θ, sufficient statistics φ(x) and log-partition function A(θ).
// Bernoulli, Binomial (fixed n), Poisson, Normal, Exponential, Gamma and Beta are all of this
// form; exponential_family() gives θ, φ, A and log h for each, and the tests check
// log p(x) = θᵀφ(x) − A(θ) + log h(x) against the distributions' own log_pdf/log_pmf.
#pragma once

#include "mml/core/vector.hpp"
#include "mml/prob/continuous.hpp"
#include "mml/prob/discrete.hpp"

#include <cstdint>
#include <functional>

namespace mml {

// The Beta posterior after `successes` out of `trials` under a Beta(a, b) prior.
Beta beta_binomial_posterior(double a, double b, std::int64_t successes, std::int64_t trials);

struct ExponentialFamilyForm {
    Vector theta;                                      // natural parameters θ
    std::function<Vector(double)> sufficient_statistic; // φ(x)
    double log_partition;                              // A(θ)
    std::function<double(double)> log_base_measure;    // log h(x)
    // θᵀφ(x) − A(θ) + log h(x)
    double log_density(double x) const;
};

ExponentialFamilyForm exponential_family(const Bernoulli& d);  // θ = log(p/(1−p)), φ = x, A = log(1 + e^θ)
ExponentialFamilyForm exponential_family(const Poisson& d);    // θ = log λ, φ = x, A = e^θ, h = 1/x!
ExponentialFamilyForm exponential_family(const Normal& d);     // θ = (μ/σ², −1/(2σ²)), φ = (x, x²)
ExponentialFamilyForm exponential_family(const Exponential& d);  // θ = −λ, φ = x, A = −log(−θ)
ExponentialFamilyForm exponential_family(const Gamma& d);      // θ = (α − 1, −β), φ = (log x, x)

}  // namespace mml
