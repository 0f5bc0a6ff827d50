// mml/stats/mcmc.cpp — grid posteriors, random-walk Metropolis–Hastings, effective sample size. (MML §8.4.2)
//
// Grid posteriors: log-density on a grid, the largest value subtracted before exp (log-sum-exp),
// normalised by the trapezoidal rule. Random-walk Metropolis (Metropolis et al. 1953; Hastings
// 1970; Bishop §11.2.2), with the acceptance test in log space. Effective sample size by Geyer's
// initial positive sequence (Geyer, "Practical Markov chain Monte Carlo", Statistical Science 1992).
#include "mml/stats/mcmc.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/dot.hpp"
#include "mml/core/error.hpp"
#include "mml/stats/dataset.hpp"
#include "mml/stats/descriptive.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

namespace mml {

namespace {
// log p̃ at n points a, a + h, …, b; DomainError for NaN or +∞, or when every value is −∞.
Vector log_density_on_grid(const std::function<double(double)>& log_unnormalised, const Vector& theta) {
    Vector log_p(theta.size());
    double max_log_p = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < theta.size(); ++i) {
        log_p[i] = log_unnormalised(theta[i]);
        if (std::isnan(log_p[i]) || log_p[i] == std::numeric_limits<double>::infinity()) {
            std::ostringstream msg;
            msg << "grid_posterior: log p̃(" << theta[i] << ") = " << log_p[i] << "; it must be finite or −∞";
            throw DomainError(msg.str());
        }
        max_log_p = std::max(max_log_p, log_p[i]);
    }
    if (max_log_p == -std::numeric_limits<double>::infinity())
        throw DomainError("grid_posterior: log p̃ is −∞ at every grid point; the grid misses the posterior's support");
    return log_p;
}
}  // namespace

GridPosterior grid_posterior(const std::function<double(double)>& log_unnormalised, double a, double b, std::size_t n) {
    if (n < 2 || !(b > a) || !std::isfinite(a) || !std::isfinite(b)) {
        std::ostringstream msg;
        msg << "grid_posterior: need n ≥ 2 points (got " << n << ") on a finite interval a < b (got [" << a << ", " << b << "])";
        throw DomainError(msg.str());
    }
    const double h = (b - a) / static_cast<double>(n - 1);
    Vector theta(n);
    for (std::size_t i = 0; i < n; ++i) theta[i] = a + h * static_cast<double>(i);
    const Vector log_p = log_density_on_grid(log_unnormalised, theta);
    const double max_log_p = *std::max_element(log_p.begin(), log_p.end());
    Vector density(n);
    for (std::size_t i = 0; i < n; ++i) density[i] = std::exp(log_p[i] - max_log_p);  // log-sum-exp: the peak is e⁰ = 1
    // Trapezoidal rule for Z = ∫ p̃, then the mean and variance of the normalised density.
    auto trapezoid = [&](auto g) {
        double s = 0.5 * (g(0) + g(n - 1));
        for (std::size_t i = 1; i + 1 < n; ++i) s += g(i);
        return s * h;
    };
    const double Z = trapezoid([&](std::size_t i) { return density[i]; });
    density /= Z;
    const double m = trapezoid([&](std::size_t i) { return theta[i] * density[i]; });
    const double v = trapezoid([&](std::size_t i) { return (theta[i] - m) * (theta[i] - m) * density[i]; });
    return {theta, density, m, v};
}

MHStep metropolis_hastings_step(const std::function<double(const Vector&)>& log_target, const Vector& theta,
                                double log_p, const Vector& step_size, Rng& rng) {
    require_same_size("metropolis_hastings_step (θ and the step sizes)", theta, step_size);
    Vector proposal = theta;
    for (std::size_t d = 0; d < theta.size(); ++d) proposal[d] += step_size[d] * rng.normal();  // θ′ = θ + s·z
    const double log_p_new = log_target(proposal);
    if (std::isnan(log_p_new)) throw DomainError("metropolis_hastings_step: log p̃(θ′) is NaN; return −∞ outside the support");
    // Accept with probability min(1, p̃(θ′)/p̃(θ)): log u < log p̃(θ′) − log p̃(θ). (−∞ is always rejected.)
    const double log_u = std::log(rng.uniform());
    if (log_u < log_p_new - log_p) return {proposal, log_p_new, true};
    return {theta, log_p, false};
}

MCMCResult metropolis_hastings(const std::function<double(const Vector&)>& log_target, const Vector& theta0,
                               const Vector& step_size, std::size_t n_samples, std::size_t burn_in, Rng& rng) {
    require_same_size("metropolis_hastings (θ₀ and the step sizes)", theta0, step_size);
    for (double s : step_size)
        if (!(s > 0.0) || !std::isfinite(s)) {
            std::ostringstream msg;
            msg << "metropolis_hastings: step size " << s << " must be positive and finite";
            throw DomainError(msg.str());
        }
    if (n_samples == 0) throw DomainError("metropolis_hastings: n_samples must be at least 1");
    double log_p = log_target(theta0);
    if (!std::isfinite(log_p))
        throw DomainError("metropolis_hastings: log p̃(θ₀) is not finite; start the chain inside the posterior's support");
    MCMCResult result{Matrix(n_samples, theta0.size()), 0.0};
    Vector theta = theta0;
    std::size_t accepted = 0;
    for (std::size_t t = 0; t < burn_in + n_samples; ++t) {
        const MHStep step = metropolis_hastings_step(log_target, theta, log_p, step_size, rng);
        theta = step.theta;
        log_p = step.log_p;
        accepted += step.accepted;
        if (t >= burn_in) result.samples.set_row(t - burn_in, theta);
    }
    result.acceptance_rate = static_cast<double>(accepted) / static_cast<double>(burn_in + n_samples);
    return result;
}

double autocorrelation(const Vector& chain, std::size_t lag) {
    require_examples("autocorrelation", chain.size(), lag + 1);
    const Vector centred = chain - Vector(chain.size(), mean(chain));  // xₜ − x̄
    const double den = dot(centred, centred);
    if (den == 0.0) throw DomainError("autocorrelation: the chain is constant (it never moved); reduce the step size");
    // Σₜ (xₜ − x̄)(xₜ₊ₖ − x̄): the centred chain against itself shifted by k.
    return dot(centred.data(), 1, centred.data() + lag, 1, chain.size() - lag) / den;
}

double effective_sample_size(const Vector& chain) {
    const std::size_t N = chain.size();
    require_examples("effective_sample_size", N, 4);
    // Geyer: Γₘ = ρ₂ₘ + ρ₂ₘ₊₁ (with ρ₀ = 1) is positive for a reversible chain; sum Γₘ until the
    // first one that is not (there the estimates are noise), then 1 + 2Σₖ≥₁ ρₖ = −1 + 2Σₘ Γₘ.
    double sum_pairs = 0.0;
    for (std::size_t m = 0; 2 * m + 1 < N; ++m) {
        const double pair = (m == 0 ? 1.0 : autocorrelation(chain, 2 * m)) + autocorrelation(chain, 2 * m + 1);
        if (pair <= 0.0) break;
        sum_pairs += pair;
    }
    const double tau = std::max(-1.0 + 2.0 * sum_pairs, 1e-12);  // the integrated autocorrelation time
    return static_cast<double>(N) / tau;
}

}  // namespace mml
