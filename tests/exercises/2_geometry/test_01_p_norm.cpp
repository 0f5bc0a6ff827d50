#include "testing.hpp"
#include "unit2.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace mml;
using mml::testing::near;

TEST_CASE("2.01 p-norm: known values") {
    const Vector x{3, -4};
    const double inf = std::numeric_limits<double>::infinity();
    CHECK(exercises::p_norm(x, 1) == doctest::Approx(7.0));
    CHECK(exercises::p_norm(x, 2) == doctest::Approx(5.0));
    CHECK(exercises::p_norm(x, inf) == 4.0);
    CHECK(exercises::p_norm(x, 3) == doctest::Approx(std::cbrt(91.0)));
}

// Unit balls: [0.6, 0.6] is inside the square (∞) and the disc (2) but outside the diamond (1).
TEST_CASE("2.01 p-norm: unit balls and agreement with mml::norm (seeded random)") {
    const double inf = std::numeric_limits<double>::infinity();
    const Vector corner{0.6, 0.6};
    CHECK(exercises::p_norm(corner, 1) > 1.0);
    CHECK(exercises::p_norm(corner, 2) < 1.0);
    CHECK(exercises::p_norm(corner, inf) < 1.0);
    Rng rng(2001);
    for (int trial = 0; trial < 50; ++trial) {
        const Vector v = testing::random_vector(rng, 1 + rng.uniform_int(8));
        for (double p : {1.0, 1.5, 2.0, 4.0}) CHECK(exercises::p_norm(v, p) == doctest::Approx(norm(v, p)).epsilon(1e-13));
        CHECK(exercises::p_norm(v, inf) == norm(v, inf));
        CHECK(exercises::p_norm(v, inf) <= exercises::p_norm(v, 2));  // ‖x‖_∞ ≤ ‖x‖₂ ≤ ‖x‖₁
        CHECK(exercises::p_norm(v, 2) <= exercises::p_norm(v, 1) * (1 + 1e-15));
    }
}

TEST_CASE("2.01 p-norm: p < 1 throws DomainError") {
    const Vector x{1, 2};
    CHECK_THROWS_AS(exercises::p_norm(x, 0.5), DomainError);
}
