// mml/stats/bayes.cpp — MAP, conjugate updates, Bayesian linear regression, evidence. (MML §8.4, §9.3)
//
// MAP as ridge regression (MML §9.2.4); conjugate updates as arithmetic on the prior's parameters
// (MML §6.6.1; Murphy, "Conjugate Bayesian analysis of the Gaussian distribution", 2007, for the
// Normal–Inverse-Gamma); Bayesian linear regression and its evidence (MML §9.3, (9.43), (9.60)) by
// one Cholesky factor of S₀, one QR-based least squares and one triangular solve — the stacked
// formulation derived in bayes.hpp — so no matrix is inverted and ΦᵀΦ is never formed.
#include "mml/stats/bayes.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/dot.hpp"
#include "mml/core/error.hpp"
#include "mml/core/triangular.hpp"
#include "mml/linalg/cholesky.hpp"
#include "mml/linalg/qr.hpp"
#include "mml/prob/conjugate.hpp"
#include "mml/stats/dataset.hpp"
#include "mml/stats/descriptive.hpp"
#include "mml/stats/regression.hpp"

#include <numbers>

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
void require_variances(const std::string& operation, const GaussianPriorNoise& v) {
    require_positive(operation, "the noise variance σ² (.noise_variance)", v.noise_variance);
    require_positive(operation, "the prior variance τ² (.prior_variance)", v.prior_variance);
}
}  // namespace

Vector map_linear_regression(const Matrix& Phi, const Vector& y, const GaussianPriorNoise& variances) {
    require_variances("map_linear_regression", variances);
    return ridge_regression(Phi, y, variances.noise_variance / variances.prior_variance);  // λ = σ²/τ²
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

Normal normal_known_variance_posterior(double prior_mean, const GaussianPriorNoise& variances, const Vector& x) {
    require_finite("normal_known_variance_posterior", prior_mean, "prior_mean");
    require_variances("normal_known_variance_posterior", variances);
    require_finite("normal_known_variance_posterior", x);
    const double sigma2 = variances.noise_variance, tau2 = variances.prior_variance;
    const double precision = 1.0 / tau2 + static_cast<double>(x.size()) / sigma2;  // 1/τ_N² = 1/τ₀² + N/σ²
    const double posterior_mean = (prior_mean / tau2 + compensated_sum(x) / sigma2) / precision;
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
    return dot(phi_star, m);
}

double BayesianLinearRegression::predictive_variance(const Vector& phi_star) const {
    require_same_size("BayesianLinearRegression::predictive_variance (φ* and m_N)", phi_star, m);
    return dot(phi_star, S * phi_star) + noise_variance;
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

namespace {
// The pieces of the stacked formulation (bayes.hpp): S₀ = L₀L₀ᵀ, A = [ΦL₀/σ; I] = QR, b = [(y − Φm₀)/σ; 0],
// u = argmin ‖b − Au‖ and the residual ‖b − Au‖² = r̃ᵀ(I + BBᵀ)⁻¹r̃.
struct StackedPosterior {
    Matrix L0;       // Cholesky factor of the prior covariance
    Matrix R;        // D×D upper triangular, RᵀR = I + BᵀB
    Vector u;        // the posterior mean in whitened coordinates: m_N = m₀ + L₀u
    double residual;  // ‖b − Au‖²
};

StackedPosterior stacked_posterior(const Matrix& Phi, const Vector& y, const Vector& m0, const Matrix& S0,
                                   double noise_variance) {
    const std::size_t N = Phi.rows(), D = Phi.cols();
    const double sigma = std::sqrt(noise_variance);
    const Matrix L0 = cholesky(S0);  // DomainError unless S₀ is symmetric positive definite
    const Matrix B = (Phi * L0) / sigma;
    const Vector r = (y - Phi * m0) / sigma;
    Matrix A(N + D, D);
    Vector b(N + D);
    for (std::size_t n = 0; n < N; ++n) {
        for (std::size_t d = 0; d < D; ++d) A(n, d) = B(n, d);
        b[n] = r[n];
    }
    for (std::size_t d = 0; d < D; ++d) A(N + d, d) = 1.0;  // the prior's rows: ‖u‖²
    const Vector u = least_squares(A, b);
    const Matrix QR_R = qr(A).R;
    Matrix R(D, D);
    for (std::size_t i = 0; i < D; ++i)
        for (std::size_t j = i; j < D; ++j) R(i, j) = QR_R(i, j);
    const Vector residual = b - A * u;
    return {L0, R, u, dot(residual, residual)};
}
}  // namespace

BayesianLinearRegression bayesian_linear_regression(const Matrix& Phi, const Vector& y, const Vector& prior_mean,
                                                    const Matrix& prior_covariance, double noise_variance) {
    require_blr("bayesian_linear_regression", Phi, y, prior_mean, prior_covariance, noise_variance);
    const StackedPosterior f = stacked_posterior(Phi, y, prior_mean, prior_covariance, noise_variance);
    const Vector m_N = prior_mean + f.L0 * f.u;
    // S_N = WWᵀ with W = L₀R⁻¹, i.e. Wᵀ solves Rᵀ Wᵀ = L₀ᵀ (Rᵀ is lower triangular).
    const Matrix Wt = solve_lower_triangular(transpose(f.R), transpose(f.L0));
    return {m_N, transpose(Wt) * Wt, noise_variance};
}

double log_marginal_likelihood(const Matrix& Phi, const Vector& y, const Vector& prior_mean, const Matrix& prior_covariance,
                               double noise_variance) {
    require_blr("log_marginal_likelihood", Phi, y, prior_mean, prior_covariance, noise_variance);
    const StackedPosterior f = stacked_posterior(Phi, y, prior_mean, prior_covariance, noise_variance);
    const double N = static_cast<double>(Phi.rows());
    double log_det = N * std::log(noise_variance);  // log det C = N log σ² + 2 Σ log|Rᵢᵢ|
    for (std::size_t i = 0; i < f.R.rows(); ++i) log_det += 2.0 * std::log(std::abs(f.R(i, i)));
    return -0.5 * (N * std::log(2.0 * std::numbers::pi) + log_det + f.residual);
}

double aic(double log_likelihood, std::size_t parameters) {
    return 2.0 * static_cast<double>(parameters) - 2.0 * log_likelihood;
}

double bic(double log_likelihood, std::size_t parameters, std::size_t N) {
    require_examples("bic", N, 1);
    return static_cast<double>(parameters) * std::log(static_cast<double>(N)) - 2.0 * log_likelihood;
}

}  // namespace mml
