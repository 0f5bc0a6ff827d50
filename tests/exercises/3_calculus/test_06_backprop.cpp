#include "testing.hpp"
#include "unit3.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

// The hand-written backward pass equals reverse-mode autodiff on the same network (to 1e-13).
TEST_CASE("3.06 backprop: equals reverse-mode autodiff (seeded random networks)") {
    Rng rng(306);
    for (int trial = 0; trial < 10; ++trial) {
        const std::size_t d = 3, h = 4;
        const Matrix W1 = testing::random_matrix(rng, h, d);
        const Vector b1 = testing::random_vector(rng, h), w2 = testing::random_vector(rng, h), x = testing::random_vector(rng, d);
        const double b2 = rng.uniform(), y = rng.uniform();
        const auto g = exercises::backprop_two_layer(W1, b1, w2, b2, x, y);
        // θ = [W1 row-major (12), b1 (4), w2 (4), b2 (1)]
        Vector theta(21);
        for (std::size_t k = 0; k < 12; ++k) theta[k] = W1.data()[k];
        for (std::size_t k = 0; k < 4; ++k) {
            theta[12 + k] = b1[k];
            theta[16 + k] = w2[k];
        }
        theta[20] = b2;
        auto loss = [&](const auto& t) {
            auto out = t[20];
            for (std::size_t k = 0; k < h; ++k) {
                auto z = t[12 + k];
                for (std::size_t j = 0; j < d; ++j) z = z + t[k * d + j] * x[j];
                out = out + t[16 + k] * tanh(z);
            }
            auto r = out - y;
            return 0.5 * r * r;
        };
        const Vector expected = grad_reverse(loss, theta);
        for (std::size_t k = 0; k < 12; ++k) CHECK(g.dW1.data()[k] == doctest::Approx(expected[k]).epsilon(1e-13));
        for (std::size_t k = 0; k < 4; ++k) {
            CHECK(g.db1[k] == doctest::Approx(expected[12 + k]).epsilon(1e-13));
            CHECK(g.dw2[k] == doctest::Approx(expected[16 + k]).epsilon(1e-13));
        }
        CHECK(g.db2 == doctest::Approx(expected[20]).epsilon(1e-13));
    }
}

TEST_CASE("3.06 backprop: a perfect prediction has zero gradient") {
    const Matrix W1{{1, 0}, {0, 1}};
    const Vector b1{0, 0}, w2{1, 1}, x{0.2, -0.1};
    const double y = std::tanh(0.2) + std::tanh(-0.1) + 0.5;
    const auto g = exercises::backprop_two_layer(W1, b1, w2, 0.5, x, y);
    CHECK(std::abs(g.db2) < 1e-15);
    CHECK(g.dW1 == near(Matrix(2, 2), 1e-15));
}

TEST_CASE("3.06 backprop: inconsistent sizes throw DimensionError") {
    const Matrix W1(2, 3);
    const Vector b1(2), w2(2), x(2);
    CHECK_THROWS_AS(exercises::backprop_two_layer(W1, b1, w2, 0.0, x, 0.0), DimensionError);
}
