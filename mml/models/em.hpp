// mml/models/em.hpp — fitting a Gaussian mixture by expectation maximisation.       (MML §11.3)
//
// The maximum-likelihood parameters of a mixture have no closed form, but they satisfy three
// fixed-point equations, each the zero of a gradient with the responsibilities r_nk held fixed
// (MML (11.20), (11.30), (11.42)), with Nₖ = Σₙ r_nk:
//     μₖ = (1/Nₖ) Σₙ r_nk xₙ,
//     Σₖ = (1/Nₖ) Σₙ r_nk (xₙ − μₖ)(xₙ − μₖ)ᵀ,
//     πₖ = Nₖ / N.
// EM alternates (MML §11.3):
//     E-step: the responsibilities r_nk under the current parameters (mixture.hpp);
//     M-step: the three updates above, in the book's order — means first, then the covariances
//             around the *new* means, then the weights.
// Each EM step never decreases the log-likelihood (Dempster, Laird & Rubin 1977; MML §11.3),
// so fit_gmm stops when the increase falls below a relative tolerance.
//
// Collapse. If a component settles on a single example (or on fewer than D+1 examples in general
// position) its covariance becomes singular and the likelihood is unbounded: N(x | μ, σ²) → ∞ as
// σ² → 0 at x = μ (MML §11.2, Remark). Two ways out, both explicit here:
//   * covariance_floor ε > 0 adds εI to every Σₖ after its update, so every eigenvalue is ≥ ε
//     (choose ε small against the data's variances, e.g. 1e-6 times them);
//   * without a floor, a singular Σₖ is a DomainError naming the component — never NaN.
// A component whose responsibilities all vanish (Nₖ ≤ N·ε_machine) has no data to estimate μₖ
// from: a DomainError with or without the floor (start again with fewer components or another seed).
//
// Initialisation (gmm_initial): means by k-means++ seeding (kmeans.hpp), every covariance the
// covariance of all the data, equal weights 1/K.
#pragma once
#include "mml/core/matrix.hpp"
#include "mml/models/mixture.hpp"
#include "mml/prob/rng.hpp"

#include <cstddef>
#include <vector>

namespace mml {

// The M-step (MML (11.20), (11.30), (11.42)) from data X (N × D) and responsibilities R (N × K):
// means, then covariances around the new means (+ covariance_floor·I), then weights.
GaussianMixture m_step(const Matrix& X, const Matrix& R, double covariance_floor = 0.0);

// One EM step: the E-step under `model`, then the M-step (MML §11.3).
GaussianMixture em_step(const GaussianMixture& model, const Matrix& X, double covariance_floor = 0.0);

struct GmmFit {
    GaussianMixture model;
    std::vector<double> log_likelihoods;  // Σₙ log p(xₙ) of the initial model, then after each step
    std::size_t iterations = 0;           // EM steps taken
    bool converged = false;               // the last increase was ≤ tolerance · max(1, |log-likelihood|)
};
// EM from `initial` until the log-likelihood rises by at most tolerance · max(1, |ℓ|) in one step,
// or max_iterations steps (then converged = false).
GmmFit fit_gmm(const Matrix& X, const GaussianMixture& initial, double tolerance = 1e-8,
               std::size_t max_iterations = 1000, double covariance_floor = 0.0);

// A starting point for EM: K means by k-means++ seeding, every covariance the data covariance
// (1/N) Σₙ (xₙ − x̄)(xₙ − x̄)ᵀ, weights 1/K. DomainError if K > N or the data covariance is
// singular (a constant column, or N ≤ D).
GaussianMixture gmm_initial(const Matrix& X, std::size_t K, Rng& rng);

}  // namespace mml
