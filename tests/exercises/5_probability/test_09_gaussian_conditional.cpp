#include "testing.hpp"
#include "unit5.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("5.09 conditional Gaussian: MML Example 6.6") {
    const Vector mu{0, 2};
    const Matrix Sigma{{0.3, -1}, {-1, 5}};
    const auto [mean, variance] = exercises::bivariate_conditional(mu, Sigma, -1.0);
    CHECK(mean == doctest::Approx(0.6).epsilon(1e-14));
    CHECK(variance == doctest::Approx(0.1).epsilon(1e-13));
}

// Against MultivariateNormal::conditional on random SPD covariances; the variance never exceeds Σ₁₁.
TEST_CASE("5.09 conditional Gaussian: agrees with MultivariateNormal::conditional (seeded random)") {
    Rng rng(509);
    for (int trial = 0; trial < 30; ++trial) {
        const Matrix Sigma = testing::random_spd(rng, 2);
        const Vector mu = testing::random_vector(rng, 2);
        const double x2 = 3 * rng.normal();
        const auto [mean, variance] = exercises::bivariate_conditional(mu, Sigma, x2);
        const Vector given{x2};
        const auto c = MultivariateNormal(mu, Sigma).conditional({0}, {1}, given);
        CHECK(mean == doctest::Approx(c.mean()[0]).epsilon(1e-12));
        CHECK(variance == doctest::Approx(c.covariance()(0, 0)).epsilon(1e-12));
        CHECK(variance <= Sigma(0, 0));
    }
    const Vector mu{0, 0};
    const Matrix bad{{1, 0}, {0, 0}};
    CHECK_THROWS_AS(exercises::bivariate_conditional(mu, bad, 1.0), DomainError);
}
