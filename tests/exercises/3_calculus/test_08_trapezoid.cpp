#include "testing.hpp"
#include "unit3.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("3.08 trapezoid: known values") {
    auto inv = [](double x) { return 1.0 / x; };
    CHECK(exercises::trapezoid(inv, 1, 2, 1) == doctest::Approx(0.75));
    CHECK(exercises::trapezoid(inv, 1, 2, 4000) == doctest::Approx(std::log(2.0)).epsilon(1e-8));
    CHECK(exercises::trapezoid([](double x) { return 3 * x + 1; }, 0, 2, 1) == doctest::Approx(8.0));  // exact for lines
    CHECK(exercises::trapezoid(inv, 2, 1, 4000) == doctest::Approx(-std::log(2.0)).epsilon(1e-8));
    CHECK(exercises::trapezoid(inv, 1, 2, 50) == doctest::Approx(integrate_trapezoid(inv, 1, 2, 50)).epsilon(1e-14));
}

// Second order: doubling n divides the error by 4 (within 1%).
TEST_CASE("3.08 trapezoid: the error falls by 4 when n doubles") {
    auto f = [](double x) { return std::exp(x); };
    const double exact = std::exp(1.0) - 1.0;
    for (std::size_t n : {8u, 32u, 128u}) {
        const double e1 = std::abs(exercises::trapezoid(f, 0, 1, n) - exact);
        const double e2 = std::abs(exercises::trapezoid(f, 0, 1, 2 * n) - exact);
        CHECK(e1 / e2 == doctest::Approx(4.0).epsilon(0.01));
    }
    CHECK_THROWS_AS(exercises::trapezoid(f, 0, 1, 0), DomainError);
}
