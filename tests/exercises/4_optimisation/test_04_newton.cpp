#include "testing.hpp"
#include "unit4.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("4.04 Newton 1-D: x^2 - 2 ln x has its minimum at 1, reached quadratically") {
    auto df = [](double x) { return 2 * x - 2 / x; };
    auto d2f = [](double x) { return 2 + 2 / (x * x); };
    CHECK(exercises::newton_1d(df, d2f, 3.0, 1e-14) == doctest::Approx(1.0).epsilon(1e-14));
    CHECK(exercises::newton_1d(df, d2f, 0.2, 1e-14) == doctest::Approx(1.0).epsilon(1e-14));
    CHECK_THROWS_AS(exercises::newton_1d([](double) { return 1.0; }, [](double) { return 0.0; }, 0.0, 1e-12), DomainError);
}

TEST_CASE("4.04 Newton 2-D: a quadratic in one step; Rosenbrock with autodiff derivatives") {
    auto grad = [](const Vector& v) { return Vector{2 * (v[0] - 1), 20 * (v[1] + 2)}; };
    auto hess = [](const Vector&) { return Matrix{{2, 0}, {0, 20}}; };
    const Vector start{5, 5};
    CHECK(exercises::newton_2d(grad, hess, start, 1e-12) == near(Vector{1, -2}, 1e-14));
    auto rosen = [](const auto& x) { return (1.0 - x[0]) * (1.0 - x[0]) + 100.0 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0]); };
    const Vector near_min{0.8, 0.6};
    const Vector r = exercises::newton_2d([&](const Vector& x) { return gradient(rosen, x); },
                                          [&](const Vector& x) { return hessian(rosen, x); }, near_min, 1e-12);
    CHECK(r == near(Vector{1, 1}, 1e-10));
}
