#include "testing.hpp"
#include "unit6.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("6.02 normal equations: an exact line, and agreement with QR on random data") {
    CHECK(exercises::normal_equations_fit(Matrix{{1, 0}, {1, 1}, {1, 2}}, Vector{1, 3, 5}) == near(Vector{1, 2}, 1e-13));
    Rng rng(602);
    for (int trial = 0; trial < 20; ++trial) {
        const Matrix X = mml::testing::random_matrix(rng, 30, 4);
        const Vector y = mml::testing::random_vector(rng, 30);
        // Random 30×4 matrices have κ ~ 3, so the normal equations lose nothing visible here.
        CHECK(exercises::normal_equations_fit(X, y) == near(least_squares(X, y), 1e-11));
    }
    CHECK_THROWS_AS(exercises::normal_equations_fit(Matrix(3, 2, 1.0), Vector(2)), DimensionError);
}
