#include "testing.hpp"
#include "unit7.hpp"

#include <doctest/doctest.h>

using namespace mml;
using mml::testing::near;

namespace {
exercises::TinyNet random_tiny(Rng& rng) {
    return {mml::testing::random_matrix(rng, 4, 2), 0.5 * mml::testing::random_vector(rng, 4),
            mml::testing::random_matrix(rng, 3, 4), 0.5 * mml::testing::random_vector(rng, 3)};
}
Mlp as_mlp(const exercises::TinyNet& t) {
    return Mlp{{DenseLayer{t.W1, t.b1, Activation::tanh}, DenseLayer{t.W2, t.b2, Activation::identity}}};
}
}  // namespace

TEST_CASE("7.10 training step: the loss and θ − γ∇J, against the library's backpropagation") {
    Rng rng(710);
    const Matrix X = mml::testing::random_matrix(rng, 6, 2);
    const std::vector<std::size_t> y{0, 1, 2, 1, 0, 2};
    for (int trial = 0; trial < 5; ++trial) {
        const auto net = random_tiny(rng);
        const double gamma = 0.1;
        const auto step = exercises::training_step(net, X, y, gamma);
        const MlpGradient g = mlp_loss_and_gradient(as_mlp(net), X, y);
        CHECK(step.loss == near(g.loss, 1e-13));  // before the step
        CHECK(step.net.W1 == near(net.W1 - gamma * g.dW[0], 1e-14));
        CHECK(step.net.b1 == near(net.b1 - gamma * g.db[0], 1e-14));
        CHECK(step.net.W2 == near(net.W2 - gamma * g.dW[1], 1e-14));
        CHECK(step.net.b2 == near(net.b2 - gamma * g.db[1], 1e-14));
    }
}

TEST_CASE("7.10 training step: small steps lower the loss; repeated steps learn XOR") {
    Rng rng(711);
    const Matrix X{{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    const std::vector<std::size_t> y{0, 1, 1, 0};
    exercises::TinyNet net{2.0 * mml::testing::random_matrix(rng, 4, 2), Vector(4), mml::testing::random_matrix(rng, 2, 4),
                           Vector(2)};
    const double start = exercises::training_step(net, X, y, 0.0).loss;
    double previous = start;
    for (int step = 0; step < 2000; ++step) {
        const auto s = exercises::training_step(net, X, y, 0.1);
        CHECK(s.loss <= previous + 1e-12);  // γ = 0.1 is small enough for descent on this problem
        previous = s.loss;
        net = s.net;
    }
    CHECK(previous < 0.1 * start);
    CHECK(accuracy(as_mlp(net).predict(X), y) == 1.0);
}
