// Tests for mml/models: dense layers and backpropagation against unit 3's reverse mode and
// central differences, the softmax cross-entropy, initialisation, training, softmax regression.
#include "data.hpp"
#include "testing.hpp"

#include "mml/mml.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <numbers>

using namespace mml;
using mml::testing::near;
using mml::testing::rel_near;

namespace {

// The activations on unit 3's reverse-mode Var (ReLU through a comparison: its derivative is 0 or 1).
Var activate_var(Activation f, const Var& z) {
    switch (f) {
        case Activation::tanh: return tanh(z);
        case Activation::sigmoid: return sigmoid(z);
        case Activation::relu: return z > 0.0 ? z : Var(0.0);
        case Activation::identity: break;
    }
    return z;
}

// A dense layer's outputs A = σ(XWᵀ + 1bᵀ) (B × out) on Vars, from W, b, X given as Vars.
std::vector<std::vector<Var>> layer_on_vars(const std::vector<Var>& W, const std::vector<Var>& b,
                                            const std::vector<std::vector<Var>>& X, std::size_t out, Activation f) {
    const std::size_t in = X[0].size();
    std::vector<std::vector<Var>> A(X.size());
    for (std::size_t r = 0; r < X.size(); ++r)
        for (std::size_t k = 0; k < out; ++k) {
            Var z = b[k];
            for (std::size_t i = 0; i < in; ++i) z = z + W[k * in + i] * X[r][i];
            A[r].push_back(activate_var(f, z));
        }
    return A;
}

// LSE(z) − z_y on Vars, with the maximum shifted out as in log_sum_exp.
Var cross_entropy_var(const std::vector<Var>& z, std::size_t y) {
    double m = z[0].value();
    for (const Var& zk : z) m = std::max(m, zk.value());
    Var sum(0.0);
    for (const Var& zk : z) sum = sum + exp(zk - m);
    return log(sum) + m - z[y];
}

std::vector<std::vector<Var>> constant_rows(const Matrix& X) {
    std::vector<std::vector<Var>> rows(X.rows());
    for (std::size_t r = 0; r < X.rows(); ++r)
        for (std::size_t i = 0; i < X.cols(); ++i) rows[r].emplace_back(X(r, i));
    return rows;
}

// J(θ) = Σₙ ℓₙ + ½λΣ‖W‖² of a whole network on Vars, θ packed as pack_parameters packs it.
Var network_objective_var(const Mlp& shape, const std::vector<Var>& theta, const Matrix& X,
                          const std::vector<std::size_t>& labels, double lambda) {
    std::vector<std::vector<Var>> A = constant_rows(X);
    Var penalty(0.0);
    std::size_t p = 0;
    for (const DenseLayer& layer : shape.layers) {
        const std::size_t nW = layer.outputs() * layer.inputs();
        const std::vector<Var> W(theta.begin() + static_cast<long>(p), theta.begin() + static_cast<long>(p + nW));
        const std::vector<Var> b(theta.begin() + static_cast<long>(p + nW),
                                 theta.begin() + static_cast<long>(p + nW + layer.outputs()));
        p += nW + layer.outputs();
        for (const Var& w : W) penalty = penalty + w * w;
        A = layer_on_vars(W, b, A, layer.outputs(), layer.activation);
    }
    Var J = 0.5 * lambda * penalty;
    for (std::size_t r = 0; r < A.size(); ++r) J = J + cross_entropy_var(A[r], labels[r]);
    return J;
}

// Two interleaving half circles (the "two moons"), labels 0 and 1, with Gaussian noise.
struct Moons {
    Matrix X;
    std::vector<std::size_t> labels;
};
Moons two_moons(Rng& rng, std::size_t N, double noise) {
    Moons m{Matrix(N, 2), std::vector<std::size_t>(N)};
    for (std::size_t n = 0; n < N; ++n) {
        const double t = std::numbers::pi * rng.uniform();
        m.labels[n] = n % 2;
        m.X(n, 0) = (n % 2 == 0 ? std::cos(t) : 1.0 - std::cos(t)) + noise * rng.normal();
        m.X(n, 1) = (n % 2 == 0 ? std::sin(t) : 0.5 - std::sin(t)) + noise * rng.normal();
    }
    return m;
}

}  // namespace

