#include "testing.hpp"
#include "unit5.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

#include <algorithm>
#include <vector>

// The mean of 100 000 draws is within 5 standard errors (σ/√N = 1/(λ√N)) of 1/λ; a KS test compares
// the empirical CDF with 1 − e^{−λx} (99.9% critical value 1.95/√N).
TEST_CASE("5.02 inverse transform: mean 1/rate and the exponential CDF (KS test)") {
    Rng rng(502);
    const int N = 100000;
    const double rate = 2.0;
    std::vector<double> xs(N);
    double sum = 0;
    for (double& x : xs) {
        x = exercises::sample_exponential(rng, rate);
        CHECK_FALSE(x < 0.0);
        sum += x;
    }
    CHECK(std::abs(sum / N - 0.5) < 5 * 0.5 / std::sqrt(static_cast<double>(N)));
    std::sort(xs.begin(), xs.end());
    double D = 0;
    for (int i = 0; i < N; ++i) {
        const double F = Exponential(rate).cdf(xs[static_cast<std::size_t>(i)]);
        D = std::max({D, std::abs(F - static_cast<double>(i) / N), std::abs(F - static_cast<double>(i + 1) / N)});
    }
    CHECK(D < 1.95 / std::sqrt(static_cast<double>(N)));
    CHECK_THROWS_AS(exercises::sample_exponential(rng, 0.0), DomainError);
}
