// Tests for exercise 1.04, back substitution.
#include "testing.hpp"
#include "unit1.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("1.04 back substitution: known values") {
    const Matrix U{{2, 1, 1}, {0, 1, 2}, {0, 0, 4}};
    const Vector b{7, 8, 12};
    CHECK(exercises::back_substitution(U, b) == near(Vector{1, 2, 3}, 1e-15));
    // Entries below the diagonal are ignored: only the upper triangle is read.
    Matrix with_junk = U;
    with_junk(2, 0) = 99.0;
    with_junk(1, 0) = -5.0;
    CHECK(exercises::back_substitution(with_junk, b) == near(Vector{1, 2, 3}, 1e-15));
    const Matrix one{{4}};
    const Vector eight{8};
    CHECK(exercises::back_substitution(one, eight) == Vector{2});
}

// A random upper-triangular U with diagonal entries in [1, 2) is well conditioned enough that
// back substitution is accurate to about n·ε relative; we check the residual ‖Ux − b‖∞ ≤ 1e-12.
TEST_CASE("1.04 back substitution: U x = b on seeded random triangular systems") {
    Rng rng(104);
    for (int trial = 0; trial < 40; ++trial) {
        const auto n = 1 + rng.uniform_int(30);
        Matrix U = testing::random_matrix(rng, n, n);
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = 0; j < i; ++j) U(i, j) = 0.0;
            U(i, i) = 1.0 + rng.uniform();
        }
        const Vector x_true = testing::random_vector(rng, n);
        const Vector b = U * x_true;
        const Vector x = exercises::back_substitution(U, b);
        CHECK(U * x == near(b, 1e-12));
        CHECK(x == near(x_true, 1e-10));
    }
}

TEST_CASE("1.04 back substitution: a zero pivot throws SingularMatrixError") {
    const Matrix U{{1, 2}, {0, 0}};
    const Vector b{1, 1};
    CHECK_THROWS_AS(exercises::back_substitution(U, b), SingularMatrixError);
}

TEST_CASE("1.04 back substitution: wrong shapes throw DimensionError") {
    const Matrix not_square(2, 3);
    const Vector b2{1, 2};
    CHECK_THROWS_AS(exercises::back_substitution(not_square, b2), DimensionError);
    const Matrix U{{1, 2}, {0, 1}};
    const Vector b3{1, 2, 3};
    CHECK_THROWS_AS(exercises::back_substitution(U, b3), DimensionError);
}
