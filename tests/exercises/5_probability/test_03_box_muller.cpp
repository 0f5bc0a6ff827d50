#include "testing.hpp"
#include "unit5.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

// Means 0, variances 1, correlation 0 (4 standard errors, N = 100 000), and P(|Z| ≤ 1) ≈ 0.6827.
TEST_CASE("5.03 Box-Muller: two independent standard normals") {
    Rng rng(503);
    const int N = 100000;
    double s1 = 0, s2 = 0, q1 = 0, q2 = 0, c = 0;
    int within = 0;
    for (int i = 0; i < N; ++i) {
        const auto [z1, z2] = exercises::box_muller(rng);
        s1 += z1;
        s2 += z2;
        q1 += z1 * z1;
        q2 += z2 * z2;
        c += z1 * z2;
        within += std::abs(z1) <= 1.0;
    }
    const double se = 1 / std::sqrt(static_cast<double>(N));
    CHECK(std::abs(s1 / N) < 4 * se);
    CHECK(std::abs(s2 / N) < 4 * se);
    CHECK(std::abs(q1 / N - 1) < 4 * std::sqrt(2.0) * se);
    CHECK(std::abs(q2 / N - 1) < 4 * std::sqrt(2.0) * se);
    CHECK(std::abs(c / N) < 4 * se);
    const double p = normal_cdf(1) - normal_cdf(-1);
    CHECK(std::abs(within / static_cast<double>(N) - p) < 4 * std::sqrt(p * (1 - p) / N));
}
