// Tests for exercise 1.02, the matrix product.
#include "testing.hpp"
#include "unit1.hpp"

#include <doctest/doctest.h>

using namespace mml;
using mml::testing::near;

TEST_CASE("1.02 matmul: known values (exact arithmetic)") {
    const Matrix A{{1, 2}, {3, 4}};
    const Matrix B{{5, 6}, {7, 8}};
    CHECK(exercises::matmul(A, B) == Matrix{{19, 22}, {43, 50}});
    CHECK(exercises::matmul(B, A) == Matrix{{23, 34}, {31, 46}});  // AB ≠ BA
    const Matrix row{{1, 2, 3}};
    const Matrix col{{4}, {5}, {6}};
    CHECK(exercises::matmul(row, col) == Matrix{{32}});  // 1x3 times 3x1: the dot product
    CHECK(exercises::matmul(col, row) == Matrix{{4, 8, 12}, {5, 10, 15}, {6, 12, 18}});  // the outer product
}

// Against the library's blocked product and the laws of matrix algebra on seeded random shapes.
// Entries are sums of at most 25 products of numbers in [-1, 1), so 1e-13 covers the rounding.
TEST_CASE("1.02 matmul: agrees with A * B; associative; (AB)ᵀ = BᵀAᵀ (seeded random)") {
    Rng rng(102);
    for (int trial = 0; trial < 30; ++trial) {
        const auto m = 1 + rng.uniform_int(25), p = 1 + rng.uniform_int(25), q = 1 + rng.uniform_int(25),
                   n = 1 + rng.uniform_int(25);
        const Matrix A = testing::random_matrix(rng, m, p), B = testing::random_matrix(rng, p, q),
                     C = testing::random_matrix(rng, q, n);
        const Matrix AB = exercises::matmul(A, B);
        CHECK(AB == near(A * B, 1e-13));
        CHECK(exercises::matmul(AB, C) == near(exercises::matmul(A, exercises::matmul(B, C)), 1e-12));
        CHECK(transpose(AB) == near(exercises::matmul(transpose(B), transpose(A)), 1e-13));
        CHECK(exercises::matmul(Matrix::identity(m), A) == A);
    }
}

TEST_CASE("1.02 matmul: mismatched inner dimensions throw DimensionError") {
    const Matrix A(2, 3), B(4, 2);
    CHECK_THROWS_AS(exercises::matmul(A, B), DimensionError);
}
