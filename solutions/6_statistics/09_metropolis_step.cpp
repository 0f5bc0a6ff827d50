// Exercise 6.09 — A Metropolis–Hastings step                             (MML §8.4; Bishop §11.2.2)
//
// Task:    one step of random-walk Metropolis for an unnormalised log-density log p̃(θ):
//            1. propose θ′ = θ + s·z with zᵢ = rng.normal(), one per coordinate, in order;
//            2. draw u = rng.uniform() (exactly one uniform, after the normals);
//            3. accept if log u < log p̃(θ′) − log p̃(θ) — i.e. with probability min(1, p̃(θ′)/p̃(θ));
//               the symmetric proposal cancels from the Hastings ratio and the unknown
//               normalising constant cancels too;
//          return θ′ if accepted, θ otherwise. (Comparing logs, never p̃ itself: p̃ can be e⁻¹⁰⁰⁰.)
// Input:   the log-density, the current θ, the step size s > 0, the generator.
// Output:  {the new state, accepted?}.
// Errors:  s ≤ 0 → mml::DomainError.
// Example: a proposal with a higher density is always accepted (log u < 0 < the difference).
//
// Check:   build/exercises/mml-check 6.09
#include "unit6.hpp"

namespace mml::exercises {

MetropolisStep metropolis_step(const std::function<double(const Vector&)>& log_p, const Vector& theta, double s, Rng& rng) {
    if (!(s > 0.0)) throw DomainError("metropolis_step: the step size s must be positive");
    Vector proposal = theta;
    for (std::size_t i = 0; i < theta.size(); ++i) proposal[i] += s * rng.normal();
    const double log_u = std::log(rng.uniform());
    if (log_u < log_p(proposal) - log_p(theta)) return {proposal, true};
    return {theta, false};
}

}  // namespace mml::exercises
