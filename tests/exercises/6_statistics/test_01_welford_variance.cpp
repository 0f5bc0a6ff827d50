#include "testing.hpp"
#include "unit6.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("6.01 Welford: exact small data and a large offset") {
    CHECK(exercises::welford_variance(Vector{2, 4, 4, 4, 5, 5, 7, 9}) == near(32.0 / 7.0, 1e-14));
    // 1e9 + {4, 7, 13, 16}: deviations −6, −3, 3, 6 → Σ = 90, s² = 30. Welford is exact to ~1e-15
    // relative here (every quantity it subtracts is an integer below 2⁵³); the naive formula is not.
    CHECK(exercises::welford_variance(Vector{1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16}) == near(30.0, 1e-12));
    CHECK(exercises::welford_variance(Vector{10000001, 10000003, 10000002}) == near(1.0, 1e-14));  // NIST NumAcc1
    // Agrees with the library on seeded random data with an offset of 1e6.
    Rng rng(601);
    for (int trial = 0; trial < 20; ++trial) {
        Vector x(100);
        for (double& v : x) v = 1e6 + rng.normal();
        CHECK(exercises::welford_variance(x) == near(variance(x, 1), 1e-9));
    }
    CHECK_THROWS_AS(exercises::welford_variance(Vector{1.0}), DomainError);
}
