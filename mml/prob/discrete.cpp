#include "mml/prob/discrete.hpp"

#include "mml/core/error.hpp"
#include "mml/prob/special.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>
#include <string>

namespace mml {

namespace {

std::string number(double x) {
    std::ostringstream s;
    s.precision(17);
    s << x;
    return s.str();
}

void check_probability(const std::string& who, double p, bool allow_zero = true) {
    if (!(p >= (allow_zero ? 0.0 : std::numeric_limits<double>::min()) && p <= 1.0))
        throw DomainError(who + ": p = " + number(p) + " must lie in " + (allow_zero ? "[0, 1]" : "(0, 1]"));
}

void check_level(const std::string& who, double q) {
    if (!(q >= 0.0 && q <= 1.0)) throw DomainError(who + "::quantile: the level q = " + number(q) + " must lie in [0, 1]");
}

double safe_exp(double log_value) { return std::isinf(log_value) && log_value < 0 ? 0.0 : std::exp(log_value); }

// The smallest k ≥ 0 with cdf(k) ≥ q, by doubling an upper bound and bisecting (cdf is monotone).
template <class Cdf>
std::int64_t discrete_quantile(Cdf cdf, double q, std::int64_t start) {
    std::int64_t lo = 0, hi = std::max<std::int64_t>(start, 1);
    while (cdf(static_cast<double>(hi)) < q) hi *= 2;
    if (cdf(0.0) >= q) return 0;
    while (hi - lo > 1) {  // invariant: cdf(lo) < q ≤ cdf(hi)
        const std::int64_t mid = lo + (hi - lo) / 2;
        if (cdf(static_cast<double>(mid)) >= q) hi = mid;
        else lo = mid;
    }
    return hi;
}

double log_choose(double n, double k) { return std::lgamma(n + 1) - std::lgamma(k + 1) - std::lgamma(n - k + 1); }

}  // namespace

// ---- Bernoulli ----
Bernoulli::Bernoulli(double p) : p_(p) { check_probability("Bernoulli", p); }
double Bernoulli::pmf(std::int64_t k) const { return k == 1 ? p_ : (k == 0 ? 1 - p_ : 0.0); }
double Bernoulli::log_pmf(std::int64_t k) const { return std::log(pmf(k)); }
double Bernoulli::cdf(double k) const { return k < 0 ? 0.0 : (k < 1 ? 1 - p_ : 1.0); }
std::int64_t Bernoulli::quantile(double q) const {
    check_level("Bernoulli", q);
    return q <= 1 - p_ ? 0 : 1;
}
std::int64_t Bernoulli::sample(Rng& rng) const { return rng.uniform() < p_ ? 1 : 0; }

// ---- Binomial ----
Binomial::Binomial(std::int64_t n, double p) : n_(n), p_(p) {
    if (n < 0) throw DomainError("Binomial: n = " + std::to_string(n) + " trials must be >= 0");
    check_probability("Binomial", p);
}
double Binomial::log_pmf(std::int64_t k) const {
    if (k < 0 || k > n_) return -std::numeric_limits<double>::infinity();
    const double n = static_cast<double>(n_), kd = static_cast<double>(k);
    if (p_ == 0.0) return k == 0 ? 0.0 : -std::numeric_limits<double>::infinity();
    if (p_ == 1.0) return k == n_ ? 0.0 : -std::numeric_limits<double>::infinity();
    return log_choose(n, kd) + kd * std::log(p_) + (n - kd) * std::log1p(-p_);
}
double Binomial::pmf(std::int64_t k) const { return safe_exp(log_pmf(k)); }
double Binomial::cdf(double k) const {
    if (k < 0) return 0.0;
    const double kf = std::floor(k);
    if (kf >= static_cast<double>(n_)) return 1.0;
    if (p_ == 0.0) return 1.0;
    if (p_ == 1.0) return 0.0;
    return regularized_beta(static_cast<double>(n_) - kf, kf + 1.0, 1.0 - p_);  // P(X ≤ k) = I_{1−p}(n−k, k+1)
}
std::int64_t Binomial::quantile(double q) const {
    check_level("Binomial", q);
    if (q == 0.0) return 0;
    return std::min(n_, discrete_quantile([this](double k) { return cdf(k); }, q, static_cast<std::int64_t>(mean()) + 1));
}
double Binomial::mean() const { return static_cast<double>(n_) * p_; }
double Binomial::variance() const { return static_cast<double>(n_) * p_ * (1 - p_); }
std::int64_t Binomial::sample(Rng& rng) const {
    if (p_ == 0.0) return 0;
    if (p_ == 1.0) return n_;
    if (n_ <= 30) {  // a sum of n Bernoulli trials: the definition
        std::int64_t k = 0;
        for (std::int64_t i = 0; i < n_; ++i) k += rng.uniform() < p_ ? 1 : 0;
        return k;
    }
    // Inversion: walk the cumulative pmf from 0 with the recurrence pmf(k+1) = pmf(k)·(n−k)/(k+1)·p/(1−p).
    // For large n·p the start pmf(0) underflows, so start at the mode and walk outward instead.
    const double u = rng.uniform();
    const auto mode = std::min(n_, static_cast<std::int64_t>(std::floor(static_cast<double>(n_ + 1) * p_)));
    double c = cdf(static_cast<double>(mode));
    if (u <= c) {  // go down from the mode
        std::int64_t k = mode;
        double pk = pmf(k);
        while (k > 0 && u <= c - pk) {
            c -= pk;
            pk *= static_cast<double>(k) / static_cast<double>(n_ - k + 1) * (1 - p_) / p_;
            --k;
        }
        return k;
    }
    std::int64_t k = mode;
    double pk = pmf(k);
    while (k < n_ && u > c) {  // go up
        pk *= static_cast<double>(n_ - k) / static_cast<double>(k + 1) * p_ / (1 - p_);
        ++k;
        c += pk;
    }
    return k;
}

// ---- Poisson ----
Poisson::Poisson(double rate) : rate_(rate) {
    if (!(rate > 0.0 && std::isfinite(rate)))
        throw DomainError("Poisson: the rate lambda = " + number(rate) + " must be a finite number > 0");
}
double Poisson::log_pmf(std::int64_t k) const {
    if (k < 0) return -std::numeric_limits<double>::infinity();
    const double kd = static_cast<double>(k);
    return kd * std::log(rate_) - rate_ - std::lgamma(kd + 1);
}
double Poisson::pmf(std::int64_t k) const { return safe_exp(log_pmf(k)); }
double Poisson::cdf(double k) const {
    if (k < 0) return 0.0;
    return regularized_gamma_q(std::floor(k) + 1.0, rate_);  // P(X ≤ k) = Q(k + 1, λ)
}
std::int64_t Poisson::quantile(double q) const {
    check_level("Poisson", q);
    if (q == 1.0) return std::numeric_limits<std::int64_t>::max();
    return discrete_quantile([this](double k) { return cdf(k); }, q, static_cast<std::int64_t>(rate_) + 1);
}
std::int64_t Poisson::sample(Rng& rng) const {
    if (rate_ < 30.0) {  // inversion: the first k whose cumulative pmf exceeds U
        const double u = rng.uniform();
        std::int64_t k = 0;
        double pk = std::exp(-rate_), c = pk;
        while (u > c && k < 1000) {
            ++k;
            pk *= rate_ / static_cast<double>(k);
            c += pk;
        }
        return k;
    }
    // PTRS (Hörmann 1993): a transformed rejection sampler with a hat function fitted to λ;
    // about 1.1 uniforms pairs per sample whatever λ is.
    const double slam = std::sqrt(rate_), loglam = std::log(rate_);
    const double b = 0.931 + 2.53 * slam, a = -0.059 + 0.02483 * b;
    const double inv_alpha = 1.1239 + 1.1328 / (b - 3.4), vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
        const double U = rng.uniform() - 0.5, V = rng.uniform();
        const double us = 0.5 - std::abs(U);
        const double k = std::floor((2 * a / us + b) * U + rate_ + 0.43);
        if (us >= 0.07 && V <= vr) return static_cast<std::int64_t>(k);
        if (k < 0 || (us < 0.013 && V > us)) continue;
        if (std::log(V) + std::log(inv_alpha) - std::log(a / (us * us) + b) <= -rate_ + k * loglam - std::lgamma(k + 1))
            return static_cast<std::int64_t>(k);
    }
}

