#include "testing.hpp"
#include "unit3.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("3.09 Simpson: exact for cubics, and the course's integral") {
    CHECK(exercises::simpson([](double x) { return x * x * x; }, 0, 2, 2) == doctest::Approx(4.0).epsilon(1e-15));
    const double root_pi = std::sqrt(std::acos(-1.0));
    CHECK(exercises::simpson([](double x) { return x * std::sin(x * x); }, 0, root_pi, 400) == doctest::Approx(1.0).epsilon(1e-8));
}

// Fourth order: doubling n divides the error by 16 (within 1%).
TEST_CASE("3.09 Simpson: the error falls by 16 when n doubles") {
    auto f = [](double x) { return std::exp(x); };
    const double exact = std::exp(1.0) - 1.0;
    for (std::size_t n : {4u, 8u, 16u}) {
        const double e1 = std::abs(exercises::simpson(f, 0, 1, n) - exact);
        const double e2 = std::abs(exercises::simpson(f, 0, 1, 2 * n) - exact);
        CHECK(e1 / e2 == doctest::Approx(16.0).epsilon(0.01));
    }
}

TEST_CASE("3.09 Simpson: odd n throws DomainError") {
    CHECK_THROWS_AS(exercises::simpson([](double x) { return x; }, 0, 1, 3), DomainError);
}
