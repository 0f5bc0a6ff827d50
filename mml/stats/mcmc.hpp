// mml/stats/mcmc.hpp — posteriors without a closed form: grid approximation and
// Metropolis–Hastings.                                                (MML §8.4.2; Bishop §11.2)
//
// Bayes' theorem gives the posterior only up to its normalising constant p(𝒳):
//     p(θ | 𝒳) ∝ p(𝒳 | θ) p(θ) =: p̃(θ).
// Grid approximation (one parameter): evaluate log p̃ on a fine grid, subtract the largest value
// before exponentiating (the log-sum-exp trick: the unnormalised values can be e⁻¹⁰⁰⁰, which is 0
// in double precision), and normalise by the trapezoidal rule.
//
// Metropolis–Hastings (random walk). From the current θ propose θ′ = θ + s·z, z ~ N(0, I), and
// accept it with probability
//     a = min(1, p̃(θ′)/p̃(θ))      (the symmetric proposal cancels from the Hastings ratio),
// computed as log u < log p̃(θ′) − log p̃(θ) with u ~ Uniform(0, 1) — in log-space, so p̃ never
// under- or overflows and the unknown constant p(𝒳) cancels. Otherwise stay at θ (and record θ
// again). The chain's distribution converges to the posterior; the first `burn_in` states are
// discarded. A step size s giving an acceptance rate of roughly 0.2–0.5 mixes well.
//
// Successive samples are correlated, so N of them carry less information than N independent
// draws. The effective sample size
//     ESS = N / (1 + 2 Σₖ ρₖ),   ρₖ the lag-k autocorrelation of the chain,
// sums the autocorrelations in adjacent pairs while the pair sums stay positive (Geyer's initial
// positive sequence), which stops before the noisy tail. The Monte Carlo standard error of a
// posterior mean estimate is then sd/√ESS.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"
#include "mml/prob/rng.hpp"

#include <cstddef>
#include <functional>

namespace mml {

struct GridPosterior {
    Vector theta;    // the grid points
    Vector density;  // the normalised posterior density at each point (integrates to 1, trapezoid)
    double mean;     // ∫ θ p(θ | 𝒳) dθ
    double variance;
};
// log_unnormalised(θ) = log p(𝒳 | θ) + log p(θ) (−∞ allowed outside the support); n ≥ 2 points on [a, b].
GridPosterior grid_posterior(const std::function<double(double)>& log_unnormalised, double a, double b, std::size_t n);

struct MHStep {
    Vector theta;  // the new state (the proposal if accepted, else the old state)
    double log_p;  // log p̃ at the new state
    bool accepted;
};
// One random-walk Metropolis step from θ (whose log p̃ is log_p), proposal stddev s per coordinate.
MHStep metropolis_hastings_step(const std::function<double(const Vector&)>& log_target, const Vector& theta,
                                double log_p, const Vector& step_size, Rng& rng);

struct MCMCResult {
    Matrix samples;          // one sample per row, after burn-in
    double acceptance_rate;  // over all steps, burn-in included
};
// n_samples states of a random-walk Metropolis chain started at θ₀ (log p̃(θ₀) must be finite),
// after discarding burn_in steps.
MCMCResult metropolis_hastings(const std::function<double(const Vector&)>& log_target, const Vector& theta0,
                               const Vector& step_size, std::size_t n_samples, std::size_t burn_in, Rng& rng);

// Lag-k autocorrelation ρₖ = Σₜ (xₜ − x̄)(xₜ₊ₖ − x̄) / Σₜ (xₜ − x̄)².
double autocorrelation(const Vector& chain, std::size_t lag);
// ESS = N/(1 + 2Σρₖ) with Geyer's initial positive sequence (see above).
double effective_sample_size(const Vector& chain);

}  // namespace mml
