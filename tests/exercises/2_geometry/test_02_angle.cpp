#include "testing.hpp"
#include "unit2.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace mml;
using mml::testing::near;

TEST_CASE("2.02 angle: MML Example 3.6 and right angles") {
    const Vector x{1, 1}, y{1, 2};
    CHECK(exercises::angle_between(x, y) == doctest::Approx(std::acos(3 / std::sqrt(10.0))).epsilon(1e-14));
    const Vector e1{1, 0, 0}, e2{0, 1, 0};
    CHECK(exercises::angle_between(e1, e2) == doctest::Approx(std::acos(0.0)));
}

// Parallel and anti-parallel vectors must give exactly 0 and π (never NaN), and the result agrees with mml::angle.
TEST_CASE("2.02 angle: parallel vectors are never NaN; agrees with mml::angle (seeded random)") {
    Rng rng(2002);
    for (int trial = 0; trial < 100; ++trial) {
        const Vector v = testing::random_vector(rng, 3);
        const double a = exercises::angle_between(v, 7.3 * v);
        CHECK_FALSE(std::isnan(a));
        CHECK(a == doctest::Approx(0.0).epsilon(1e-7).scale(1.0));
        CHECK(exercises::angle_between(v, -2.0 * v) == doctest::Approx(std::acos(-1.0)).epsilon(1e-7));
        const Vector w = testing::random_vector(rng, 3);
        CHECK(exercises::angle_between(v, w) == doctest::Approx(angle(v, w)).epsilon(1e-12));
    }
}

TEST_CASE("2.02 angle: a zero vector throws DomainError") {
    const Vector v{1, 2}, zero(2);
    CHECK_THROWS_AS(exercises::angle_between(v, zero), DomainError);
}
