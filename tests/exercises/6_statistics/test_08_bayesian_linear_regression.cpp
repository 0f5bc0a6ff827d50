#include "testing.hpp"
#include "unit6.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("6.08 Bayesian linear regression: the worked example and the library") {
    const auto p = exercises::blr_posterior(Matrix{{1}, {1}}, Vector{1, 3}, 1.0, 1.0);
    CHECK(p.S == near(Matrix{{1.0 / 3.0}}, 1e-15));
    CHECK(p.m == near(Vector{4.0 / 3.0}, 1e-15));
    Rng rng(608);
    for (int trial = 0; trial < 10; ++trial) {
        const Vector x = mml::testing::random_vector(rng, 20);
        const Matrix Phi = polynomial_features(x, 3);
        const Vector y = mml::testing::random_vector(rng, 20);
        const double tau2 = 0.5 + rng.uniform(), sigma2 = 0.1 + rng.uniform();
        const auto e = exercises::blr_posterior(Phi, y, tau2, sigma2);
        const BayesianLinearRegression lib = bayesian_linear_regression(Phi, y, Vector(4), tau2 * Matrix::identity(4), sigma2);
        CHECK(e.m == near(lib.m, 1e-9));
        CHECK(e.S == near(lib.S, 1e-9));
        CHECK(e.m == near(ridge_regression(Phi, y, sigma2 / tau2), 1e-9));  // the MAP/ridge link
    }
    CHECK_THROWS_AS(exercises::blr_posterior(Matrix{{1}}, Vector{1}, 0.0, 1.0), DomainError);
    CHECK_THROWS_AS(exercises::blr_posterior(Matrix{{1}}, Vector{1, 2}, 1.0, 1.0), DimensionError);
}
