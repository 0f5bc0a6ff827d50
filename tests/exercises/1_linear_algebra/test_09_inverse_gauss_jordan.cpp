#include "testing.hpp"
#include "unit1.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("1.09 inverse: MML Example 2.9") {
    const Matrix A{{1, 0, 2, 0}, {1, 1, 0, 0}, {1, 2, 0, 1}, {1, 1, 1, 1}};
    const Matrix expected{{-1, 2, -2, 2}, {1, -1, 2, -2}, {1, -1, 1, -1}, {-1, 0, -1, 2}};
    CHECK(exercises::inverse_gauss_jordan(A) == near(expected, 1e-14));
    const Matrix needs_pivoting{{0, 1}, {1, 0}};  // the first pivot is zero: a row swap is required
    CHECK(exercises::inverse_gauss_jordan(needs_pivoting) == near(needs_pivoting, 1e-15));
}

// A A⁻¹ = I to 1e-12 on well-conditioned random matrices (diagonal shifted by 3), and agreement with mml::inverse.
TEST_CASE("1.09 inverse: A A⁻¹ = I and agreement with mml::inverse (seeded random)") {
    Rng rng(109);
    for (int trial = 0; trial < 30; ++trial) {
        const auto n = 1 + rng.uniform_int(12);
        const Matrix A = testing::random_matrix(rng, n, n) + 3.0 * Matrix::identity(n);
        const Matrix Ainv = exercises::inverse_gauss_jordan(A);
        CHECK(A * Ainv == near(Matrix::identity(n), 1e-12));
        CHECK(Ainv == near(inverse(A), 1e-12));
    }
}

TEST_CASE("1.09 inverse: singular and non-square input throw typed errors") {
    const Matrix singular{{1, 2}, {2, 4}};
    CHECK_THROWS_AS(exercises::inverse_gauss_jordan(singular), SingularMatrixError);
    const Matrix wide(2, 3);
    CHECK_THROWS_AS(exercises::inverse_gauss_jordan(wide), DimensionError);
}
