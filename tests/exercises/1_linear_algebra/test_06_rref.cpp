#include "testing.hpp"
#include "unit1.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("1.06 rref: MML Example 2.18 and the §2.3.1 system") {
    const Matrix A{{1, 2, 1}, {-2, -3, 1}, {3, 5, 0}};
    const auto [R, pivots] = exercises::my_rref(A, 1e-12);
    CHECK(R == near(Matrix{{1, 0, -5}, {0, 1, 3}, {0, 0, 0}}, 1e-14));
    CHECK(pivots == std::vector<std::size_t>{0, 1});
    const Matrix B{{1, 0, 8, -4, 42}, {0, 1, 2, 12, 8}};  // already reduced: unchanged
    const auto out = exercises::my_rref(B, 1e-12);
    CHECK(out.R == near(B, 0.0));
    CHECK(out.pivots == std::vector<std::size_t>{0, 1});
    const Matrix Z(2, 3);
    CHECK(exercises::my_rref(Z, 1e-12).pivots.empty());
}

// The RREF is unique, so it must agree with mml::rref_with_pivots on random matrices of every rank.
TEST_CASE("1.06 rref: agrees with mml::rref_with_pivots (seeded random, all ranks)") {
    Rng rng(106);
    for (int trial = 0; trial < 30; ++trial) {
        const auto m = 1 + rng.uniform_int(7), n = 1 + rng.uniform_int(7);
        const auto r = rng.uniform_int(std::min(m, n) + 1);
        const Matrix A = testing::random_matrix(rng, m, r) * testing::random_matrix(rng, r, n);
        const auto mine = exercises::my_rref(A, 1e-10);
        const auto lib = rref_with_pivots(A);
        CHECK(mine.pivots == lib.pivots);
        CHECK(mine.R == near(lib.R, 1e-8));  // RREF entries can be large when a pivot is small
        CHECK(mine.pivots.size() == r);
    }
}