TEST_CASE("dense layer: the backward pass equals reverse mode and central differences, every activation") {
    // L = Σ G ⊙ A for a random upstream gradient G, so ∂L/∂A = G. Reverse mode computes the same
    // sums in a different order: agreement to 1e-13. Central differences with h = 6e-6 carry an
    // error of about h²|f‴| + ε|L|/h ≈ 1e-10·scale: agreement to 1e-8.
    Rng rng(1301);
    const std::size_t B = 5, in = 4, out = 3;
    for (Activation f : {Activation::tanh, Activation::relu, Activation::sigmoid, Activation::identity}) {
        CAPTURE(static_cast<int>(f));
        const DenseLayer layer{mml::testing::random_matrix(rng, out, in), mml::testing::random_vector(rng, out), f};
        const Matrix X = 2.0 * mml::testing::random_matrix(rng, B, in);
        const Matrix G = mml::testing::random_matrix(rng, B, out);
        const LayerCache cache = dense_forward(layer, X);
        const LayerGradient g = dense_backward(layer, cache, G);
        // θ = [W (row by row), b, X (row by row)]
        Vector theta(out * in + out + B * in);
        for (std::size_t i = 0; i < out * in; ++i) theta[i] = layer.W.data()[i];
        for (std::size_t k = 0; k < out; ++k) theta[out * in + k] = layer.b[k];
        for (std::size_t i = 0; i < B * in; ++i) theta[out * in + out + i] = X.data()[i];
        Vector expected(theta.size());
        for (std::size_t i = 0; i < out * in; ++i) expected[i] = g.dW.data()[i];
        for (std::size_t k = 0; k < out; ++k) expected[out * in + k] = g.db[k];
        for (std::size_t i = 0; i < B * in; ++i) expected[out * in + out + i] = g.dX.data()[i];
        auto L = [&](const std::vector<Var>& t) {
            const std::vector<Var> W(t.begin(), t.begin() + static_cast<long>(out * in));
            const std::vector<Var> b(t.begin() + static_cast<long>(out * in), t.begin() + static_cast<long>(out * in + out));
            std::vector<std::vector<Var>> Xv(B);
            for (std::size_t r = 0; r < B; ++r)
                for (std::size_t i = 0; i < in; ++i) Xv[r].push_back(t[out * in + out + r * in + i]);
            const auto A = layer_on_vars(W, b, Xv, out, f);
            Var sum(0.0);
            for (std::size_t r = 0; r < B; ++r)
                for (std::size_t k = 0; k < out; ++k) sum = sum + G(r, k) * A[r][k];
            return sum;
        };
        CHECK(expected == near(grad_reverse(L, theta), 1e-13));
        auto L_double = [&](const Vector& t) {
            DenseLayer changed = layer;
            for (std::size_t i = 0; i < out * in; ++i) changed.W.data()[i] = t[i];
            for (std::size_t k = 0; k < out; ++k) changed.b[k] = t[out * in + k];
            Matrix Xc(B, in);
            for (std::size_t i = 0; i < B * in; ++i) Xc.data()[i] = t[out * in + out + i];
            const Matrix A = dense_forward(changed, Xc).A;
            double sum = 0.0;
            for (std::size_t i = 0; i < B * out; ++i) sum += G.data()[i] * A.data()[i];
            return sum;
        };
        // ReLU's kink: central differences are valid only if no pre-activation is within h of 0.
        double closest = 1e300;
        for (std::size_t i = 0; i < B * out; ++i) closest = std::min(closest, std::abs(cache.Z.data()[i]));
        REQUIRE(closest > 1e-4);
        CHECK(expected == near(gradient_central_difference(L_double, theta), 1e-8));
    }
    const DenseLayer layer{Matrix(3, 4), Vector(3), Activation::tanh};
    CHECK_THROWS_AS(dense_forward(layer, Matrix(2, 5)), DimensionError);
    CHECK_THROWS_AS(dense_backward(layer, dense_forward(layer, Matrix(2, 4)), Matrix(2, 4)), DimensionError);
}

