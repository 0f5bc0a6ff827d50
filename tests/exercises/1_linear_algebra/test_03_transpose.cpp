// Tests for exercise 1.03, the transpose.
#include "testing.hpp"
#include "unit1.hpp"

#include <doctest/doctest.h>

using namespace mml;

TEST_CASE("1.03 transpose: known values and shapes") {
    const Matrix A{{1, 2, 3}, {4, 5, 6}};
    const Matrix T = exercises::my_transpose(A);
    CHECK(T.rows() == 3);
    CHECK(T.cols() == 2);
    CHECK(T == Matrix{{1, 4}, {2, 5}, {3, 6}});
    const Matrix row{{1, 2, 3}};
    CHECK(exercises::my_transpose(row) == Matrix{{1}, {2}, {3}});
    CHECK(exercises::my_transpose(Matrix(0, 0)) == Matrix(0, 0));
}

// Transposing only moves numbers, so every comparison below is exact.
TEST_CASE("1.03 transpose: (Aᵀ)ᵀ = A, (A + B)ᵀ = Aᵀ + Bᵀ, agrees with mml::transpose (seeded random)") {
    Rng rng(103);
    for (int trial = 0; trial < 40; ++trial) {
        const auto m = 1 + rng.uniform_int(20), n = 1 + rng.uniform_int(20);
        const Matrix A = testing::random_matrix(rng, m, n), B = testing::random_matrix(rng, m, n);
        CHECK(exercises::my_transpose(A) == transpose(A));
        CHECK(exercises::my_transpose(exercises::my_transpose(A)) == A);
        CHECK(exercises::my_transpose(A + B) == exercises::my_transpose(A) + exercises::my_transpose(B));
    }
}
