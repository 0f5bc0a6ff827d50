#include "testing.hpp"
#include "unit1.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("1.13 Householder: the example of the exercise text") {
    const Vector x{3, 4};
    const Matrix H = exercises::householder_reflection(x);
    CHECK(H == near(Matrix{{-0.6, -0.8}, {-0.8, 0.6}}, 1e-15));
    CHECK(H * x == near(Vector{-5, 0}, 1e-14));
    const Vector negative{-3, 4};  // sign(x₀) = −1 maps to +‖x‖ e₁
    CHECK(exercises::householder_reflection(negative) * negative == near(Vector{5, 0}, 1e-14));
}

// H x = −sign(x₀)‖x‖e₁, H = Hᵀ, HᵀH = I, det H = −1, all to 1e-13 (entries O(1), n ≤ 20).
TEST_CASE("1.13 Householder: maps x to the axis, symmetric, orthogonal, det -1 (seeded random)") {
    Rng rng(113);
    for (int trial = 0; trial < 30; ++trial) {
        const auto n = 1 + rng.uniform_int(20);
        const Vector x = testing::random_vector(rng, n);
        double len = 0.0;
        for (double xi : x) len += xi * xi;
        len = std::sqrt(len);
        const Matrix H = exercises::householder_reflection(x);
        Vector target(n);
        target[0] = x[0] >= 0.0 ? -len : len;
        CHECK(H * x == near(target, 1e-13));
        CHECK(H == near(transpose(H), 1e-15));
        CHECK(transpose(H) * H == near(Matrix::identity(n), 1e-13));
        CHECK(det(H) == doctest::Approx(-1.0).epsilon(1e-12));
    }
}

TEST_CASE("1.13 Householder: the zero vector throws DomainError") {
    const Vector zero(3);
    CHECK_THROWS_AS(exercises::householder_reflection(zero), DomainError);
}
