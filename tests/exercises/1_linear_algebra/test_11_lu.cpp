#include "testing.hpp"
#include "unit1.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("1.11 LU: the 2x2 example of the exercise text") {
    const Matrix A{{1, 2}, {3, 4}};
    const auto [L, U, P, perm, sign] = exercises::my_lu(A);
    CHECK(perm == std::vector<std::size_t>{1, 0});
    CHECK(sign == -1);
    CHECK(L == near(Matrix{{1, 0}, {1.0 / 3.0, 1}}, 1e-15));
    CHECK(U == near(Matrix{{3, 4}, {0, 2.0 / 3.0}}, 1e-15));
    CHECK(P == Matrix{{0, 1}, {1, 0}});
}

// P A = L U to 1e-12; L unit lower with |ℓᵢₖ| ≤ 1 (partial pivoting); U upper; same factors as mml::lu.
TEST_CASE("1.11 LU: P A = L U, triangular factors, agreement with mml::lu (seeded random)") {
    Rng rng(111);
    for (int trial = 0; trial < 30; ++trial) {
        const auto n = 1 + rng.uniform_int(12);
        const Matrix A = testing::random_matrix(rng, n, n);
        const auto mine = exercises::my_lu(A);
        CHECK(mine.P * A == near(mine.L * mine.U, 1e-12));
        for (std::size_t i = 0; i < n; ++i) {
            CHECK(mine.L(i, i) == 1.0);
            for (std::size_t j = i + 1; j < n; ++j) CHECK(mine.L(i, j) == 0.0);
            for (std::size_t j = 0; j < i; ++j) {
                CHECK(mine.U(i, j) == 0.0);
                CHECK(std::abs(mine.L(i, j)) <= 1.0);
            }
        }
        const auto lib = lu(A);
        CHECK(mine.perm == lib.perm);
        CHECK(mine.sign == lib.sign);
        CHECK(mine.U == near(lib.U, 1e-12));
    }
}

TEST_CASE("1.11 LU: a singular matrix throws SingularMatrixError") {
    const Matrix singular{{1, 2}, {2, 4}};
    CHECK_THROWS_AS(exercises::my_lu(singular), SingularMatrixError);
}
