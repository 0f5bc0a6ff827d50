#include "testing.hpp"
#include "unit7.hpp"

#include <doctest/doctest.h>

using namespace mml;
using mml::testing::near;

TEST_CASE("7.03 M-step: component 1 of the worked example of MML §11.3") {
    // The book prints μ₁ = −2.7, σ₁² = 0.14, π₁ = 0.29; computed: N₁ = 2.0572, μ₁ = −2.7012,
    // σ₁² = 0.1440 (around the NEW mean: around the old −4 it would be 1.83), π₁ = 0.2939.
    const Matrix X{{-3}, {-2.5}, {-1}, {0}, {2}, {4}, {5}};
    const Matrix R = GaussianMixture{{1.0 / 3, 1.0 / 3, 1.0 / 3},
                                     {Vector{-4}, Vector{0}, Vector{8}},
                                     {Matrix{{1}}, Matrix{{0.2}}, Matrix{{3}}}}
                         .responsibilities(X);
    const auto u = exercises::m_step_component(X, R.col(0));
    CHECK(u.N_k == near(2.0572, 1e-4));
    CHECK(u.mean == near(Vector{-2.7012}, 1e-4));
    CHECK(u.covariance == near(Matrix{{0.1440}}, 1e-4));
    CHECK(u.weight == near(0.2939, 1e-4));  // Nₖ / N
}

TEST_CASE("7.03 M-step: against the library's M-step on random 3-D data") {
    Rng rng(703);
    const Matrix X = 2.0 * mml::testing::random_matrix(rng, 30, 3);
    Matrix R(30, 2);
    for (std::size_t n = 0; n < 30; ++n) {
        R(n, 0) = rng.uniform();
        R(n, 1) = 1.0 - R(n, 0);
    }
    const GaussianMixture expected = m_step(X, R);
    for (std::size_t k = 0; k < 2; ++k) {
        const auto u = exercises::m_step_component(X, R.col(k));
        CHECK(u.mean == near(expected.means[k], 1e-13));
        CHECK(u.covariance == near(expected.covariances[k], 1e-13));
        CHECK(u.weight == near(expected.weights[k], 1e-14));
    }
    CHECK_THROWS_AS(exercises::m_step_component(X, Vector(29, 0.5)), DimensionError);
}
