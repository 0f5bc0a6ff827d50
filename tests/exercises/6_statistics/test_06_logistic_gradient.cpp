#include "testing.hpp"
#include "unit6.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("6.06 logistic loss and gradient: theta = 0, autodiff, and no overflow") {
    const Matrix X{{1, 2}, {1, -1}, {1, 0.5}};
    const Vector y{1, 0, 1};
    const auto at_zero = exercises::logistic_loss_and_gradient(X, y, Vector(2));
    CHECK(at_zero.loss == near(3.0 * std::log(2.0), 1e-14));
    CHECK(at_zero.gradient == near(transpose(X) * (Vector(3, 0.5) - y), 1e-15));
    // Against the library's log-likelihood and autodiff of the loss written with Duals.
    Rng rng(606);
    for (int trial = 0; trial < 20; ++trial) {
        const Vector theta = 3.0 * mml::testing::random_vector(rng, 2);
        const auto r = exercises::logistic_loss_and_gradient(X, y, theta);
        CHECK(r.loss == near(-logistic_log_likelihood(X, y, theta), 1e-12));
        auto E = [&](const auto& t) {
            auto s = 0.0 * t[0];
            for (std::size_t n = 0; n < 3; ++n) {
                auto a = X(n, 0) * t[0] + X(n, 1) * t[1];
                s = s - y[n] * log(sigmoid(a)) - (1.0 - y[n]) * log(1.0 - sigmoid(a));
            }
            return s;
        };
        CHECK(r.gradient == near(gradient(E, theta), 1e-10));
    }
    // Large scores: the loss stays finite (≈ 1000 for the misclassified example), no NaN.
    const auto big = exercises::logistic_loss_and_gradient(Matrix{{1000.0}}, Vector{0.0}, Vector{1.0});
    CHECK(big.loss == near(1000.0, 1e-9));
    CHECK(big.gradient == near(Vector{1000.0}, 1e-9));
    CHECK_THROWS_AS(exercises::logistic_loss_and_gradient(X, y, Vector(3)), DimensionError);
}
