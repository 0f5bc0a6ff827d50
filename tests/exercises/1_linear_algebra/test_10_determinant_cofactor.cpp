#include "testing.hpp"
#include "unit1.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("1.10 determinant: MML Example 4.3 and small exact cases") {
    const Matrix A{{1, 2, 3}, {3, 1, 2}, {0, 0, 1}};
    CHECK(exercises::det_cofactor(A) == -5.0);
    const Matrix B{{1, 2}, {3, 4}};
    CHECK(exercises::det_cofactor(B) == -2.0);
    const Matrix one{{7}};
    CHECK(exercises::det_cofactor(one) == 7.0);
    CHECK(exercises::det_cofactor(Matrix::identity(6)) == 1.0);
    const Matrix singular{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    CHECK(exercises::det_cofactor(singular) == doctest::Approx(0.0));
}

// Cofactor expansion and LU compute the same number by different roundings: agree to 1e-12 relative.
TEST_CASE("1.10 determinant: agrees with mml::det (LU), and det(AB) = det(A) det(B) (seeded random)") {
    Rng rng(110);
    for (int trial = 0; trial < 25; ++trial) {
        const auto n = 1 + rng.uniform_int(6);
        const Matrix A = testing::random_matrix(rng, n, n), B = testing::random_matrix(rng, n, n);
        const double dA = exercises::det_cofactor(A);
        CHECK(dA == doctest::Approx(det(A)).epsilon(1e-12).scale(1.0));
        CHECK(exercises::det_cofactor(A * B) == doctest::Approx(dA * exercises::det_cofactor(B)).epsilon(1e-12).scale(1.0));
    }
}

TEST_CASE("1.10 determinant: a non-square matrix throws DimensionError") {
    const Matrix wide(2, 3);
    CHECK_THROWS_AS(exercises::det_cofactor(wide), DimensionError);
}
