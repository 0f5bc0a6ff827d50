// mml/models/em.cpp — the M-step (means, then covariances around the new means, then weights),
// one EM step, the EM loop with its stopping rule, and the k-means++ starting point (MML §11.3).
#include "mml/models/em.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"
#include "mml/linalg/cholesky.hpp"
#include "mml/models/checks.hpp"
#include "mml/models/kmeans.hpp"
#include "mml/stats/descriptive.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace mml {

namespace {

// μₖ = (1/Nₖ) Σₙ r_nk xₙ                                                           (MML (11.20))
Vector weighted_mean(const Matrix& X, const Matrix& R, std::size_t k, double N_k) {
    const std::size_t N = X.rows(), D = X.cols();
    Vector mu(D);
    for (std::size_t n = 0; n < N; ++n) {
        const double r = R(n, k);
        const double* x = X.data() + n * D;  // row n
        for (std::size_t d = 0; d < D; ++d) mu[d] += r * x[d];
    }
    return mu / N_k;
}

// Σₖ = (1/Nₖ) Σₙ r_nk (xₙ − μₖ)(xₙ − μₖ)ᵀ + εI, around the new mean μₖ          (MML (11.30))
// Only the lower triangle is summed and then mirrored, so Σₖ is exactly symmetric (Cholesky
// checks symmetry).
Matrix weighted_covariance(const Matrix& X, const Matrix& R, std::size_t k, double N_k, const Vector& mu,
                           double floor) {
    const std::size_t N = X.rows(), D = X.cols();
    Matrix S(D, D);
    Vector e(D);
    for (std::size_t n = 0; n < N; ++n) {
        const double r = R(n, k);
        for (std::size_t d = 0; d < D; ++d) e[d] = X(n, d) - mu[d];
        for (std::size_t i = 0; i < D; ++i)
            for (std::size_t j = 0; j <= i; ++j) S(i, j) += r * e[i] * e[j];
    }
    for (std::size_t i = 0; i < D; ++i) {
        for (std::size_t j = 0; j < i; ++j) S(j, i) = S(i, j) = S(i, j) / N_k;
        S(i, i) = S(i, i) / N_k + floor;
    }
    return S;
}

// A singular Σₖ is a collapse: say which component, and how to prevent it.
void require_positive_definite(const Matrix& Sigma, std::size_t k, double N_k, double floor) {
    try {
        (void)cholesky(Sigma);
    } catch (const DomainError&) {
        throw DomainError("m_step: component " + std::to_string(k) + " collapsed — its covariance is singular (N_k = " +
                          std::to_string(N_k) + ", covariance_floor = " + std::to_string(floor) +
                          "): it sits on too few distinct examples. Pass covariance_floor > 0 (e.g. 1e-6 times the "
                          "data's variances) or use fewer components");
    }
}

}  // namespace

GaussianMixture m_step(const Matrix& X, const Matrix& R, double covariance_floor) {
    require_data("m_step", X);
    require_finite("m_step", R);
    if (R.rows() != X.rows() || R.cols() == 0)
        throw DimensionError("m_step: X is " + shape_string(X.rows(), X.cols()) + " but R is " +
                             shape_string(R.rows(), R.cols()) + " — R needs one row per example and one column per component");
    if (!(covariance_floor >= 0.0) || !std::isfinite(covariance_floor))
        throw DomainError("m_step: covariance_floor = " + std::to_string(covariance_floor) + " — it must be finite and >= 0");
    const std::size_t N = X.rows(), K = R.cols();
    GaussianMixture next;
    for (std::size_t k = 0; k < K; ++k) {
        double N_k = 0.0;  // Nₖ = Σₙ r_nk, the effective number of examples of component k
        for (std::size_t n = 0; n < N; ++n) {
            if (R(n, k) < 0.0)
                throw DomainError("m_step: R(" + std::to_string(n) + ", " + std::to_string(k) + ") = " +
                                  std::to_string(R(n, k)) + " — responsibilities are probabilities, never negative");
            N_k += R(n, k);
        }
        if (!(N_k > static_cast<double>(N) * std::numeric_limits<double>::epsilon()))
            throw DomainError("m_step: component " + std::to_string(k) + " is responsible for no data (N_k = " +
                              std::to_string(N_k) + ") — its mean is undefined; start from another initialisation "
                              "(another seed) or use fewer components");
        const Vector mu = weighted_mean(X, R, k, N_k);                                    // 1. means
        const Matrix Sigma = weighted_covariance(X, R, k, N_k, mu, covariance_floor);    // 2. covariances (new μ)
        require_positive_definite(Sigma, k, N_k, covariance_floor);
        next.means.push_back(mu);
        next.covariances.push_back(Sigma);
        next.weights.push_back(N_k / static_cast<double>(N));                           // 3. weights πₖ = Nₖ/N
    }
    return next;
}

GaussianMixture em_step(const GaussianMixture& model, const Matrix& X, double covariance_floor) {
    return m_step(X, e_step(model, X).responsibilities, covariance_floor);
}

GmmFit fit_gmm(const Matrix& X, const GaussianMixture& initial, double tolerance, std::size_t max_iterations,
               double covariance_floor) {
    if (!(tolerance >= 0.0) || !std::isfinite(tolerance))
        throw DomainError("fit_gmm: tolerance = " + std::to_string(tolerance) + " — it must be finite and >= 0");
    GmmFit fit{initial, {}, 0, false};
    EStep e = e_step(fit.model, X);
    fit.log_likelihoods.push_back(e.log_likelihood);
    while (fit.iterations < max_iterations) {
        fit.model = m_step(X, e.responsibilities, covariance_floor);
        e = e_step(fit.model, X);
        ++fit.iterations;
        const double previous = fit.log_likelihoods.back();
        fit.log_likelihoods.push_back(e.log_likelihood);
        // EM never decreases ℓ, so the change is the increase (up to rounding).
        if (std::abs(e.log_likelihood - previous) <= tolerance * std::max(1.0, std::abs(e.log_likelihood))) {
            fit.converged = true;
            break;
        }
    }
    return fit;
}

GaussianMixture gmm_initial(const Matrix& X, std::size_t K, Rng& rng) {
    require_data("gmm_initial", X);
    require_cluster_count("gmm_initial", K, X.rows());
    const Matrix Sigma = covariance(X);  // (1/N) Σₙ (xₙ − x̄)(xₙ − x̄)ᵀ, unit 6
    try {
        (void)cholesky(Sigma);
    } catch (const DomainError&) {
        throw DomainError("gmm_initial: the data covariance (" + shape_string(Sigma.rows(), Sigma.cols()) +
                          ") is singular — a column is constant, or there are no more examples (" +
                          std::to_string(X.rows()) + ") than dimensions; drop constant columns or add data");
    }
    const Matrix centres = kmeans_plus_plus(X, K, rng);
    GaussianMixture model;
    for (std::size_t k = 0; k < K; ++k) {
        model.weights.push_back(1.0 / static_cast<double>(K));
        model.means.push_back(centres.row(k));
        model.covariances.push_back(Sigma);
    }
    return model;
}

}  // namespace mml
