#include "testing.hpp"
#include "unit6.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("6.09 Metropolis step: the same draws as the library, and the right distribution") {
    auto log_p = [](const Vector& t) { return -0.5 * (t[0] * t[0] + 4.0 * t[1] * t[1]); };  // N(0, diag(1, 1/4))
    // Step by step against mml::metropolis_hastings_step with the same seed (same order of draws).
    Rng a(609), b(609);
    Vector theta{1.0, -1.0}, lib_theta = theta;
    for (int t = 0; t < 200; ++t) {
        const auto mine = exercises::metropolis_step(log_p, theta, 0.8, a);
        const MHStep ref = metropolis_hastings_step(log_p, lib_theta, log_p(lib_theta), Vector{0.8, 0.8}, b);
        CHECK(mine.accepted == ref.accepted);
        CHECK(mine.theta == near(ref.theta, 1e-15));
        theta = mine.theta;
        lib_theta = ref.theta;
    }
    // A long chain has the target's moments: 40 000 steps, ESS in the thousands, so the mean is
    // within ~0.05 and the variances within ~10 %.
    Rng rng(610);
    Vector x(40000), z(40000);
    theta = Vector{0.0, 0.0};
    std::size_t accepted = 0;
    for (std::size_t t = 0; t < 40000; ++t) {
        const auto s = exercises::metropolis_step(log_p, theta, 0.8, rng);
        theta = s.theta;
        accepted += s.accepted;
        x[t] = theta[0];
        z[t] = theta[1];
    }
    CHECK(accepted > 10000);
    CHECK(accepted < 35000);
    CHECK(mean(x) == near(0.0, 0.1));
    CHECK(variance(x) == near(1.0, 0.15));
    CHECK(variance(z) == near(0.25, 0.04));
    CHECK_THROWS_AS(exercises::metropolis_step(log_p, theta, 0.0, rng), DomainError);
}
