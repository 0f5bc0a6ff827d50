#include "mml/prob/conjugate.hpp"

#include "mml/core/error.hpp"

#include <cmath>
#include <string>

namespace mml {

Beta beta_binomial_posterior(double a, double b, std::int64_t successes, std::int64_t trials) {
    if (trials < 0 || successes < 0 || successes > trials)
        throw DomainError("beta_binomial_posterior: need 0 <= successes (" + std::to_string(successes) +
                          ") <= trials (" + std::to_string(trials) + ")");
    return Beta(a + static_cast<double>(successes), b + static_cast<double>(trials - successes));  // add the counts
}

double ExponentialFamilyForm::log_density(double x) const {
    const Vector phi = sufficient_statistic(x);
    double s = 0.0;
    for (std::size_t i = 0; i < theta.size(); ++i) s += theta[i] * phi[i];
    return s - log_partition + log_base_measure(x);
}

ExponentialFamilyForm exponential_family(const Bernoulli& d) {
    const double p = d.mean();
    if (p <= 0.0 || p >= 1.0) throw DomainError("exponential_family(Bernoulli): needs 0 < p < 1 (theta = logit p)");
    const double theta = std::log(p / (1 - p));
    return {Vector{theta}, [](double x) { return Vector{x}; }, std::log1p(std::exp(theta)), [](double) { return 0.0; }};
}

ExponentialFamilyForm exponential_family(const Poisson& d) {
    const double theta = std::log(d.mean());
    return {Vector{theta}, [](double x) { return Vector{x}; }, std::exp(theta),
            [](double x) { return -std::lgamma(x + 1); }};
}

ExponentialFamilyForm exponential_family(const Normal& d) {
    const double mu = d.mean(), s2 = d.variance();
    const Vector theta{mu / s2, -0.5 / s2};
    // A(θ) = −θ₁²/(4θ₂) − ½ log(−2θ₂) = μ²/(2σ²) + log σ;  h(x) = 1/√(2π)
    const double A = -theta[0] * theta[0] / (4 * theta[1]) - 0.5 * std::log(-2 * theta[1]);
    return {theta, [](double x) { return Vector{x, x * x}; }, A,
            [](double) { return -0.5 * std::log(2 * std::acos(-1.0)); }};
}

ExponentialFamilyForm exponential_family(const Exponential& d) {
    const double theta = -1.0 / d.mean();  // −λ
    return {Vector{theta}, [](double x) { return Vector{x}; }, -std::log(-theta), [](double) { return 0.0; }};
}

ExponentialFamilyForm exponential_family(const Gamma& d) {
    const double beta = d.mean() / d.variance(), alpha = d.mean() * beta;
    const Vector theta{alpha - 1, -beta};
    // A(θ) = log Γ(θ₁ + 1) − (θ₁ + 1) log(−θ₂)
    const double A = std::lgamma(theta[0] + 1) - (theta[0] + 1) * std::log(-theta[1]);
    return {theta, [](double x) { return Vector{std::log(x), x}; }, A, [](double) { return 0.0; }};
}

}  // namespace mml