TEST_CASE("softmax cross-entropy: known values, its gradient p − onehot(y), no overflow") {
    // Z = 0: every p = 1/K, so the loss is B log K and the gradient 1/K − onehot.
    const Matrix zero(2, 4);
    const CrossEntropy ce = softmax_cross_entropy(zero, {1, 3});
    CHECK(ce.loss == near(2.0 * std::log(4.0), 1e-15));
    CHECK(ce.gradient == near(Matrix{{0.25, -0.75, 0.25, 0.25}, {0.25, 0.25, 0.25, -0.75}}, 1e-15));
    // Scores of ±1000: e^{1000} overflows, the shifted form does not.
    const Matrix big{{1000, 0, -1000}};
    CHECK(softmax_cross_entropy(big, {0}).loss == near(0.0, 1e-300));
    CHECK(softmax_cross_entropy(big, {2}).loss == rel_near(2000.0, 1e-15));
    CHECK(softmax_cross_entropy(big, {2}).gradient == near(Matrix{{1, 0, -1}}, 1e-15));
    // Against reverse mode on random scores.
    Rng rng(1302);
    const Matrix Z = 3.0 * mml::testing::random_matrix(rng, 4, 5);
    const std::vector<std::size_t> y{0, 4, 2, 2};
    const CrossEntropy r = softmax_cross_entropy(Z, y);
    Vector z(20);
    for (std::size_t i = 0; i < 20; ++i) z[i] = Z.data()[i];
    const Vector g = grad_reverse(
        [&](const std::vector<Var>& t) {
            Var sum(0.0);
            for (std::size_t b = 0; b < 4; ++b) sum = sum + cross_entropy_var({t.begin() + static_cast<long>(5 * b), t.begin() + static_cast<long>(5 * b + 5)}, y[b]);
            return sum;
        },
        z);
    for (std::size_t i = 0; i < 20; ++i) CHECK(r.gradient.data()[i] == near(g[i], 1e-14));
    CHECK_THROWS_AS(softmax_cross_entropy(Z, {0, 5, 2, 2}), DomainError);  // label ≥ K
    CHECK_THROWS_AS(softmax_cross_entropy(Z, {0, 1}), DimensionError);
}

TEST_CASE("backpropagation through a whole network equals reverse mode and central differences") {
    // A 3-5-4-3 network with tanh then sigmoid hidden layers (and one with ReLU), λ = 0.1, on 6
    // examples. Tolerances as for one layer (the sums are longer: 1e-12 against reverse mode).
    Rng rng(1303);
    const Matrix X = mml::testing::random_matrix(rng, 6, 3);
    const std::vector<std::size_t> labels{0, 1, 2, 2, 1, 0};
    for (Activation second : {Activation::sigmoid, Activation::relu}) {
        Mlp net = make_mlp({3, 5, 4, 3}, Activation::tanh, rng);
        net.layers[1].activation = second;
        for (DenseLayer& layer : net.layers) layer.b = mml::testing::random_vector(rng, layer.b.size());
        const double lambda = 0.1;
        const MlpGradient g = mlp_loss_and_gradient(net, X, labels, lambda);
        const Vector theta = pack_parameters(net);
        const Vector reverse = grad_reverse(
            [&](const std::vector<Var>& t) { return network_objective_var(net, t, X, labels, lambda); }, theta);
        CHECK(pack_gradient(g) == near(reverse, 1e-12));
        CHECK(g.loss == rel_near(mlp_objective(net, X, labels, lambda), 1e-14));
        Mlp probe = net;
        const Vector fd = gradient_central_difference(
            [&](const Vector& t) {
                unpack_parameters(probe, t);
                return mlp_objective(probe, X, labels, lambda);
            },
            theta);
        CHECK(pack_gradient(g) == near(fd, 1e-8));
    }
}

