#include "testing.hpp"
#include "unit7.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("7.02 E-step: the worked example of MML §11.2") {
    // x = −3, −2.5, −1, 0, 2, 4, 5; π = ⅓ each, μ = −4, 0, 8, σ² = 1, 0.2, 3. The book's rows:
    // x = −1 → (0.057, 0.943, 0.000), x = 2 → (0.000, 0.066, 0.934).
    const Matrix X{{-3}, {-2.5}, {-1}, {0}, {2}, {4}, {5}};
    const Matrix R = exercises::e_step_responsibilities(X, {1.0 / 3, 1.0 / 3, 1.0 / 3}, {Vector{-4}, Vector{0}, Vector{8}},
                                                        {Matrix{{1}}, Matrix{{0.2}}, Matrix{{3}}});
    REQUIRE(R.rows() == 7);
    REQUIRE(R.cols() == 3);
    CHECK(R(2, 0) == near(0.057, 5e-4));
    CHECK(R(2, 1) == near(0.943, 5e-4));
    CHECK(R(4, 1) == near(0.066, 5e-4));
    CHECK(R(4, 2) == near(0.934, 5e-4));
    for (std::size_t n = 0; n < 7; ++n) CHECK(R(n, 0) + R(n, 1) + R(n, 2) == near(1.0, 1e-14));  // rows, not columns
}

TEST_CASE("7.02 E-step: against the library on random 2-D mixtures, and far from every mean") {
    Rng rng(702);
    for (int trial = 0; trial < 5; ++trial) {
        GaussianMixture model;
        const std::vector<double> w{0.2, 0.3, 0.5};
        for (std::size_t k = 0; k < 3; ++k) {
            model.weights.push_back(w[k]);
            model.means.push_back(3.0 * mml::testing::random_vector(rng, 2));
            model.covariances.push_back(0.5 * mml::testing::random_spd(rng, 2));
        }
        const Matrix X = 3.0 * mml::testing::random_matrix(rng, 15, 2);
        const Matrix R = exercises::e_step_responsibilities(X, model.weights, model.means, model.covariances);
        CHECK(R == near(model.responsibilities(X), 1e-12));  // the weights πₖ matter too
    }
    // 1000 away from both means every density is 0 in floating point: the direct formula gives
    // 0/0 = NaN; the log-space one gives the component with the wider spread.
    const Matrix far{{1000.0}};
    const Matrix R = exercises::e_step_responsibilities(far, {0.5, 0.5}, {Vector{0}, Vector{1}}, {Matrix{{1}}, Matrix{{4}}});
    CHECK(R == near(Matrix{{0.0, 1.0}}, 1e-12));
}
