// mml/stats/mle.cpp — maximum likelihood: closed forms, Newton for the Gamma shape, Fisher information. (MML §8.3)
//
// The closed-form MLEs are sample means (compensated sums) and Welford variances; the Gamma
// shape has none and is found by Newton's method on the profile log-likelihood over log α
// (Minka, "Estimating a Gamma distribution", 2002, for the profile and its derivatives).
// Least squares is the Gaussian MLE (MML §9.2.1). Standard errors come from the Cholesky factor
// of the information matrix (the diagonal of I⁻¹, Casella & Berger §10.1).
#include "mml/stats/mle.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/dot.hpp"
#include "mml/core/error.hpp"
#include "mml/core/triangular.hpp"
#include "mml/linalg/cholesky.hpp"
#include "mml/linalg/qr.hpp"
#include "mml/optim/gradient_methods.hpp"
#include "mml/prob/special.hpp"
#include "mml/stats/dataset.hpp"
#include "mml/stats/descriptive.hpp"

#include <numbers>
#include <sstream>

namespace mml {

namespace {
void require_sample(const std::string& operation, const Vector& x, std::size_t needed = 1) {
    require_examples(operation, x.size(), needed);
    require_finite(operation, x);
}
[[noreturn]] void bad_value(const std::string& operation, std::size_t n, double value, const std::string& rule) {
    std::ostringstream msg;
    msg << operation << ": x[" << n << "] = " << value << ", but " << rule;
    throw DomainError(msg.str());
}
}  // namespace

double mle_bernoulli(const Vector& x) {
    require_sample("mle_bernoulli", x);
    for (std::size_t n = 0; n < x.size(); ++n)
        if (x[n] != 0.0 && x[n] != 1.0) bad_value("mle_bernoulli", n, x[n], "Bernoulli data are 0 or 1");
    return mean(x);
}

double mle_poisson(const Vector& x) {
    require_sample("mle_poisson", x);
    for (std::size_t n = 0; n < x.size(); ++n)
        if (x[n] < 0.0 || x[n] != std::floor(x[n])) bad_value("mle_poisson", n, x[n], "Poisson data are counts 0, 1, 2, …");
    const double rate = mean(x);
    if (rate == 0.0)
        throw DomainError("mle_poisson: every count is 0, so the MLE λ̂ = 0 is not a valid Poisson rate; "
                          "collect more data or use a Gamma prior (gamma_poisson_posterior)");
    return rate;
}

double mle_exponential(const Vector& x) {
    require_sample("mle_exponential", x);
    for (std::size_t n = 0; n < x.size(); ++n)
        if (x[n] < 0.0) bad_value("mle_exponential", n, x[n], "exponential data are ≥ 0");
    const double m = mean(x);
    if (m == 0.0) throw DomainError("mle_exponential: every observation is 0, so λ̂ = 1/x̄ is infinite");
    return 1.0 / m;
}

NormalMLE mle_normal(const Vector& x) {
    require_sample("mle_normal", x, 2);
    const double N = static_cast<double>(x.size());
    const double v = variance(x);  // Welford, 1/N
    return {mean(x), v, v * N / (N - 1.0)};
}

namespace {
// The Gamma profile log-likelihood over u = log α (mle.hpp): g(u) = −ℓ(eᵘ)/N is minimised. By the
// chain rule g′(u) = −α ℓ′(α)/N and g″(u) = −α² ℓ″(α)/N − α ℓ′(α)/N.
struct GammaProfile {
    double x_bar, mean_log;
    double d1(double alpha) const { return std::log(alpha) - std::log(x_bar) - digamma(alpha) + mean_log; }  // ℓ′/N
    double d2(double alpha) const { return 1.0 / alpha - trigamma(alpha); }                               // ℓ″/N
    double g(double u) const {
        const double alpha = std::exp(u);
        return -(alpha * std::log(alpha / x_bar) - std::lgamma(alpha) + (alpha - 1.0) * mean_log - alpha);
    }
    double g1(double u) const { return -std::exp(u) * d1(std::exp(u)); }
    double g2(double u) const {
        const double alpha = std::exp(u);
        return -alpha * alpha * d2(alpha) - alpha * d1(alpha);
    }
};
}  // namespace

GammaMLE mle_gamma(const Vector& x) {
    require_sample("mle_gamma", x, 2);
    Vector logs(x.size());
    for (std::size_t n = 0; n < x.size(); ++n) {
        if (!(x[n] > 0.0)) bad_value("mle_gamma", n, x[n], "Gamma data must be positive");
        logs[n] = std::log(x[n]);
    }
    const double x_bar = mean(x), s2 = variance(x);
    if (s2 == 0.0) throw DomainError("mle_gamma: all observations are equal, so the likelihood grows without bound in α");
    const GammaProfile p{x_bar, mean(logs)};
    // Damped Newton (unit 4) from the method-of-moments α = x̄²/s², to |g′| ≤ 1e-8: about as far as
    // its decrease test can see, since a step then lowers g by ≈ g′²/(2g″) ~ 1e-16, g's own rounding.
    OptimOptions options;
    options.tolerance = 1e-8;
    options.max_iterations = 100;
    options.record_path = false;
    const OptimResult r = newton([&](const Vector& u) { return p.g(u[0]); }, [&](const Vector& u) { return Vector{p.g1(u[0])}; },
                                 [&](const Vector& u) { return Matrix{{p.g2(u[0])}}; }, Vector{std::log(x_bar * x_bar / s2)}, options);
    if (!r.converged) throw NotConvergedError("mle_gamma: Newton's method on log α did not converge (" + r.reason + ")");
    // Then plain Newton steps on g′(u) = 0, which need no decrease test and converge quadratically
    // from there, for as long as |g′| keeps falling (one or two steps reach rounding level).
    double u = r.x[0];
    std::size_t iterations = r.iterations;
    for (int k = 0; k < 5; ++k, ++iterations) {
        const double next = u - p.g1(u) / p.g2(u);
        if (!(std::abs(p.g1(next)) < std::abs(p.g1(u)))) break;
        u = next;
    }
    const double alpha = std::exp(u);
    return {alpha, alpha / x_bar, iterations};
}

double linear_gaussian_log_likelihood(const Matrix& X, const Vector& y, const Vector& theta, double noise_variance) {
    require_rows_match("linear_gaussian_log_likelihood", X, y);
    if (!(noise_variance > 0.0)) {
        std::ostringstream msg;
        msg << "linear_gaussian_log_likelihood: the noise variance σ² = " << noise_variance << " must be positive";
        throw DomainError(msg.str());
    }
    const Vector r = y - X * theta;
    const double rss = dot(r, r), N = static_cast<double>(y.size());
    return -0.5 * N * std::log(2.0 * std::numbers::pi * noise_variance) - rss / (2.0 * noise_variance);
}

LinearGaussianMLE linear_gaussian_mle(const Matrix& X, const Vector& y) {
    require_rows_match("linear_gaussian_mle", X, y);
    require_examples("linear_gaussian_mle", X.rows(), X.cols() + 1);  // θ and σ²
    const Vector theta = least_squares(X, y);
    const Vector r = y - X * theta;
    const double sigma2 = dot(r, r) / static_cast<double>(y.size());
    if (sigma2 == 0.0)
        throw DomainError("linear_gaussian_mle: the model fits the data exactly (zero residuals), so σ̂² = 0 and the "
                          "likelihood is unbounded; the Gaussian noise model does not apply");
    return {theta, sigma2, linear_gaussian_log_likelihood(X, y, theta, sigma2)};
}

Vector standard_errors(const Matrix& information) {
    // I = LLᵀ (positive definite at a maximum), so I⁻¹ = L⁻ᵀL⁻¹ and (I⁻¹)ᵢᵢ = Σₖ (L⁻¹)ₖᵢ².
    const Matrix L = cholesky(information);
    const std::size_t D = information.rows();
    const Matrix L_inv = solve_lower_triangular(L, Matrix::identity(D));
    Vector se(D);
    for (std::size_t i = 0; i < D; ++i) se[i] = std::sqrt(dot(L_inv.col(i), L_inv.col(i)));
    return se;
}

double fisher_information_bernoulli(double p, std::size_t N) {
    if (!(p > 0.0 && p < 1.0)) throw DomainError("fisher_information_bernoulli: p must lie in (0, 1)");
    return static_cast<double>(N) / (p * (1.0 - p));
}

double fisher_information_poisson(double rate, std::size_t N) {
    if (!(rate > 0.0)) throw DomainError("fisher_information_poisson: the rate λ must be positive");
    return static_cast<double>(N) / rate;
}

Matrix fisher_information_normal(double variance, std::size_t N) {
    if (!(variance > 0.0)) throw DomainError("fisher_information_normal: the variance σ² must be positive");
    const double n = static_cast<double>(N);
    return Matrix{{n / variance, 0.0}, {0.0, n / (2.0 * variance * variance)}};
}

}  // namespace mml
