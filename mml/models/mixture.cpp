// mml/models/mixture.cpp — the Gaussian mixture's density, log-likelihood and responsibilities,
// all from log πₖ + log N(xₙ | μₖ, Σₖ) normalised by log-sum-exp (MML §11.1–§11.2).
#include "mml/models/mixture.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"
#include "mml/models/checks.hpp"
#include "mml/models/softmax.hpp"
#include "mml/prob/gaussian.hpp"

#include <cmath>
#include <limits>
#include <string>

namespace mml {

void require_valid_mixture(const std::string& operation, const GaussianMixture& model) {
    const std::size_t K = model.weights.size();
    if (K == 0) throw DimensionError(operation + ": the mixture has no components — give at least one weight, mean and covariance");
    if (model.means.size() != K || model.covariances.size() != K)
        throw DimensionError(operation + ": " + std::to_string(K) + " weights but " + std::to_string(model.means.size()) +
                             " means and " + std::to_string(model.covariances.size()) +
                             " covariances — give one of each per component");
    const std::size_t D = model.means[0].size();
    double sum = 0.0;
    for (std::size_t k = 0; k < K; ++k) {
        if (!(model.weights[k] >= 0.0) || !std::isfinite(model.weights[k]))
            throw DomainError(operation + ": weight π_" + std::to_string(k) + " = " + std::to_string(model.weights[k]) +
                              " — mixture weights must be finite and >= 0");
        sum += model.weights[k];
        if (model.means[k].size() != D || model.covariances[k].rows() != D || model.covariances[k].cols() != D)
            throw DimensionError(operation + ": component " + std::to_string(k) + " has a mean of dimension " +
                                 std::to_string(model.means[k].size()) + " and a " +
                                 shape_string(model.covariances[k].rows(), model.covariances[k].cols()) +
                                 " covariance, but component 0 has dimension " + std::to_string(D) +
                                 " — every mean must have D entries and every covariance be D x D");
    }
    if (std::abs(sum - 1.0) > 1e-9)
        throw DomainError(operation + ": the weights sum to " + std::to_string(sum) + ", not 1 — normalise them");
}

namespace {

// The components as unit 5's MultivariateNormal: one Cholesky factorisation each (DomainError
// naming the component if Σₖ is not positive definite).
std::vector<MultivariateNormal> gaussians(const std::string& operation, const GaussianMixture& model) {
    require_valid_mixture(operation, model);
    std::vector<MultivariateNormal> result;
    for (std::size_t k = 0; k < model.components(); ++k) {
        try {
            result.emplace_back(model.means[k], model.covariances[k]);
        } catch (const DomainError& e) {
            throw DomainError(operation + ": component " + std::to_string(k) + ": " + e.what());
        }
    }
    return result;
}

// The N × K table log πₖ + log N(xₙ | μₖ, Σₖ) (a weight of 0 gives −∞: that component never
// explains anything, and log-sum-exp skips it).
Matrix log_joint(const std::string& operation, const GaussianMixture& model, const Matrix& X) {
    const auto components = gaussians(operation, model);
    require_data(operation, X);
    if (X.cols() != model.dimension())
        throw DimensionError(operation + ": X is " + shape_string(X.rows(), X.cols()) + " but the mixture has dimension " +
                             std::to_string(model.dimension()) + " — X needs one example per row, D columns");
    const std::size_t N = X.rows(), K = model.components();
    Matrix L(N, K);
    for (std::size_t n = 0; n < N; ++n) {
        const Vector x = X.row(n);
        for (std::size_t k = 0; k < K; ++k) {
            const double log_pi = model.weights[k] > 0.0 ? std::log(model.weights[k])
                                                         : -std::numeric_limits<double>::infinity();
            L(n, k) = log_pi + components[k].log_pdf(x);
        }
    }
    return L;
}

}  // namespace

double GaussianMixture::log_pdf(const Vector& x) const {
    return log_sum_exp(log_joint("GaussianMixture::log_pdf", *this, Matrix::from_rows({x})).row(0));
}

double GaussianMixture::log_likelihood(const Matrix& X) const { return e_step(*this, X).log_likelihood; }

Matrix GaussianMixture::responsibilities(const Matrix& X) const { return e_step(*this, X).responsibilities; }

EStep e_step(const GaussianMixture& model, const Matrix& X) {
    Matrix R = log_joint("e_step", model, X);
    const std::size_t N = R.rows(), K = R.cols();
    double log_likelihood = 0.0;
    for (std::size_t n = 0; n < N; ++n) {
        double* row = R.data() + n * K;  // row n, contiguous
        const double log_p = log_sum_exp(row, K);  // log p(xₙ) = LSEₖ(log πₖ + log N(xₙ | μₖ, Σₖ))
        if (!std::isfinite(log_p))
            throw DomainError("e_step: example " + std::to_string(n) +
                              " has probability 0 under every component (log p = " + std::to_string(log_p) +
                              ") — give every component a weight > 0 or start nearer the data");
        log_likelihood += log_p;
        for (std::size_t k = 0; k < K; ++k) row[k] = std::exp(row[k] - log_p);  // r_nk = exp(log joint − log p)
    }
    return {R, log_likelihood};
}

}  // namespace mml
