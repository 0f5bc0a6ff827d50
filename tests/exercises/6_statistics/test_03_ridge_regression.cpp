#include "testing.hpp"
#include "unit6.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("6.03 ridge: the worked example, lambda = 0, and the library's stacked least squares") {
    CHECK(exercises::ridge_fit(Matrix{{1, 1}}, Vector{2}, 1.0) == near(Vector{2.0 / 3.0, 2.0 / 3.0}, 1e-14));
    Rng rng(603);
    for (int trial = 0; trial < 20; ++trial) {
        const Matrix X = mml::testing::random_matrix(rng, 25, 5);
        const Vector y = mml::testing::random_vector(rng, 25);
        const double lambda = 2.0 * rng.uniform();
        CHECK(exercises::ridge_fit(X, y, lambda) == near(ridge_regression(X, y, lambda), 1e-11));
        CHECK(exercises::ridge_fit(X, y, 0.0) == near(least_squares(X, y), 1e-11));
    }
    CHECK_THROWS_AS(exercises::ridge_fit(Matrix{{1.0}}, Vector{1.0}, -1.0), DomainError);
    CHECK_THROWS_AS(exercises::ridge_fit(Matrix(3, 2, 1.0), Vector(2), 1.0), DimensionError);
}
