#include "mml/prob/continuous.hpp"

#include "mml/core/error.hpp"
#include "mml/prob/special.hpp"

#include <cmath>
#include <limits>
#include <sstream>
#include <string>

namespace mml {

namespace {

const double log_sqrt_2pi = 0.5 * std::log(2.0 * std::acos(-1.0));
constexpr double inf = std::numeric_limits<double>::infinity();

std::string number(double x) {
    std::ostringstream s;
    s.precision(17);
    s << x;
    return s.str();
}

void require_positive(const std::string& who, const std::string& name, double value) {
    if (!(value > 0.0 && std::isfinite(value)))
        throw DomainError(who + ": " + name + " = " + number(value) + " must be a finite number > 0");
}

void check_level(const std::string& who, double q) {
    if (!(q >= 0.0 && q <= 1.0)) throw DomainError(who + "::quantile: the level q = " + number(q) + " must lie in [0, 1]");
}

void check_argument(const std::string& who, double x) {
    if (std::isnan(x)) throw DomainError(who + ": the argument is NaN");
}

}  // namespace

// ---- Uniform ----
Uniform::Uniform(double a, double b) : a_(a), b_(b) {
    if (!(std::isfinite(a) && std::isfinite(b) && a < b))
        throw DomainError("Uniform: need finite a < b, got a = " + number(a) + ", b = " + number(b));
}
double Uniform::pdf(double x) const {
    check_argument("Uniform::pdf", x);
    return x < a_ || x > b_ ? 0.0 : 1.0 / (b_ - a_);
}
double Uniform::log_pdf(double x) const { return std::log(pdf(x)); }
double Uniform::cdf(double x) const {
    check_argument("Uniform::cdf", x);
    return x <= a_ ? 0.0 : (x >= b_ ? 1.0 : (x - a_) / (b_ - a_));
}
double Uniform::quantile(double q) const {
    check_level("Uniform", q);
    return a_ + q * (b_ - a_);
}
double Uniform::sample(Rng& rng) const { return a_ + (b_ - a_) * rng.uniform(); }

// ---- Normal ----
Normal::Normal(double mean, double stddev) : mu_(mean), sigma_(stddev) {
    if (!std::isfinite(mean)) throw DomainError("Normal: the mean = " + number(mean) + " must be finite");
    require_positive("Normal", "the standard deviation sigma (not the variance)", stddev);
}
double Normal::log_pdf(double x) const {
    check_argument("Normal::log_pdf", x);
    const double z = (x - mu_) / sigma_;
    return -0.5 * z * z - std::log(sigma_) - log_sqrt_2pi;  // in log-space: no underflow for |z| large
}
double Normal::pdf(double x) const { return std::exp(log_pdf(x)); }
double Normal::cdf(double x) const {
    check_argument("Normal::cdf", x);
    return normal_cdf((x - mu_) / sigma_);
}
double Normal::quantile(double q) const {
    check_level("Normal", q);
    return mu_ + sigma_ * inverse_normal_cdf(q);
}
double Normal::sample(Rng& rng) const { return mu_ + sigma_ * rng.normal(); }

// ---- Exponential ----
Exponential::Exponential(double rate) : rate_(rate) { require_positive("Exponential", "the rate lambda", rate); }
double Exponential::log_pdf(double x) const {
    check_argument("Exponential::log_pdf", x);
    return x < 0 ? -inf : std::log(rate_) - rate_ * x;
}
double Exponential::pdf(double x) const { return x < 0 ? 0.0 : std::exp(log_pdf(x)); }
double Exponential::cdf(double x) const {
    check_argument("Exponential::cdf", x);
    return x <= 0 ? 0.0 : -std::expm1(-rate_ * x);  // 1 − e^{−λx} without cancellation for small λx
}
double Exponential::quantile(double q) const {
    check_level("Exponential", q);
    return -std::log1p(-q) / rate_;
}
double Exponential::sample(Rng& rng) const { return -std::log1p(-rng.uniform()) / rate_; }

// ---- Laplace ----
Laplace::Laplace(double mean, double scale) : mu_(mean), b_(scale) {
    if (!std::isfinite(mean)) throw DomainError("Laplace: the mean = " + number(mean) + " must be finite");
    require_positive("Laplace", "the scale b", scale);
}
double Laplace::log_pdf(double x) const {
    check_argument("Laplace::log_pdf", x);
    return -std::abs(x - mu_) / b_ - std::log(2.0 * b_);
}
double Laplace::pdf(double x) const { return std::exp(log_pdf(x)); }
double Laplace::cdf(double x) const {
    check_argument("Laplace::cdf", x);
    return x < mu_ ? 0.5 * std::exp((x - mu_) / b_) : 1.0 - 0.5 * std::exp(-(x - mu_) / b_);
}
double Laplace::quantile(double q) const {
    check_level("Laplace", q);
    return q < 0.5 ? mu_ + b_ * std::log(2.0 * q) : mu_ - b_ * std::log(2.0 * (1.0 - q));
}
double Laplace::sample(Rng& rng) const { return quantile(rng.uniform()); }

// ---- Gamma ----
Gamma::Gamma(double shape, double rate) : alpha_(shape), beta_(rate) {
    require_positive("Gamma", "the shape alpha", shape);
    require_positive("Gamma", "the rate beta (not the scale 1/beta)", rate);
}
double Gamma::log_pdf(double x) const {
    check_argument("Gamma::log_pdf", x);
    if (x < 0) return -inf;
    if (x == 0) return alpha_ < 1 ? inf : (alpha_ == 1 ? std::log(beta_) : -inf);
    return alpha_ * std::log(beta_) + (alpha_ - 1) * std::log(x) - beta_ * x - std::lgamma(alpha_);
}
double Gamma::pdf(double x) const { return std::exp(log_pdf(x)); }
double Gamma::cdf(double x) const {
    check_argument("Gamma::cdf", x);
    return x <= 0 ? 0.0 : regularized_gamma_p(alpha_, beta_ * x);
}
double Gamma::quantile(double q) const {
    check_level("Gamma", q);
    return inverse_regularized_gamma_p(alpha_, q) / beta_;
}
double sample_standard_gamma(Rng& rng, double shape) {
    if (shape < 1.0) {
        // Boost: if G ~ Gamma(α + 1) and U ~ U(0,1) then G·U^{1/α} ~ Gamma(α).
        const double u = 1.0 - rng.uniform();
        return sample_standard_gamma(rng, shape + 1.0) * std::pow(u, 1.0 / shape);
    }
    // Marsaglia–Tsang (2000): with d = α − 1/3, c = 1/√(9d), accept d·v for v = (1 + cZ)³ when
    // log U < Z²/2 + d − d·v + d·log v. The acceptance rate is above 95% for every α ≥ 1.
    const double d = shape - 1.0 / 3.0, c = 1.0 / std::sqrt(9.0 * d);
    while (true) {
        double z = 0.0, v = 0.0;
        do {
            z = rng.normal();
            v = 1.0 + c * z;
        } while (v <= 0.0);
        v = v * v * v;
        const double u = 1.0 - rng.uniform();
        if (u < 1.0 - 0.0331 * z * z * z * z) return d * v;  // quick squeeze: skips the logarithms
        if (std::log(u) < 0.5 * z * z + d * (1.0 - v + std::log(v))) return d * v;
    }
}
double Gamma::sample(Rng& rng) const { return sample_standard_gamma(rng, alpha_) / beta_; }

// ---- Beta ----
Beta::Beta(double a, double b) : a_(a), b_(b) {
    require_positive("Beta", "a", a);
    require_positive("Beta", "b", b);
}
double Beta::log_pdf(double x) const {
    check_argument("Beta::log_pdf", x);
    if (x < 0 || x > 1) return -inf;
    const double log_norm = std::lgamma(a_ + b_) - std::lgamma(a_) - std::lgamma(b_);
    if (x == 0) return a_ < 1 ? inf : (a_ == 1 ? log_norm : -inf);
    if (x == 1) return b_ < 1 ? inf : (b_ == 1 ? log_norm : -inf);
    return log_norm + (a_ - 1) * std::log(x) + (b_ - 1) * std::log1p(-x);
}
double Beta::pdf(double x) const { return std::exp(log_pdf(x)); }
double Beta::cdf(double x) const {
    check_argument("Beta::cdf", x);
    return x <= 0 ? 0.0 : (x >= 1 ? 1.0 : regularized_beta(a_, b_, x));
}
double Beta::quantile(double q) const {
    check_level("Beta", q);
    return inverse_regularized_beta(a_, b_, q);
}
double Beta::sample(Rng& rng) const {
    const double x = sample_standard_gamma(rng, a_), y = sample_standard_gamma(rng, b_);
    return x / (x + y);
}

// ---- StudentT ----
StudentT::StudentT(double dof) : nu_(dof) { require_positive("StudentT", "the degrees of freedom nu", dof); }
double StudentT::log_pdf(double t) const {
    check_argument("StudentT::log_pdf", t);
    return std::lgamma(0.5 * (nu_ + 1)) - std::lgamma(0.5 * nu_) - 0.5 * std::log(nu_ * std::acos(-1.0)) -
           0.5 * (nu_ + 1) * std::log1p(t * t / nu_);
}
double StudentT::pdf(double t) const { return std::exp(log_pdf(t)); }
double StudentT::cdf(double t) const {
    check_argument("StudentT::cdf", t);
    if (std::isinf(t)) return t > 0 ? 1.0 : 0.0;
    // P(T ≤ t) = 1 − ½ I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0, and symmetric for t < 0.
    const double tail = 0.5 * regularized_beta(0.5 * nu_, 0.5, nu_ / (nu_ + t * t));
    return t >= 0 ? 1.0 - tail : tail;
}
double StudentT::quantile(double q) const {
    check_level("StudentT", q);
    if (q == 0.0) return -inf;
    if (q == 1.0) return inf;
    if (q == 0.5) return 0.0;
    // Invert the tail: with p = 2 min(q, 1 − q), x = I⁻¹_p(ν/2, ½) and |t| = √(ν(1 − x)/x).
    const double p = 2.0 * std::min(q, 1.0 - q);
    const double x = inverse_regularized_beta(0.5 * nu_, 0.5, p);
    const double t = std::sqrt(nu_ * (1.0 - x) / x);
    return q < 0.5 ? -t : t;
}
double StudentT::mean() const {
    if (nu_ <= 1) throw DomainError("StudentT::mean: the mean exists only for nu > 1, here nu = " + number(nu_));
    return 0.0;
}
double StudentT::variance() const {
    if (nu_ <= 1) throw DomainError("StudentT::variance: the variance exists only for nu > 1, here nu = " + number(nu_));
    return nu_ > 2 ? nu_ / (nu_ - 2) : inf;
}
double StudentT::sample(Rng& rng) const {
    const double z = rng.normal();
    const double v = 2.0 * sample_standard_gamma(rng, 0.5 * nu_);  // χ²_ν = Gamma(ν/2, rate ½)
    return z / std::sqrt(v / nu_);
}

}  // namespace mml
