#include "testing.hpp"
#include "unit1.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("1.08 null space: MML §2.3.1 (the minus-1 trick)") {
    const Matrix A{{1, 0, 8, -4}, {0, 1, 2, 12}};
    CHECK(exercises::my_null_space(A) == near(Matrix{{8, -4}, {2, 12}, {-1, 0}, {0, -1}}, 1e-14));
    CHECK(exercises::my_null_space(Matrix::identity(3)).cols() == 0);
    const Matrix ones{{1, 1}, {1, 1}};
    CHECK(exercises::my_null_space(ones) == near(Matrix{{1}, {-1}}, 1e-14));
}

// A N = 0, N has n − rank columns, and they are independent (rank N = number of columns).
TEST_CASE("1.08 null space: A N = 0 with n - rank independent columns (seeded random)") {
    Rng rng(108);
    for (int trial = 0; trial < 30; ++trial) {
        const auto m = 1 + rng.uniform_int(6), n = 1 + rng.uniform_int(7);
        const auto r = rng.uniform_int(std::min(m, n) + 1);
        const Matrix A = testing::random_matrix(rng, m, r) * testing::random_matrix(rng, r, n);
        const Matrix N = exercises::my_null_space(A);
        INFO("m = " << m << ", n = " << n << ", r = " << r);
        CHECK(N.rows() == n);
        CHECK(N.cols() == n - r);
        if (N.cols() > 0) {
            CHECK(A * N == near(Matrix(m, N.cols()), 1e-10));
            CHECK(rank(N) == N.cols());
        }
    }
}
