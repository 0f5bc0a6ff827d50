#include "testing.hpp"
#include "unit7.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace mml;
using mml::testing::near;
using mml::testing::rel_near;

TEST_CASE("7.01 log-sum-exp: small values, against the library") {
    CHECK(exercises::my_log_sum_exp(Vector{0, 0}) == near(std::log(2.0), 1e-15));
    CHECK(exercises::my_log_sum_exp(Vector{3.0}) == near(3.0, 1e-15));
    Rng rng(701);
    for (int trial = 0; trial < 20; ++trial) {
        const Vector z = 10.0 * mml::testing::random_vector(rng, 6);
        CHECK(exercises::my_log_sum_exp(z) == rel_near(log_sum_exp(z), 1e-14));
    }
    CHECK_THROWS_AS(exercises::my_log_sum_exp(Vector{}), DimensionError);
}

TEST_CASE("7.01 log-sum-exp: no overflow at +1000, no underflow at -1000, and -infinity entries") {
    // The unshifted formula gives log(∞) = ∞ and log(0) = −∞ here.
    CHECK(exercises::my_log_sum_exp(Vector{1000, 1000}) == rel_near(1000 + std::log(2.0), 1e-15));
    CHECK(exercises::my_log_sum_exp(Vector{-1000, -1000}) == rel_near(-1000 + std::log(2.0), 1e-15));
    CHECK(exercises::my_log_sum_exp(Vector{1000, 0}) == rel_near(1000.0, 1e-15));
    const double inf = std::numeric_limits<double>::infinity();
    CHECK(exercises::my_log_sum_exp(Vector{-inf, 2.0}) == 2.0);
    CHECK(exercises::my_log_sum_exp(Vector{-inf, -inf}) == -inf);
}
