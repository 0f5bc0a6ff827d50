#include "testing.hpp"
#include "unit6.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("6.08 Bayesian linear regression: the worked example and the library") {
    // σ² = 1, τ² = 2: S_N = 1/(1/2 + 2) = 2/5, m_N = (2/5)·4 = 8/5. With the variances swapped the
    // answer would be S_N = 1/2, m_N = 1, so a swap cannot pass.
    const auto p = exercises::blr_posterior(Matrix{{1}, {1}}, Vector{1, 3}, {.noise_variance = 1.0, .prior_variance = 2.0});
    CHECK(p.S == near(Matrix{{0.4}}, 1e-15));
    CHECK(p.m == near(Vector{1.6}, 1e-15));
    Rng rng(608);
    for (int trial = 0; trial < 10; ++trial) {
        const Vector x = mml::testing::random_vector(rng, 20);
        const Matrix Phi = polynomial_features(x, 3);
        const Vector y = mml::testing::random_vector(rng, 20);
        const double tau2 = 0.5 + rng.uniform(), sigma2 = 0.1 + rng.uniform();
        const auto e = exercises::blr_posterior(Phi, y, {.noise_variance = sigma2, .prior_variance = tau2});
        const BayesianLinearRegression lib = bayesian_linear_regression(Phi, y, Vector(4), tau2 * Matrix::identity(4), sigma2);
        CHECK(e.m == near(lib.m, 1e-9));
        CHECK(e.S == near(lib.S, 1e-9));
        CHECK(e.m == near(map_linear_regression(Phi, y, {.noise_variance = sigma2, .prior_variance = tau2}), 1e-9));
    }
    const Matrix one{{1}};
    const Vector y1{1};
    CHECK_THROWS_AS(exercises::blr_posterior(one, y1, {.noise_variance = 1.0, .prior_variance = 0.0}), DomainError);
    CHECK_THROWS_AS(exercises::blr_posterior(one, y1, {.noise_variance = 0.0, .prior_variance = 1.0}), DomainError);
    CHECK_THROWS_AS(exercises::blr_posterior(one, y1, {.noise_variance = -1.0, .prior_variance = 1.0}), DomainError);
    CHECK_THROWS_AS(exercises::blr_posterior(one, Vector{1, 2}, {.noise_variance = 1.0, .prior_variance = 1.0}), DimensionError);
}
