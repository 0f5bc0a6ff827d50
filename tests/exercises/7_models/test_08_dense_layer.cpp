#include "testing.hpp"
#include "unit7.hpp"

#include <doctest/doctest.h>

using namespace mml;
using mml::testing::near;

TEST_CASE("7.08 dense layer: forward and backward by hand") {
    // W = [[1, 0]], b = [0], X = [[0, 5]]: Z = 0, A = tanh 0 = 0; dA = [[2]]: Δ = 2(1 − 0²) = 2.
    const Matrix W{{1, 0}}, X{{0, 5}};
    const Vector b{0};
    CHECK(exercises::dense_tanh_forward(X, W, b) == near(Matrix{{0}}, 0.0));
    const auto g = exercises::dense_tanh_backward(X, W, b, Matrix{{2}});
    CHECK(g.dW == near(Matrix{{0, 10}}, 1e-15));
    CHECK(g.db == near(Vector{2}, 1e-15));
    CHECK(g.dX == near(Matrix{{2, 0}}, 1e-15));
    // With b = [1]: A = tanh 1 and Δ = 2(1 − tanh² 1) — the derivative of tanh, not of the identity.
    const auto h = exercises::dense_tanh_backward(X, W, Vector{1}, Matrix{{2}});
    const double delta = 2.0 * (1.0 - std::tanh(1.0) * std::tanh(1.0));
    CHECK(h.db == near(Vector{delta}, 1e-15));
    CHECK(h.dW == near(Matrix{{0, 5 * delta}}, 1e-15));
}

TEST_CASE("7.08 dense layer: against the library's layer on a random mini-batch") {
    Rng rng(708);
    for (int trial = 0; trial < 5; ++trial) {
        const DenseLayer layer{mml::testing::random_matrix(rng, 3, 4), mml::testing::random_vector(rng, 3), Activation::tanh};
        const Matrix X = 2.0 * mml::testing::random_matrix(rng, 6, 4);
        const Matrix dA = mml::testing::random_matrix(rng, 6, 3);
        const LayerCache cache = dense_forward(layer, X);
        const LayerGradient expected = dense_backward(layer, cache, dA);
        CHECK(exercises::dense_tanh_forward(X, layer.W, layer.b) == near(cache.A, 1e-15));
        const auto g = exercises::dense_tanh_backward(X, layer.W, layer.b, dA);
        CHECK(g.dW == near(expected.dW, 1e-14));  // out × in
        CHECK(g.db == near(expected.db, 1e-14));  // summed over the batch
        CHECK(g.dX == near(expected.dX, 1e-14));  // B × in
    }
}
