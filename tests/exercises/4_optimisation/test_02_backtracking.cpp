#include "testing.hpp"
#include "unit4.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("4.02 backtracking: the worked example") {
    auto f = [](const Vector& v) { return v[0] * v[0]; };
    const Vector x{1}, g{2};
    CHECK(exercises::backtracking_step(f, x, g, 1.0, 0.5, 0.5) == 0.5);
    CHECK(exercises::backtracking_step(f, x, g, 0.25, 0.5, 0.5) == 0.25);  // already acceptable
}

// The accepted step satisfies Armijo, and the previous (larger) step did not — on random quadratics.
TEST_CASE("4.02 backtracking: accepts the first step satisfying the Armijo condition") {
    Rng rng(402);
    for (int trial = 0; trial < 30; ++trial) {
        const Matrix A = testing::random_spd(rng, 3);
        auto f = [&](const Vector& v) { return 0.5 * (transpose(Matrix::from_columns({v})) * (A * v))[0]; };
        const Vector x = testing::random_vector(rng, 3), g = A * x;
        const double gg = g[0] * g[0] + g[1] * g[1] + g[2] * g[2];
        const double t = exercises::backtracking_step(f, x, g, 10.0, 0.5, 1e-4);
        CHECK(f(x - t * g) <= f(x) - 1e-4 * t * gg);
        if (t < 10.0) CHECK(f(x - 2 * t * g) > f(x) - 1e-4 * 2 * t * gg);
    }
    auto f = [](const Vector& v) { return v[0]; };
    const Vector x{1}, g{1};
    CHECK_THROWS_AS(exercises::backtracking_step(f, x, g, 1.0, 1.5, 0.5), DomainError);
}
