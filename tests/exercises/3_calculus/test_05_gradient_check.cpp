#include "testing.hpp"
#include "unit3.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

namespace {
// f₁ = xᵀBx + xᵀx − aᵀx + bᵀx with B = [[3, −1], [−1, 3]], a = [1, 0], b = [0, −1].
double f1(const Vector& x) {
    return 3 * x[0] * x[0] - 2 * x[0] * x[1] + 3 * x[1] * x[1] + x[0] * x[0] + x[1] * x[1] - x[0] - x[1];
}
Vector grad_f1(const Vector& x) { return Vector{8 * x[0] - 2 * x[1] - 1, -2 * x[0] + 8 * x[1] - 1}; }
Vector wrong_grad_f1(const Vector& x) { return Vector{8 * x[0] - 2 * x[1] + 1, -2 * x[0] + 8 * x[1] - 1}; }  // sign of a wrong
}  // namespace

TEST_CASE("3.05 gradient check: accepts the right gradient, rejects a wrong one") {
    Rng rng(305);
    for (int trial = 0; trial < 10; ++trial) {
        const Vector x = testing::random_vector(rng, 2);
        CHECK(exercises::gradient_check(f1, grad_f1, x, 1e-5) < 1e-8);
        CHECK(exercises::gradient_check(f1, wrong_grad_f1, x, 1e-5) > 1e-3);
    }
}

TEST_CASE("3.05 gradient check: bad input throws typed errors") {
    const Vector x{0.1, 0.2};
    auto short_grad = [](const Vector&) { return Vector{1.0}; };
    CHECK_THROWS_AS(exercises::gradient_check(f1, short_grad, x, 1e-5), DimensionError);
    CHECK_THROWS_AS(exercises::gradient_check(f1, grad_f1, x, -1.0), DomainError);
}
