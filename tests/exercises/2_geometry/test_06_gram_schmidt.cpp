#include "testing.hpp"
#include "unit2.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace mml;
using mml::testing::near;

TEST_CASE("2.06 Gram-Schmidt: MML Example 3.12") {
    const Matrix B{{2, 1}, {0, 1}};
    CHECK(exercises::my_gram_schmidt(B) == near(Matrix{{1, 0}, {0, 1}}, 1e-15));
}

// QᵀQ = I, the same span (Q Qᵀ B = B), and the same result as mml::gram_schmidt.
TEST_CASE("2.06 Gram-Schmidt: orthonormal, same span (seeded random)") {
    Rng rng(2006);
    for (int trial = 0; trial < 30; ++trial) {
        const auto n = 2 + rng.uniform_int(6), k = 1 + rng.uniform_int(n);
        const Matrix B = testing::random_matrix(rng, n, k);
        const Matrix Q = exercises::my_gram_schmidt(B);
        CHECK(transpose(Q) * Q == near(Matrix::identity(k), 1e-12));
        CHECK(Q * (transpose(Q) * B) == near(B, 1e-12));
        CHECK(Q == near(gram_schmidt(B), 1e-10));
    }
    const Matrix dependent{{1, 2}, {1, 2}};
    CHECK_THROWS_AS(exercises::my_gram_schmidt(dependent), DomainError);
}