// ---- Geometric ----
Geometric::Geometric(double p) : p_(p) { check_probability("Geometric", p, false); }
double Geometric::log_pmf(std::int64_t k) const {
    if (k < 0) return -std::numeric_limits<double>::infinity();
    return static_cast<double>(k) * std::log1p(-p_) + std::log(p_);
}
double Geometric::pmf(std::int64_t k) const { return safe_exp(log_pmf(k)); }
double Geometric::cdf(double k) const { return k < 0 ? 0.0 : -std::expm1((std::floor(k) + 1) * std::log1p(-p_)); }
std::int64_t Geometric::quantile(double q) const {
    check_level("Geometric", q);
    if (q == 1.0 && p_ < 1.0) return std::numeric_limits<std::int64_t>::max();
    if (p_ == 1.0) return 0;
    // smallest k with 1 − (1−p)^{k+1} ≥ q  ⇔  k ≥ log(1−q)/log(1−p) − 1
    const double k = std::ceil(std::log1p(-q) / std::log1p(-p_) - 1.0 - 1e-12);
    return std::max<std::int64_t>(0, static_cast<std::int64_t>(k));
}
std::int64_t Geometric::sample(Rng& rng) const {
    if (p_ == 1.0) return 0;
    const double u = 1.0 - rng.uniform();  // in (0, 1]
    return static_cast<std::int64_t>(std::floor(std::log(u) / std::log1p(-p_)));
}

