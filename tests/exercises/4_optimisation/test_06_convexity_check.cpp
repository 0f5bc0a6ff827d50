#include "testing.hpp"
#include "unit4.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("4.06 convexity: convex and non-convex examples") {
    Rng rng(406);
    const Vector lo{-2, -2}, hi{2, 2};
    CHECK(exercises::looks_convex([](const Vector& x) { return x[0] * x[0] + x[1] * x[1]; }, lo, hi, 1000, rng));
    CHECK(exercises::looks_convex([](const Vector& x) { return std::exp(x[0] - x[1]) + std::abs(x[1]); }, lo, hi, 1000, rng));
    CHECK_FALSE(exercises::looks_convex([](const Vector& x) { return std::sin(3 * x[0]); }, lo, hi, 1000, rng));
    CHECK_FALSE(exercises::looks_convex([](const Vector& x) { return -(x[0] * x[0]); }, lo, hi, 1000, rng));
    const Vector three(3);
    CHECK_THROWS_AS(exercises::looks_convex([](const Vector&) { return 0.0; }, lo, three, 10, rng), DimensionError);
}
