// mml/models/network.cpp — the MLP's forward pass, backpropagation through its layers, seeded
// Glorot/He initialisation, and packing the parameters into one vector θ.
#include "mml/models/network.hpp"

#include "mml/core/error.hpp"
#include "mml/models/checks.hpp"
#include "mml/models/softmax.hpp"

#include <cmath>
#include <string>

namespace mml {

Matrix Mlp::forward(const Matrix& X) const {
    if (layers.empty()) throw DimensionError("Mlp::forward: the network has no layers — build it with make_mlp");
    Matrix A = X;
    for (const DenseLayer& layer : layers) A = dense_forward(layer, A).A;
    return A;
}

std::vector<std::size_t> Mlp::predict(const Matrix& X) const {
    const Matrix Z = forward(X);
    std::vector<std::size_t> classes(Z.rows(), 0);
    for (std::size_t r = 0; r < Z.rows(); ++r)
        for (std::size_t k = 1; k < Z.cols(); ++k)
            if (Z(r, k) > Z(r, classes[r])) classes[r] = k;
    return classes;
}

std::size_t Mlp::parameter_count() const {
    std::size_t count = 0;
    for (const DenseLayer& layer : layers) count += layer.outputs() * layer.inputs() + layer.outputs();
    return count;
}

Mlp make_mlp(const std::vector<std::size_t>& sizes, Activation hidden, Rng& rng) {
    if (sizes.size() < 2)
        throw DimensionError("make_mlp: give at least the input and output sizes, e.g. {64, 32, 10}");
    for (std::size_t s : sizes)
        if (s == 0) throw DimensionError("make_mlp: a layer of size 0 — every layer needs at least one unit");
    Mlp net;
    for (std::size_t l = 0; l + 1 < sizes.size(); ++l) {
        const std::size_t in = sizes[l], out = sizes[l + 1];
        const bool output = l + 2 == sizes.size();
        DenseLayer layer{Matrix(out, in), Vector(out), output ? Activation::identity : hidden};
        const double fan_in = static_cast<double>(in), fan_out = static_cast<double>(out);
        if (layer.activation == Activation::relu) {
            const double s = std::sqrt(2.0 / fan_in);  // He: N(0, 2/in)
            for (std::size_t i = 0; i < out * in; ++i) layer.W.data()[i] = s * rng.normal();
        } else {
            const double a = std::sqrt(6.0 / (fan_in + fan_out));  // Glorot: Uniform(−a, a)
            for (std::size_t i = 0; i < out * in; ++i) layer.W.data()[i] = a * (2.0 * rng.uniform() - 1.0);
        }
        net.layers.push_back(layer);
    }
    return net;
}

MlpGradient mlp_loss_and_gradient(const Mlp& net, const Matrix& X, const std::vector<std::size_t>& labels,
                                  double lambda) {
    if (net.layers.empty()) throw DimensionError("mlp_loss_and_gradient: the network has no layers");
    if (!(lambda >= 0.0) || !std::isfinite(lambda))
        throw DomainError("mlp_loss_and_gradient: lambda = " + std::to_string(lambda) + " — it must be finite and >= 0");
    require_data("mlp_loss_and_gradient", X);
    // Forward, keeping what each layer's backward pass needs.
    std::vector<LayerCache> caches;
    for (const DenseLayer& layer : net.layers) caches.push_back(dense_forward(layer, caches.empty() ? X : caches.back().A));
    const CrossEntropy ce = softmax_cross_entropy(caches.back().A, labels);  // also checks the labels
    // Backward, from ∂ℓ/∂Z = softmax(Z) − onehot(y) at the top down to the first layer.
    const std::size_t L = net.layers.size();
    MlpGradient g{ce.loss, std::vector<Matrix>(L), std::vector<Vector>(L)};
    Matrix dA = ce.gradient;
    for (std::size_t l = L; l-- > 0;) {
        LayerGradient lg = dense_backward(net.layers[l], caches[l], dA);
        const Matrix& W = net.layers[l].W;
        double w2 = 0.0;
        for (std::size_t i = 0; i < W.rows() * W.cols(); ++i) w2 += W.data()[i] * W.data()[i];
        g.loss += 0.5 * lambda * w2;      // ½λ‖W_l‖²
        g.dW[l] = lg.dW + lambda * W;     // its gradient λW_l
        g.db[l] = lg.db;
        dA = std::move(lg.dX);            // ∂L/∂A of the layer below
    }
    return g;
}

double mlp_objective(const Mlp& net, const Matrix& X, const std::vector<std::size_t>& labels, double lambda) {
    require_data("mlp_objective", X);
    double J = softmax_cross_entropy(net.forward(X), labels).loss;
    for (const DenseLayer& layer : net.layers)
        for (std::size_t i = 0; i < layer.W.rows() * layer.W.cols(); ++i) J += 0.5 * lambda * layer.W.data()[i] * layer.W.data()[i];
    return J;
}

Vector pack_parameters(const Mlp& net) {
    Vector theta(net.parameter_count());
    std::size_t p = 0;
    for (const DenseLayer& layer : net.layers) {
        for (std::size_t i = 0; i < layer.W.rows() * layer.W.cols(); ++i) theta[p++] = layer.W.data()[i];
        for (std::size_t k = 0; k < layer.b.size(); ++k) theta[p++] = layer.b[k];
    }
    return theta;
}

void unpack_parameters(Mlp& net, const Vector& theta) {
    if (theta.size() != net.parameter_count())
        throw DimensionError("unpack_parameters: θ has " + std::to_string(theta.size()) + " entries but the network has " +
                             std::to_string(net.parameter_count()) + " parameters");
    std::size_t p = 0;
    for (DenseLayer& layer : net.layers) {
        for (std::size_t i = 0; i < layer.W.rows() * layer.W.cols(); ++i) layer.W.data()[i] = theta[p++];
        for (std::size_t k = 0; k < layer.b.size(); ++k) layer.b[k] = theta[p++];
    }
}

Vector pack_gradient(const MlpGradient& gradient) {
    std::size_t count = 0;
    for (std::size_t l = 0; l < gradient.dW.size(); ++l) count += gradient.dW[l].rows() * gradient.dW[l].cols() + gradient.db[l].size();
    Vector g(count);
    std::size_t p = 0;
    for (std::size_t l = 0; l < gradient.dW.size(); ++l) {
        for (std::size_t i = 0; i < gradient.dW[l].rows() * gradient.dW[l].cols(); ++i) g[p++] = gradient.dW[l].data()[i];
        for (std::size_t k = 0; k < gradient.db[l].size(); ++k) g[p++] = gradient.db[l][k];
    }
    return g;
}

double accuracy(const std::vector<std::size_t>& predicted, const std::vector<std::size_t>& labels) {
    if (predicted.size() != labels.size() || labels.empty())
        throw DimensionError("accuracy: " + std::to_string(predicted.size()) + " predictions and " +
                             std::to_string(labels.size()) + " labels — give one prediction per label, at least one");
    std::size_t correct = 0;
    for (std::size_t n = 0; n < labels.size(); ++n)
        if (predicted[n] == labels[n]) ++correct;
    return static_cast<double>(correct) / static_cast<double>(labels.size());
}

}  // namespace mml