// ---- Categorical ----
Categorical::Categorical(std::vector<double> probs) : probs_(std::move(probs)) {
    if (probs_.empty()) throw DomainError("Categorical: the probability table is empty — give at least one category");
    double sum = 0.0;
    for (std::size_t k = 0; k < probs_.size(); ++k) {
        if (!(probs_[k] >= 0.0) || !std::isfinite(probs_[k]))
            throw DomainError("Categorical: probs[" + std::to_string(k) + "] = " + number(probs_[k]) +
                              " — every probability must be a finite number >= 0");
        sum += probs_[k];
        cumulative_.push_back(sum);
    }
    if (std::abs(sum - 1.0) > 1e-9)
        throw DomainError("Categorical: the probabilities sum to " + number(sum) + ", not 1 — normalise them first");
}
double Categorical::pmf(std::int64_t k) const {
    return k < 0 || k >= static_cast<std::int64_t>(probs_.size()) ? 0.0 : probs_[static_cast<std::size_t>(k)];
}
double Categorical::log_pmf(std::int64_t k) const { return std::log(pmf(k)); }
double Categorical::cdf(double k) const {
    if (k < 0) return 0.0;
    const auto i = static_cast<std::size_t>(std::floor(k));
    return i >= cumulative_.size() ? 1.0 : std::min(1.0, cumulative_[i]);
}
std::int64_t Categorical::quantile(double q) const {
    check_level("Categorical", q);
    for (std::size_t k = 0; k < cumulative_.size(); ++k)
        if (cumulative_[k] >= q * cumulative_.back() && probs_[k] > 0.0) return static_cast<std::int64_t>(k);
    return static_cast<std::int64_t>(cumulative_.size() - 1);
}
double Categorical::mean() const {
    double m = 0.0;
    for (std::size_t k = 0; k < probs_.size(); ++k) m += static_cast<double>(k) * probs_[k];
    return m;
}
double Categorical::variance() const {
    const double m = mean();
    double v = 0.0;
    for (std::size_t k = 0; k < probs_.size(); ++k) v += (static_cast<double>(k) - m) * (static_cast<double>(k) - m) * probs_[k];
    return v;
}
std::int64_t Categorical::sample(Rng& rng) const {
    const double u = rng.uniform() * cumulative_.back();
    // The first k with cumulative_[k] > u (upper_bound), skipping zero-probability categories by construction.
    const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), u);
    return static_cast<std::int64_t>(std::min<std::size_t>(static_cast<std::size_t>(it - cumulative_.begin()), probs_.size() - 1));
}

}  // namespace mml
