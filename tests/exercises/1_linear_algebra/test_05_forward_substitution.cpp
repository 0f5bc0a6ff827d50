#include "testing.hpp"
#include "unit1.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("1.05 forward substitution: known values") {
    const Matrix L{{2, 0, 0}, {1, 1, 0}, {1, 2, 4}};
    const Vector b{2, 3, 17};
    CHECK(exercises::forward_substitution(L, b) == near(Vector{1, 2, 3}, 1e-15));
    Matrix with_junk = L;  // entries above the diagonal are ignored
    with_junk(0, 2) = 42.0;
    CHECK(exercises::forward_substitution(with_junk, b) == near(Vector{1, 2, 3}, 1e-15));
}

// Random lower-triangular L with diagonal in [1, 2): residual ‖Lx − b‖ within 1e-12 (n ≤ 30 steps).
TEST_CASE("1.05 forward substitution: L x = b on seeded random systems, and with the L of lu()") {
    Rng rng(105);
    for (int trial = 0; trial < 30; ++trial) {
        const auto n = 1 + rng.uniform_int(30);
        Matrix L = testing::random_matrix(rng, n, n);
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = i + 1; j < n; ++j) L(i, j) = 0.0;
            L(i, i) = 1.0 + rng.uniform();
        }
        const Vector b = testing::random_vector(rng, n);
        CHECK(L * exercises::forward_substitution(L, b) == near(b, 1e-12));
    }
    const Matrix A = testing::random_matrix(rng, 6, 6);
    const auto [L, U, P, perm, sign] = lu(A);
    const Vector b = testing::random_vector(rng, 6);
    const Vector y = exercises::forward_substitution(L, P * b);  // the first half of solve(A, b)
    CHECK(U * solve(A, b) == near(y, 1e-12));
}

TEST_CASE("1.05 forward substitution: bad input throws typed errors") {
    const Matrix singular{{1, 0}, {2, 0}};
    const Vector b{1, 1};
    CHECK_THROWS_AS(exercises::forward_substitution(singular, b), SingularMatrixError);
    const Matrix wide(2, 3);
    CHECK_THROWS_AS(exercises::forward_substitution(wide, b), DimensionError);
    const Vector b3{1, 2, 3};
    CHECK_THROWS_AS(exercises::forward_substitution(Matrix::identity(2), b3), DimensionError);
}
