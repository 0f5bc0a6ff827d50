// mml/models/mixture.hpp — the Gaussian mixture model and its E-step.               (MML §11.1–§11.2)
//
// A Gaussian mixture with K components is the density
//     p(x | θ) = Σₖ πₖ N(x | μₖ, Σₖ),     πₖ ≥ 0, Σₖ πₖ = 1,                           (MML (11.3))
// "pick component k with probability πₖ, then draw x from the k-th Gaussian". Given data
// x₁ … x_N (the rows of X) its log-likelihood is Σₙ log p(xₙ | θ)                  (MML (11.10))
// and the responsibility of component k for example n is the posterior probability that xₙ
// came from it, by Bayes' theorem (MML (11.17)):
//     r_nk = πₖ N(xₙ | μₖ, Σₖ) / Σⱼ πⱼ N(xₙ | μⱼ, Σⱼ).
// Computing these is the E-step of EM (em.hpp).
//
// Numerical care: in D dimensions a Gaussian density far from its mean is e^{−hundreds}, which
// underflows to 0, and then r_nk = 0/0. Everything here works with log-densities (unit 5's
// MultivariateNormal::log_pdf, through the Cholesky factor of Σₖ) and normalises with
// log-sum-exp (softmax.hpp): log p(xₙ) = LSEₖ(log πₖ + log N(xₙ | μₖ, Σₖ)).
#pragma once
#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace mml {

struct GaussianMixture {
    std::vector<double> weights;      // πₖ, non-negative, sum to 1
    std::vector<Vector> means;        // μₖ, each of dimension D
    std::vector<Matrix> covariances;  // Σₖ, D×D symmetric positive definite

    std::size_t components() const { return weights.size(); }  // K
    std::size_t dimension() const { return means.empty() ? 0 : means[0].size(); }  // D

    // log p(x) = log Σₖ πₖ N(x | μₖ, Σₖ), by log-sum-exp (MML (11.3)).
    double log_pdf(const Vector& x) const;
    // Σₙ log p(xₙ), X is N × D with one example per row (MML (11.10)).
    double log_likelihood(const Matrix& X) const;
    // The N × K responsibilities r_nk (MML (11.17)); each row sums to 1.
    Matrix responsibilities(const Matrix& X) const;
};

// DimensionError/DomainError unless the mixture is well formed: K ≥ 1 weights, means and
// covariances; every mean of one dimension D, every Σₖ D × D and positive definite; weights ≥ 0
// summing to 1 within 1e-9.
void require_valid_mixture(const std::string& operation, const GaussianMixture& model);

// The E-step in one pass over the data: the responsibilities and the log-likelihood of the model
// they were computed from (both need the same N × K log-densities).
struct EStep {
    Matrix responsibilities;  // N × K, r_nk
    double log_likelihood;    // Σₙ log p(xₙ)
};
EStep e_step(const GaussianMixture& model, const Matrix& X);

}  // namespace mml
