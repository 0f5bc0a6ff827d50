// mml/stats/bayes.cpp — MAP, conjugate updates, Bayesian linear regression, evidence. (MML §8.4, §9.3)
#include "mml/stats/bayes.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"
#include "mml/linalg/cholesky.hpp"
#include "mml/linalg/inverse.hpp"
#include "mml/prob/conjugate.hpp"
#include "mml/prob/gaussian.hpp"
#include "mml/stats/dataset.hpp"
#include "mml/stats/descriptive.hpp"
#include "mml/stats/regression.hpp"

#include <cmath>
#include <sstream>

namespace mml {

namespace {
void require_positive(const std::string& operation, const std::string& name, double value) {
    if (!(value > 0.0) || !std::isfinite(value)) {
        std::ostringstream msg;
        msg << operation << ": " << name << " = " << value << " must be positive and finite";
        throw DomainError(msg.str());
    }
}
// A symmetric positive definite inverse via Cholesky: S⁻¹ = L⁻ᵀL⁻¹, column by column.
Matrix spd_inverse(const Matrix& A) {
    const Matrix L = cholesky(A);
    Matrix inv(A.rows(), A.cols());
    for (std::size_t j = 0; j < A.cols(); ++j) {
        Vector e(A.rows());
        e[j] = 1.0;
        inv.set_col(j, cholesky_solve(L, e));
    }
    return inv;
}
}  // namespace

Vector map_linear_regression(const Matrix& Phi, const Vector& y, double noise_variance, double prior_variance) {
    require_positive("map_linear_regression", "the noise variance σ²", noise_variance);
    require_positive("map_linear_regression", "the prior variance τ²", prior_variance);
    return ridge_regression(Phi, y, noise_variance / prior_variance);  // λ = σ²/τ²
}

Beta beta_bernoulli_posterior(double a, double b, const Vector& x) {
    require_finite("beta_bernoulli_posterior", x);
    std::int64_t ones = 0;
    for (std::size_t n = 0; n < x.size(); ++n) {
        if (x[n] != 0.0 && x[n] != 1.0) {
            std::ostringstream msg;
            msg << "beta_bernoulli_posterior: x[" << n << "] = " << x[n] << ", but Bernoulli data are 0 or 1";
            throw DomainError(msg.str());
        }
        ones += x[n] == 1.0;
    }
    return beta_binomial_posterior(a, b, ones, static_cast<std::int64_t>(x.size()));  // Beta(a + h, b + N − h)
}

Gamma gamma_poisson_posterior(double shape, double rate, const Vector& counts) {
    require_positive("gamma_poisson_posterior", "the prior shape α", shape);
    require_positive("gamma_poisson_posterior", "the prior rate β", rate);
    require_finite("gamma_poisson_posterior", counts);
    double sum = 0.0;
    for (std::size_t n = 0; n < counts.size(); ++n) {
        if (counts[n] < 0.0 || counts[n] != std::floor(counts[n])) {
            std::ostringstream msg;
            msg << "gamma_poisson_posterior: counts[" << n << "] = " << counts[n] << ", but Poisson data are 0, 1, 2, …";
            throw DomainError(msg.str());
        }
        sum += counts[n];
    }
    return Gamma(shape + sum, rate + static_cast<double>(counts.size()));
}

Normal normal_known_variance_posterior(double prior_mean, double prior_variance, double noise_variance, const Vector& x) {
    require_finite("normal_known_variance_posterior", prior_mean, "prior_mean");
    require_positive("normal_known_variance_posterior", "the prior variance τ₀²", prior_variance);
    require_positive("normal_known_variance_posterior", "the noise variance σ²", noise_variance);
    require_finite("normal_known_variance_posterior", x);
    double sum = 0.0;
    for (double xn : x) sum += xn;
    const double precision = 1.0 / prior_variance + static_cast<double>(x.size()) / noise_variance;  // 1/τ_N²
    const double posterior_mean = (prior_mean / prior_variance + sum / noise_variance) / precision;
    return Normal(posterior_mean, std::sqrt(1.0 / precision));
}

double NormalInverseGamma::mean_of_variance() const {
    if (!(alpha > 1.0)) throw DomainError("NormalInverseGamma::mean_of_variance: E[σ²] = β/(α − 1) needs α > 1");
    return beta / (alpha - 1.0);
}

double NormalInverseGamma::mu_scale() const { return std::sqrt(beta / (alpha * kappa)); }

NormalInverseGamma normal_inverse_gamma_posterior(const NormalInverseGamma& prior, const Vector& x) {
    require_finite("normal_inverse_gamma_posterior", prior.mu, "prior.mu");
    require_positive("normal_inverse_gamma_posterior", "prior.kappa", prior.kappa);
    require_positive("normal_inverse_gamma_posterior", "prior.alpha", prior.alpha);
    require_positive("normal_inverse_gamma_posterior", "prior.beta", prior.beta);
    if (x.empty()) return prior;  // no data: the posterior is the prior
    const double N = static_cast<double>(x.size());
    const double x_bar = mean(x), scatter = N * variance(x);  // Σ(xₙ − x̄)², by Welford
    NormalInverseGamma post{};
    post.kappa = prior.kappa + N;
    post.mu = (prior.kappa * prior.mu + N * x_bar) / post.kappa;
    post.alpha = prior.alpha + 0.5 * N;
    post.beta = prior.beta + 0.5 * scatter +
                prior.kappa * N * (x_bar - prior.mu) * (x_bar - prior.mu) / (2.0 * post.kappa);
    return post;
}

double BayesianLinearRegression::predictive_mean(const Vector& phi_star) const {
    require_same_size("BayesianLinearRegression::predictive_mean (φ* and m_N)", phi_star, m);
    double s = 0.0;
    for (std::size_t i = 0; i < m.size(); ++i) s += phi_star[i] * m[i];
    return s;
}

double BayesianLinearRegression::predictive_variance(const Vector& phi_star) const {
    require_same_size("BayesianLinearRegression::predictive_variance (φ* and m_N)", phi_star, m);
    const Vector S_phi = S * phi_star;
    double s = 0.0;
    for (std::size_t i = 0; i < m.size(); ++i) s += phi_star[i] * S_phi[i];
    return s + noise_variance;
}

namespace {
void require_blr(const std::string& operation, const Matrix& Phi, const Vector& y, const Vector& m0, const Matrix& S0,
                 double noise_variance) {
    require_rows_match(operation, Phi, y);
    require_examples(operation, Phi.rows(), 1);
    require_finite(operation + " (features Φ)", Phi);
    require_finite(operation + " (targets y)", y);
    require_positive(operation, "the noise variance σ²", noise_variance);
    if (m0.size() != Phi.cols() || S0.rows() != Phi.cols() || S0.cols() != Phi.cols()) {
        std::ostringstream msg;
        msg << operation << ": Φ has " << Phi.cols() << " feature columns, so the prior mean needs " << Phi.cols()
            << " entries (got " << m0.size() << ") and the prior covariance must be " << Phi.cols() << "x" << Phi.cols()
            << " (got " << shape_string(S0.rows(), S0.cols()) << ")";
        throw DimensionError(msg.str());
    }
}
}  // namespace

BayesianLinearRegression bayesian_linear_regression(const Matrix& Phi, const Vector& y, const Vector& prior_mean,
                                                    const Matrix& prior_covariance, double noise_variance) {
    require_blr("bayesian_linear_regression", Phi, y, prior_mean, prior_covariance, noise_variance);
    const Matrix S0_inv = spd_inverse(prior_covariance);  // SingularMatrixError unless S₀ is positive definite
    const Matrix Phi_t = transpose(Phi);
    const Matrix precision = S0_inv + (1.0 / noise_variance) * (Phi_t * Phi);  // S_N⁻¹ = S₀⁻¹ + σ⁻²ΦᵀΦ
    const Matrix S_N = spd_inverse(precision);
    const Vector m_N = S_N * (S0_inv * prior_mean + (1.0 / noise_variance) * (Phi_t * y));
    return {m_N, S_N, noise_variance};
}

double log_marginal_likelihood(const Matrix& Phi, const Vector& y, const Vector& prior_mean, const Matrix& prior_covariance,
                               double noise_variance) {
    require_blr("log_marginal_likelihood", Phi, y, prior_mean, prior_covariance, noise_variance);
    Matrix C = Phi * prior_covariance * transpose(Phi);  // ΦS₀Φᵀ + σ²I
    for (std::size_t n = 0; n < C.rows(); ++n) C(n, n) += noise_variance;
    return MultivariateNormal(Phi * prior_mean, C).log_pdf(y);
}

double aic(double log_likelihood, std::size_t parameters) {
    return 2.0 * static_cast<double>(parameters) - 2.0 * log_likelihood;
}

double bic(double log_likelihood, std::size_t parameters, std::size_t N) {
    require_examples("bic", N, 1);
    return static_cast<double>(parameters) * std::log(static_cast<double>(N)) - 2.0 * log_likelihood;
}

}  // namespace mml
