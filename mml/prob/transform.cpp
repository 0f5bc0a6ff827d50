#include "mml/prob/transform.hpp"

#include "mml/core/error.hpp"

namespace mml {

MonteCarloEstimate monte_carlo_expectation(const std::function<double(Rng&)>& sample_f, std::size_t N, Rng& rng) {
    if (N < 2) throw DomainError("monte_carlo_expectation: need N >= 2 samples to estimate a standard error");
    double mean = 0.0, m2 = 0.0;  // Welford: running mean and sum of squared deviations
    for (std::size_t n = 1; n <= N; ++n) {
        const double v = sample_f(rng);
        if (!std::isfinite(v)) throw DomainError("monte_carlo_expectation: a sample of f was not finite");
        const double delta = v - mean;
        mean += delta / static_cast<double>(n);
        m2 += delta * (v - mean);
    }
    const double variance = m2 / static_cast<double>(N - 1);
    return {mean, std::sqrt(variance / static_cast<double>(N)), N};
}

}  // namespace mml
