// mml/models/layer.hpp — a dense layer: its forward pass and its backward pass.    (MML §5.6, §5.5)
//
// A dense (fully connected) layer maps an input x ∈ ℝⁱⁿ to a = σ(z), z = Wx + b, with W out × in,
// b ∈ ℝᵒᵘᵗ and an activation σ applied entry by entry. Backpropagation (MML §5.6) needs, given
// δ_a = ∂L/∂a from the layer above, three things — the matrix calculus of MML §5.5:
//     δ = ∂L/∂z = δ_a ⊙ σ′(z)                       (σ acts entry by entry: a diagonal Jacobian)
//     ∂L/∂W = δ xᵀ,   ∂L/∂b = δ                    (z = Wx + b is linear in W and b)
//     ∂L/∂x = Wᵀ δ                                  (passed down: the δ_a of the layer below;
//                                                    with its σ′ it gives δ_prev = Wᵀδ ⊙ σ′(z_prev))
// A mini-batch of B examples is processed at once, as matrices (one example per row, README
// conventions): X is B × in, Z = XWᵀ + 1bᵀ and A = σ(Z) are B × out, and the sums over the batch
// become matrix products:
//     Δ = ∂L/∂A ⊙ σ′(Z),   ∂L/∂W = Δᵀ X  (= Σ_b δ_b x_bᵀ),   ∂L/∂b = Δᵀ 1,   ∂L/∂X = Δ W.
// The products go through mml's cache-aware matrix product (unit 1, core/matmul.cpp).
//
// Activations and their derivatives, written with the output a = σ(z) where that is cheaper:
//     tanh:     σ′ = 1 − a²
//     ReLU:     σ(z) = max(0, z), σ′ = [z > 0] (0 at z = 0, the usual convention)
//     sigmoid:  σ(z) = 1/(1 + e⁻ᶻ), σ′ = a(1 − a)
//     identity: σ′ = 1 (the output layer, whose scores go into softmax_cross_entropy)
#pragma once
#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

namespace mml {

enum class Activation { identity, tanh, relu, sigmoid };

double activate(Activation f, double z);
// σ′(z), given z and a = σ(z).
double activation_derivative(Activation f, double z, double a);

struct DenseLayer {
    Matrix W;  // out × in
    Vector b;  // out
    Activation activation = Activation::identity;
    std::size_t inputs() const { return W.cols(); }
    std::size_t outputs() const { return W.rows(); }
};

// What the backward pass needs from the forward pass.
struct LayerCache {
    Matrix X;  // B × in, the layer's input
    Matrix Z;  // B × out, the pre-activations
    Matrix A;  // B × out, the outputs σ(Z)
};

// A = σ(XWᵀ + 1bᵀ) for a mini-batch X (B × in); fills the cache for the backward pass.
LayerCache dense_forward(const DenseLayer& layer, const Matrix& X);

struct LayerGradient {
    Matrix dW;  // ∂L/∂W = Δᵀ X, out × in
    Vector db;  // ∂L/∂b = Δᵀ 1
    Matrix dX;  // ∂L/∂X = Δ W, B × in
};
// The backward pass from dA = ∂L/∂A (B × out): Δ = dA ⊙ σ′(Z), then the three gradients above.
LayerGradient dense_backward(const DenseLayer& layer, const LayerCache& cache, const Matrix& dA);

}  // namespace mml