TEST_CASE("initialisation: Glorot and He variances, zero biases, reproducible from the seed") {
    // Sample variances of 60 000 weights: standard error ≈ 0.4 % (uniform) and 0.6 % (normal)
    // of the variance, so 2.5 % is about 4–6 standard errors.
    Rng a(1304), b(1304);
    const Mlp tanh_net = make_mlp({300, 200, 10}, Activation::tanh, a);
    const Mlp same = make_mlp({300, 200, 10}, Activation::tanh, b);
    CHECK(tanh_net.layers[0].W == same.layers[0].W);
    const auto variance_of = [](const Matrix& W) {
        double s = 0.0;
        for (std::size_t i = 0; i < W.rows() * W.cols(); ++i) s += W.data()[i] * W.data()[i];
        return s / static_cast<double>(W.rows() * W.cols());
    };
    const double limit = std::sqrt(6.0 / 500.0);  // Glorot: Uniform(−a, a), a = √(6/(in + out))
    for (std::size_t i = 0; i < 60000; ++i) CHECK(std::abs(tanh_net.layers[0].W.data()[i]) <= limit);
    CHECK(variance_of(tanh_net.layers[0].W) == rel_near(limit * limit / 3.0, 0.025));
    CHECK(tanh_net.layers[0].b == Vector(200));
    CHECK(tanh_net.layers[1].activation == Activation::identity);
    CHECK(tanh_net.parameter_count() == 300 * 200 + 200 + 200 * 10 + 10);
    const Mlp relu_net = make_mlp({300, 200, 10}, Activation::relu, a);
    CHECK(variance_of(relu_net.layers[0].W) == rel_near(2.0 / 300.0, 0.025));  // He: N(0, 2/in)
    CHECK_THROWS_AS(make_mlp({3}, Activation::tanh, a), DimensionError);
    CHECK_THROWS_AS(make_mlp({3, 0, 2}, Activation::tanh, a), DimensionError);
}

