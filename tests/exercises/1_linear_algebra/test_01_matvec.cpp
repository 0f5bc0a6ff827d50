// Tests for exercise 1.01, the matrix–vector product.
#include "testing.hpp"
#include "unit1.hpp"

#include <doctest/doctest.h>

using namespace mml;
using mml::testing::near;

TEST_CASE("1.01 matvec: known values (exact arithmetic)") {
    const Matrix A{{1, 2}, {3, 4}};
    const Vector x{1, 1};
    CHECK(exercises::matvec(A, x) == Vector{3, 7});
    const Matrix B{{1, 0, 2}, {0, 1, -1}};  // 2x3 times a 3-vector gives a 2-vector
    const Vector z{1, 2, 3};
    CHECK(exercises::matvec(B, z) == Vector{7, -1});
    // The identity leaves every vector unchanged.
    CHECK(exercises::matvec(Matrix::identity(3), z) == z);
}

// Against the library's product on seeded random shapes. Each entry is a sum of at most 30
// products of numbers in [-1, 1); summation order may differ, so allow 1e-13 (≈ 30 roundings).
TEST_CASE("1.01 matvec: agrees with A * x and is linear (seeded random)") {
    Rng rng(101);
    for (int trial = 0; trial < 40; ++trial) {
        const auto m = 1 + rng.uniform_int(30), n = 1 + rng.uniform_int(30);
        const Matrix A = testing::random_matrix(rng, m, n);
        const Vector x = testing::random_vector(rng, n), y = testing::random_vector(rng, n);
        CHECK(exercises::matvec(A, x) == near(A * x, 1e-13));
        // Linearity: A(2x + y) = 2Ax + Ay.
        CHECK(exercises::matvec(A, 2.0 * x + y) == near(2.0 * exercises::matvec(A, x) + exercises::matvec(A, y), 1e-13));
    }
}

TEST_CASE("1.01 matvec: a vector of the wrong size throws DimensionError") {
    const Matrix A{{1, 2}, {3, 4}};
    const Vector x{1, 2, 3};
    CHECK_THROWS_AS(exercises::matvec(A, x), DimensionError);
}
