#include "testing.hpp"
#include "unit6.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("6.06 logistic loss and gradient: theta = 0, autodiff, and no overflow") {
    const Matrix X{{1, 2}, {1, -1}, {1, 0.5}};
    const Vector y{1, -1, 1};
    const auto at_zero = exercises::logistic_loss_and_gradient(X, y, Vector(2));
    CHECK(at_zero.loss == near(3.0 * std::log(2.0), 1e-14));
    CHECK(at_zero.gradient == near(-0.5 * (transpose(X) * y), 1e-15));  // −½Xᵀy = [−½, −1.25]
    // Against the library's log-likelihood and autodiff of E = Σ log(1 + e^{−yₙtₙ}) written with Duals.
    Rng rng(606);
    for (int trial = 0; trial < 20; ++trial) {
        const Vector theta = 3.0 * mml::testing::random_vector(rng, 2);
        const auto r = exercises::logistic_loss_and_gradient(X, y, theta);
        CHECK(r.loss == near(-logistic_log_likelihood(X, y, theta), 1e-12));
        auto E = [&](const auto& t) {
            auto s = 0.0 * t[0];
            for (std::size_t n = 0; n < 3; ++n) s = s + log(1.0 + exp(-y[n] * (X(n, 0) * t[0] + X(n, 1) * t[1])));
            return s;
        };
        CHECK(r.gradient == near(gradient(E, theta), 1e-10));
        CHECK(r.gradient == near(-1.0 * logistic_log_likelihood_gradient(X, y, theta), 1e-12));
    }
    // Large scores: the loss stays finite (≈ 1000 for the misclassified example), no NaN.
    const Matrix big_X{{1000.0}};
    const Vector big_y{-1.0}, big_theta{1.0};
    const auto big = exercises::logistic_loss_and_gradient(big_X, big_y, big_theta);
    CHECK(big.loss == near(1000.0, 1e-9));
    CHECK(big.gradient == near(Vector{1000.0}, 1e-9));
    CHECK_THROWS_AS(exercises::logistic_loss_and_gradient(X, y, Vector(3)), DimensionError);
    CHECK_THROWS_AS(exercises::logistic_loss_and_gradient(X, Vector(2, 1.0), Vector(2)), DimensionError);
    const Vector zero_one{1, 0, 1};  // 0/1 labels are refused: mml's labels are ±1
    CHECK_THROWS_AS(exercises::logistic_loss_and_gradient(X, zero_one, Vector(2)), DomainError);
}