TEST_CASE("training: XOR and the two moons are learned to 100% training accuracy") {
    const Matrix xor_X{{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    const std::vector<std::size_t> xor_y{0, 1, 1, 0};
    Rng rng(1305);
    TrainOptions options;
    options.learning_rate = 0.05;
    options.batch_size = 4;
    options.epochs = 300;
    const TrainResult xor_fit = train_mlp(make_mlp({2, 8, 2}, Activation::tanh, rng), xor_X, xor_y, options, rng);
    CHECK(accuracy(xor_fit.model.predict(xor_X), xor_y) == 1.0);
    CHECK(xor_fit.objective.back() < 0.05 * xor_fit.objective.front());

    const Moons moons = two_moons(rng, 100, 0.1);
    options.learning_rate = 0.01;
    options.batch_size = 10;
    options.epochs = 200;
    const TrainResult fit = train_mlp(make_mlp({2, 16, 16, 2}, Activation::tanh, rng), moons.X, moons.labels, options, rng);
    CHECK(accuracy(fit.model.predict(moons.X), moons.labels) == 1.0);
    // Plain SGD on the same problem lowers the objective too.
    options.method = Optimizer::sgd;
    options.learning_rate = 0.1;
    options.epochs = 20;
    const Mlp start = make_mlp({2, 16, 2}, Activation::relu, rng);
    const TrainResult sgd_fit = train_mlp(start, moons.X, moons.labels, options, rng);
    CHECK(sgd_fit.objective.back() < 0.5 * mlp_objective(start, moons.X, moons.labels));
}

TEST_CASE("training and softmax regression: bad input is a typed error, never a NaN network") {
    Rng rng(1306);
    const Mlp net = make_mlp({2, 4, 3}, Activation::tanh, rng);
    const Matrix X{{0, 1}, {1, 0}, {2, 2}};
    TrainOptions options;
    CHECK_THROWS_AS(train_mlp(net, X, {0, 1, 3}, options, rng), DomainError);  // label 3 ≥ K = 3
    CHECK_THROWS_AS(train_mlp(net, X, {0, 1}, options, rng), DimensionError);
    CHECK_THROWS_AS(train_mlp(net, Matrix{{0, 1}, {NAN, 0}}, {0, 1}, options, rng), DomainError);
    CHECK_THROWS_AS(train_mlp(net, Matrix(), {}, options, rng), DimensionError);
    CHECK_THROWS_AS(train_mlp(net, Matrix(3, 5), {0, 1, 2}, options, rng), DimensionError);
    options.batch_size = 0;
    CHECK_THROWS_AS(train_mlp(net, X, {0, 1, 2}, options, rng), DomainError);
    options.batch_size = 1;
    options.learning_rate = -1;
    CHECK_THROWS_AS(train_mlp(net, X, {0, 1, 2}, options, rng), DomainError);
    // A learning rate far too large: with λ = 1 every step multiplies W by about 1 − γλ/N ≈ −1e299,
    // so the weights overflow in two steps — a DomainError that says so, not NaN weights.
    options.method = Optimizer::sgd;
    options.learning_rate = 1e300;
    options.lambda = 1.0;
    CHECK_THROWS_AS(train_mlp(make_mlp({2, 3}, Activation::tanh, rng), X, {0, 1, 2}, options, rng), DomainError);
    CHECK_THROWS_AS(softmax_regression(X, {0, 1, 2}, 2, 0.1), DomainError);
    CHECK_THROWS_AS(softmax_regression(X, {0, 1, 2}, 3, -0.1), DomainError);
    CHECK_THROWS_AS(accuracy({0, 1}, {0}), DimensionError);
}

TEST_CASE("softmax regression on Iris: the linear baseline, at its minimum, by Newton's method") {
    const LabelledData iris = mml::testing::load_labelled("iris.csv", "species");
    const Matrix X = fit_standardiser(iris.X).transform(iris.X);
    const double lambda = 0.1;
    const SoftmaxRegression fit = softmax_regression(X, iris.classes, 3, lambda);
    CHECK(fit.converged);
    CHECK(fit.iterations <= 20);  // Newton: measured 9 steps
    // At the minimum of the convex J the gradient vanishes (‖∇J/N‖ ≤ 1e-8 by the stopping rule,
    // recomputed here) and every direction goes up.
    const MlpGradient g = mlp_loss_and_gradient(fit.model, X, iris.classes, lambda);
    CHECK(norm(pack_gradient(g)) / 150.0 <= 1e-8);
    CHECK(g.loss == rel_near(fit.objective, 1e-12));
    Rng rng(1307);
    Mlp moved = fit.model;
    for (int trial = 0; trial < 5; ++trial) {
        unpack_parameters(moved, pack_parameters(fit.model) + 0.01 * mml::testing::random_vector(rng, 15));
        CHECK(mlp_objective(moved, X, iris.classes, lambda) > fit.objective);
    }
    // Iris is nearly linearly separable: a linear classifier gets ≥ 95 % of the training set.
    CHECK(accuracy(fit.model.predict(X), iris.classes) >= 0.95);
    // The Hessian against central differences of the (backpropagated) gradient, at a random θ:
    // error ≈ h²|∇⁴J| + ε|∇J|/h with h = 6e-6, about 1e-9 of the entries' size (≤ 150 here).
    unpack_parameters(moved, 0.5 * mml::testing::random_vector(rng, 15));
    const Matrix H = softmax_regression_hessian(moved, X, lambda);
    const Vector theta = pack_parameters(moved);
    for (std::size_t i = 0; i < 15; ++i) {
        Mlp probe = moved;
        const Vector column = gradient_central_difference(
            [&](const Vector& t) {
                unpack_parameters(probe, t);
                return pack_gradient(mlp_loss_and_gradient(probe, X, iris.classes, lambda))[i];
            },
            theta);
        CHECK(H.row(i) == near(column, 1e-6));
    }
}
