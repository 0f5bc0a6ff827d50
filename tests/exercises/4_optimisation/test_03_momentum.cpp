#include "testing.hpp"
#include "unit4.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

namespace {
Vector grad_valley(const Vector& x) { return Vector{x[0], 100 * x[1]}; }  // f = ½(x₀² + 100 x₁²), κ = 100
}  // namespace

TEST_CASE("4.03 momentum: beta = 0 is gradient descent; agrees with mml::momentum") {
    const Vector x0{1, 1};
    Vector plain = x0;
    for (int k = 0; k < 5; ++k) plain = plain - 0.01 * grad_valley(plain);
    CHECK(exercises::momentum_steps(grad_valley, x0, 0.01, 0.0, 5) == near(plain, 1e-15));
    OptimOptions o;
    o.learning_rate = 0.01;
    o.momentum = 0.9;
    o.max_iterations = 50;
    o.tolerance = 0.0;
    const auto lib = momentum([](const Vector& x) { return 0.5 * (x[0] * x[0] + 100 * x[1] * x[1]); }, grad_valley, x0, o);
    CHECK(exercises::momentum_steps(grad_valley, x0, 0.01, 0.9, 50) == near(lib.x, 1e-13));
}

// On the κ = 100 valley, 300 momentum steps get much closer to the minimum than 300 plain steps.
TEST_CASE("4.03 momentum: faster than plain gradient descent in a narrow valley") {
    const Vector x0{1, 1};
    const Vector with = exercises::momentum_steps(grad_valley, x0, 0.01, 0.9, 300);
    const Vector without = exercises::momentum_steps(grad_valley, x0, 0.01, 0.0, 300);
    CHECK(std::abs(with[0]) < 0.01 * std::abs(without[0]));
    CHECK_THROWS_AS(exercises::momentum_steps(grad_valley, x0, 0.01, 1.0, 3), DomainError);
}
