#include "testing.hpp"
#include "unit4.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

namespace {
Vector grad_7_1(const Vector& x) { return Vector{2 * x[0] + x[1] - 5, x[0] + 20 * x[1] - 3}; }
}  // namespace

TEST_CASE("4.01 gradient descent: MML Example 7.1") {
    const Vector x0{-3, -1};
    CHECK(exercises::gradient_descent_steps(grad_7_1, x0, 0.085, 1) == near(Vector{-1.98, 1.21}, 1e-12));
    const Vector x2 = exercises::gradient_descent_steps(grad_7_1, x0, 0.085, 2);
    CHECK(x2[0] == doctest::Approx(-1.32).epsilon(0.01));
    CHECK(x2[1] == doctest::Approx(-0.42).epsilon(0.03));
    CHECK(exercises::gradient_descent_steps(grad_7_1, x0, 0.085, 2000) == near(Vector{97.0 / 39, 1.0 / 39}, 1e-9));
}

TEST_CASE("4.01 gradient descent: zero steps, agreement with mml::gradient_descent, bad step") {
    const Vector x0{-3, -1};
    CHECK(exercises::gradient_descent_steps(grad_7_1, x0, 0.085, 0) == x0);
    OptimOptions o;
    o.learning_rate = 0.05;
    o.max_iterations = 37;
    o.tolerance = 0.0;
    const auto lib = gradient_descent([](const Vector& x) { return x[0] * x[0] + 0.5 * x[0] * x[1] * 2 / 2 + 10 * x[1] * x[1] - 5 * x[0] - 3 * x[1]; }, grad_7_1, x0, o);
    CHECK(exercises::gradient_descent_steps(grad_7_1, x0, 0.05, 37) == near(lib.x, 1e-14));
    CHECK_THROWS_AS(exercises::gradient_descent_steps(grad_7_1, x0, 0.0, 3), DomainError);
}
