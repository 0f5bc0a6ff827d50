#include "testing.hpp"
#include "unit2.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace mml;
using mml::testing::near;

TEST_CASE("2.03 Gram matrix: the worked example") {
    const Matrix A{{2, 0}, {0, 1}};
    const Matrix B{{1, 0}, {1, 1}};
    CHECK(exercises::gram_matrix_of(A, B) == near(Matrix{{3, 1}, {1, 1}}, 1e-15));
}

// ⟨Bλ, Bμ⟩_A = λᵀGμ for random SPD A, bases B and coordinates (1e-12: sums of O(n) products).
TEST_CASE("2.03 Gram matrix: inner products in coordinates, symmetry (seeded random)") {
    Rng rng(2003);
    for (int trial = 0; trial < 20; ++trial) {
        const auto n = 2 + rng.uniform_int(5), k = 1 + rng.uniform_int(n);
        const Matrix A = testing::random_spd(rng, n), B = testing::random_matrix(rng, n, k);
        const Matrix G = exercises::gram_matrix_of(A, B);
        CHECK(G == near(transpose(G), 1e-12));
        const Vector l = testing::random_vector(rng, k), m = testing::random_vector(rng, k);
        const InnerProduct ip(A);
        CHECK(ip(B * l, B * m) == doctest::Approx(dot(l, G * m)).epsilon(1e-12).scale(1.0));
        CHECK(G == near(gram_matrix(B, ip), 1e-12));
    }
    const Matrix A(2, 3), B(2, 2);
    CHECK_THROWS_AS(exercises::gram_matrix_of(A, B), DimensionError);
}
