#include "testing.hpp"
#include "unit3.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("3.01 fd gradient: MML Example 5.15") {
    auto f = [](const Vector& v) { return v[0] * v[0] + 2 * v[0] * v[1] + v[1] * v[1] * v[1]; };
    const Vector p{1, 2};
    CHECK(exercises::fd_gradient(f, p, 1e-5) == near(Vector{6, 14}, 1e-9));
}

// Against automatic differentiation: central differences with h = 1e-5 are accurate to ~1e-9.
TEST_CASE("3.01 fd gradient: agrees with forward-mode autodiff (seeded random points)") {
    auto generic = [](const auto& v) { return sin(v[0] * v[1]) + exp(0.5 * v[2]) * v[0]; };
    Rng rng(301);
    for (int trial = 0; trial < 20; ++trial) {
        const Vector x = testing::random_vector(rng, 3);
        const Vector g = exercises::fd_gradient([&](const Vector& v) { return generic(v); }, x, 1e-5);
        CHECK(g == near(gradient(generic, x), 1e-8));
    }
}

TEST_CASE("3.01 fd gradient: a non-positive step throws DomainError") {
    const Vector x{1.0};
    CHECK_THROWS_AS(exercises::fd_gradient([](const Vector& v) { return v[0]; }, x, 0.0), DomainError);
}
