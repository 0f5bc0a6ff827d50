#include "testing.hpp"
#include "unit1.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("1.12 Cholesky: known factors") {
    const Matrix A{{4, 2}, {2, 2}};
    CHECK(exercises::my_cholesky(A) == near(Matrix{{2, 0}, {1, 1}}, 1e-15));
    const Matrix D{{9, 0, 0}, {0, 4, 0}, {0, 0, 1}};
    CHECK(exercises::my_cholesky(D) == near(Matrix{{3, 0, 0}, {0, 2, 0}, {0, 0, 1}}, 1e-15));
}

// A = L Lᵀ to 1e-12 relative on random SPD matrices BᵀB + nI, and the factor equals mml::cholesky (it is unique).
TEST_CASE("1.12 Cholesky: A = L Lᵀ and agreement with mml::cholesky (seeded random)") {
    Rng rng(112);
    for (int trial = 0; trial < 25; ++trial) {
        const auto n = 1 + rng.uniform_int(15);
        const Matrix A = testing::random_spd(rng, n);
        const Matrix L = exercises::my_cholesky(A);
        CHECK(L * transpose(L) == near(A, 1e-12));
        CHECK(L == near(cholesky(A), 1e-12));
    }
}

TEST_CASE("1.12 Cholesky: an indefinite matrix throws DomainError") {
    const Matrix indefinite{{1, 2}, {2, 1}};
    CHECK_THROWS_AS(exercises::my_cholesky(indefinite), DomainError);
}
