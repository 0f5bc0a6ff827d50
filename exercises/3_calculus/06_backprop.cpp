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

namespace mml::exercises {

NetworkGradient backprop_two_layer(const Matrix& W1, const Vector& b1, const Vector& w2, double b2, const Vector& x, double y) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
