#include "testing.hpp"
#include "unit1.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("1.07 rank: known values") {
    const Matrix A{{1, 2, 1}, {-2, -3, 1}, {3, 5, 0}};  // MML Example 2.18
    CHECK(exercises::my_rank(A) == 2);
    CHECK(exercises::my_rank(Matrix::identity(4)) == 4);
    CHECK(exercises::my_rank(Matrix(3, 5)) == 0);
    const Matrix ones{{1, 1, 1}, {1, 1, 1}};
    CHECK(exercises::my_rank(ones) == 1);
    const Matrix wide{{1, 0, 8, -4}, {0, 1, 2, 12}};
    CHECK(exercises::my_rank(wide) == 2);
}

// Products of random m×r and r×n factors have rank r exactly; the SVD-based mml::rank agrees.
TEST_CASE("1.07 rank: equals r for random rank-r products, and mml::rank (seeded random)") {
    Rng rng(107);
    for (int trial = 0; trial < 40; ++trial) {
        const auto m = 1 + rng.uniform_int(9), n = 1 + rng.uniform_int(9);
        const auto r = rng.uniform_int(std::min(m, n) + 1);
        const Matrix A = testing::random_matrix(rng, m, r) * testing::random_matrix(rng, r, n);
        INFO("m = " << m << ", n = " << n << ", r = " << r);
        CHECK(exercises::my_rank(A) == r);
        CHECK(exercises::my_rank(transpose(A)) == r);  // row rank = column rank
        CHECK(exercises::my_rank(A) == rank(A));
    }
}
