#include "testing.hpp"
#include "unit1.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("1.15 rank-k approximation: a diagonal example") {
    const Matrix A{{3, 0}, {0, 1}};
    CHECK(exercises::best_rank_k(A, 1) == near(Matrix{{3, 0}, {0, 0}}, 1e-14));
    CHECK(exercises::best_rank_k(A, 2) == near(A, 1e-14));
    CHECK(exercises::best_rank_k(A, 0) == near(Matrix(2, 2), 0.0));
}

// The error ‖A − Âₖ‖₂ (the largest singular value of the difference) equals σₖ, and Âₖ has rank k.
TEST_CASE("1.15 rank-k approximation: error σₖ and rank k (seeded random)") {
    Rng rng(115);
    for (int trial = 0; trial < 8; ++trial) {
        const auto m = 2 + rng.uniform_int(8), n = 2 + rng.uniform_int(8);
        const Matrix A = testing::random_matrix(rng, m, n);
        const Vector S = svd(A).S;
        for (std::size_t k = 1; k < std::min(m, n); ++k) {
            const Matrix Ak = exercises::best_rank_k(A, k);
            CHECK(rank(Ak) == k);
            CHECK(svd(A - Ak).S[0] == doctest::Approx(S[k]).epsilon(1e-10));
        }
    }
}

TEST_CASE("1.15 rank-k approximation: k too large throws DimensionError") {
    const Matrix A(2, 3);
    CHECK_THROWS_AS(exercises::best_rank_k(A, 3), DimensionError);
}
