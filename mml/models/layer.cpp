// mml/models/layer.cpp — a dense layer's forward pass A = σ(XWᵀ + 1bᵀ) and its backward pass
// Δ = dA ⊙ σ′(Z), dW = ΔᵀX, db = Δᵀ1, dX = ΔW, for a whole mini-batch (MML §5.5–§5.6).
#include "mml/models/layer.hpp"

#include "mml/calculus/dual.hpp"
#include "mml/core/error.hpp"

#include <cmath>
#include <string>

namespace mml {

double activate(Activation f, double z) {
    switch (f) {
        case Activation::tanh: return std::tanh(z);
        case Activation::relu: return z > 0.0 ? z : 0.0;
        case Activation::sigmoid: return sigmoid(z);  // unit 3's overflow-free σ
        case Activation::identity: break;
    }
    return z;
}

double activation_derivative(Activation f, double z, double a) {
    switch (f) {
        case Activation::tanh: return 1.0 - a * a;
        case Activation::relu: return z > 0.0 ? 1.0 : 0.0;
        case Activation::sigmoid: return a * (1.0 - a);
        case Activation::identity: break;
    }
    return 1.0;
}

LayerCache dense_forward(const DenseLayer& layer, const Matrix& X) {
    if (X.cols() != layer.inputs() || layer.b.size() != layer.outputs())
        throw DimensionError("dense_forward: the input is " + shape_string(X.rows(), X.cols()) + ", W is " +
                             shape_string(layer.W.rows(), layer.W.cols()) + " and b has " +
                             std::to_string(layer.b.size()) +
                             " entries — X needs one example per row with W.cols() columns, and b W.rows() entries");
    LayerCache cache{X, X * transpose(layer.W), Matrix()};  // Z = XWᵀ (B × out)
    const std::size_t B = X.rows(), out = layer.outputs();
    cache.A = Matrix(B, out);
    for (std::size_t r = 0; r < B; ++r) {
        double* z = cache.Z.data() + r * out;  // row r of Z and of A, contiguous
        double* a = cache.A.data() + r * out;
        for (std::size_t k = 0; k < out; ++k) {
            z[k] += layer.b[k];  // + 1bᵀ
            a[k] = activate(layer.activation, z[k]);
        }
    }
    return cache;
}

LayerGradient dense_backward(const DenseLayer& layer, const LayerCache& cache, const Matrix& dA) {
    const std::size_t B = cache.Z.rows(), out = layer.outputs();
    if (dA.rows() != B || dA.cols() != out)
        throw DimensionError("dense_backward: dA is " + shape_string(dA.rows(), dA.cols()) + " but the layer's output is " +
                             shape_string(B, out) + " — dA = ∂L/∂A has the shape of A");
    Matrix Delta(B, out);  // Δ = dA ⊙ σ′(Z)
    Vector db(out);        // Δᵀ1: the column sums of Δ
    for (std::size_t r = 0; r < B; ++r)
        for (std::size_t k = 0; k < out; ++k) {
            const double delta = dA(r, k) * activation_derivative(layer.activation, cache.Z(r, k), cache.A(r, k));
            Delta(r, k) = delta;
            db[k] += delta;
        }
    return {transpose(Delta) * cache.X, db, Delta * layer.W};  // ∂L/∂W = ΔᵀX, ∂L/∂X = ΔW
}

}  // namespace mml
