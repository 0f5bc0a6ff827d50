#include "testing.hpp"
#include "unit4.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

// With γ = 0.01 and 200 epochs SGD settles within about 0.02 of the least-squares θ (its noise floor).
TEST_CASE("4.05 SGD regression: close to the least-squares solution") {
    Rng data(405);
    const mml::testing::LineData line = mml::testing::noisy_line(data, 200, 0.5, -1.5, 0.1);
    const Matrix& X = line.X;
    const Vector& y = line.y;
    Rng rng(4051);
    const Vector theta = exercises::sgd_linear_regression(X, y, 0.01, 200, rng);
    CHECK(theta == near(least_squares(X, y), 0.02));
    Rng same(4051);
    CHECK(exercises::sgd_linear_regression(X, y, 0.01, 200, same) == theta);  // reproducible with the seed
    const Vector short_y(3);
    CHECK_THROWS_AS(exercises::sgd_linear_regression(X, short_y, 0.01, 1, rng), DimensionError);
}
