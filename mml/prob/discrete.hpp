// mml/prob/discrete.hpp — discrete distributions.                                  (MML §6.2, §6.6)
//
// Each distribution is a small class with its parameters checked in the constructor
// (DomainError naming the parameter and its valid range) and the same members:
//     pmf(k) = P(X = k)          log_pmf(k)         cdf(k) = P(X ≤ k)
//     quantile(q) = the smallest k with cdf(k) ≥ q, for q ∈ [0, 1]
//     mean(), variance(), sample(rng)
// Probabilities of large counts underflow (0.5¹⁰⁰⁰ = 0 in double), so pmf is exp(log_pmf) and
// log_pmf is computed with std::lgamma: log C(n, k) = lgamma(n+1) − lgamma(k+1) − lgamma(n−k+1).
#pragma once

#include "mml/core/vector.hpp"
#include "mml/prob/rng.hpp"

#include <cstdint>
#include <vector>

namespace mml {

// X ∈ {0, 1}, P(X = 1) = p, 0 ≤ p ≤ 1. Mean p, variance p(1 − p).
class Bernoulli {
public:
    explicit Bernoulli(double p);
    double pmf(std::int64_t k) const;
    double log_pmf(std::int64_t k) const;
    double cdf(double k) const;
    std::int64_t quantile(double q) const;
    double mean() const { return p_; }
    double variance() const { return p_ * (1 - p_); }
    std::int64_t sample(Rng& rng) const;  // 1 if U < p

private:
    double p_;
};

// The number of successes in n independent Bernoulli(p) trials: P(X = k) = C(n,k) pᵏ (1−p)ⁿ⁻ᵏ.
// Mean np, variance np(1 − p). cdf(k) = I_{1−p}(n − k, k + 1) (regularised incomplete beta).
class Binomial {
public:
    Binomial(std::int64_t n, double p);
    double pmf(std::int64_t k) const;
    double log_pmf(std::int64_t k) const;
    double cdf(double k) const;
    std::int64_t quantile(double q) const;
    double mean() const;
    double variance() const;
    std::int64_t sample(Rng& rng) const;  // inversion from the mode outward (exact), or a sum for small n

private:
    std::int64_t n_;
    double p_;
};

// Counts of rare events: P(X = k) = λᵏ e^{−λ} / k!, rate λ > 0. Mean = variance = λ.
// cdf(k) = Q(k + 1, λ) (regularised upper incomplete gamma).
class Poisson {
public:
    explicit Poisson(double rate);
    double pmf(std::int64_t k) const;
    double log_pmf(std::int64_t k) const;
    double cdf(double k) const;
    std::int64_t quantile(double q) const;
    double mean() const { return rate_; }
    double variance() const { return rate_; }
    // λ < 30: inversion (multiply uniforms' cumulative pmf); larger λ: Hörmann's transformed
    // rejection (PTRS), whose cost does not grow with λ — fast even for λ = 10⁶.
    std::int64_t sample(Rng& rng) const;

private:
    double rate_;
};

// The number of failures before the first success: P(X = k) = (1 − p)ᵏ p, 0 < p ≤ 1.
// Mean (1 − p)/p, variance (1 − p)/p². cdf(k) = 1 − (1 − p)^{k+1}.
class Geometric {
public:
    explicit Geometric(double p);
    double pmf(std::int64_t k) const;
    double log_pmf(std::int64_t k) const;
    double cdf(double k) const;
    std::int64_t quantile(double q) const;
    double mean() const { return (1 - p_) / p_; }
    double variance() const { return (1 - p_) / (p_ * p_); }
    std::int64_t sample(Rng& rng) const;  // inversion: floor(log U / log(1 − p))

private:
    double p_;
};

// X ∈ {0, …, K−1} with P(X = k) = probsₖ (non-negative, summing to 1 within 1e-9).
class Categorical {
public:
    explicit Categorical(std::vector<double> probs);
    double pmf(std::int64_t k) const;
    double log_pmf(std::int64_t k) const;
    double cdf(double k) const;
    std::int64_t quantile(double q) const;
    double mean() const;
    double variance() const;
    std::int64_t sample(Rng& rng) const;  // inversion by binary search in the cumulative sums
    const std::vector<double>& probs() const { return probs_; }

private:
    std::vector<double> probs_;
    std::vector<double> cumulative_;
};

}  // namespace mml
