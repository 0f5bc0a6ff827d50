// Exercise 3.06 — backpropagation through a two-layer network, by hand         (MML §5.6)
//
// Task:    the network  ŷ = w₂ᵀ tanh(W₁x + b₁) + b₂  with the squared loss L = ½(ŷ − y)².
//          Compute ∂L/∂W₁, ∂L/∂b₁, ∂L/∂w₂, ∂L/∂b₂ by the chain rule, backwards:
//              forward:  z = W₁x + b₁,   a = tanh(z),   ŷ = w₂ᵀa + b₂,   r = ŷ − y
//              backward: ∂L/∂ŷ = r
//                        ∂L/∂b₂ = r,         ∂L/∂w₂ = r·a,      ∂L/∂a = r·w₂
//                        ∂L/∂z = ∂L/∂a ⊙ (1 − a²)            (tanh′ = 1 − tanh²)
//                        ∂L/∂b₁ = ∂L/∂z,     ∂L/∂W₁ = (∂L/∂z) xᵀ
//          This is exactly what reverse-mode autodiff (mml::grad_reverse) does automatically.
// Input:   W₁ (h×d), b₁ (h), w₂ (h), b₂, the input x (d) and target y.
// Output:  NetworkGradient{dW1, db1, dw2, db2} (declared in unit3.hpp).
// Errors:  inconsistent sizes → mml::DimensionError.
// Hint:    keep z and a from the forward pass; mml::outer(u, v) is u vᵀ.
//
// Check:   build/exercises/mml-check 3.06
#include "unit3.hpp"

#include <cmath>

namespace mml::exercises {

NetworkGradient backprop_two_layer(const Matrix& W1, const Vector& b1, const Vector& w2, double b2, const Vector& x,
                                   double y) {
    const std::size_t h = W1.rows();
    if (W1.cols() != x.size() || b1.size() != h || w2.size() != h)
        throw DimensionError("backprop_two_layer: W1 must be h x d with b1, w2 of size h and x of size d");
    // Forward pass, keeping the intermediate values.
    const Vector z = W1 * x + b1;
    Vector a(h);
    for (std::size_t k = 0; k < h; ++k) a[k] = std::tanh(z[k]);
    double y_hat = b2;
    for (std::size_t k = 0; k < h; ++k) y_hat += w2[k] * a[k];
    const double r = y_hat - y;  // ∂L/∂ŷ
    // Backward pass.
    Vector dz(h);
    for (std::size_t k = 0; k < h; ++k) dz[k] = r * w2[k] * (1.0 - a[k] * a[k]);  // ∂L/∂a ⊙ tanh′(z)
    return NetworkGradient{outer(dz, x), dz, r * a, r};
}

}  // namespace mml::exercises
