// Exercise 7.08 — A dense layer: forward and backward                     (MML §5.5, §5.6)
//
// Task:    a dense layer with tanh maps a mini-batch X (B × in, one example per row) to
//              Z = X Wᵀ + 1bᵀ   (B × out),     A = tanh(Z) entry by entry.
//          (a) dense_tanh_forward: return A.
//          (b) dense_tanh_backward: given dA = ∂L/∂A (B × out) from the layer above, return the
//              gradients of L, with Δ = ∂L/∂Z = dA ⊙ tanh′(Z) = dA ⊙ (1 − A²):
//                  ∂L/∂W = Δᵀ X  (out × in; for one example: δ xᵀ),
//                  ∂L/∂b = Δᵀ 1  (the column sums of Δ; for one example: δ),
//                  ∂L/∂X = Δ W   (B × in; for one example: Wᵀδ — what the layer below receives).
// Input:   X (B × in), W (out × in), b (out entries); for (b) also dA (B × out).
// Output:  (a) A (B × out); (b) DenseGradients {dW, db, dX} (struct declared in unit7.hpp).
// Errors:  shapes that do not fit → mml::DimensionError (the matrix product already checks).
// Example: W = [[1, 0]], b = [0], X = [[0, 5]]: Z = 0, A = 0; with dA = [[2]]: Δ = 2·(1 − 0) = 2,
//          dW = [[0, 10]], db = [2], dX = [[2, 0]].
// Declared in: tests/exercises/7_models/unit7.hpp (with the struct DenseGradients).
//
// Check:   build/exercises/mml-check 7.08
#include "unit7.hpp"

namespace mml::exercises {

Matrix dense_tanh_forward(const Matrix& X, const Matrix& W, const Vector& b) {
    MML_TODO();  // replace this line with your answer
}

DenseGradients dense_tanh_backward(const Matrix& X, const Matrix& W, const Vector& b, const Matrix& dA) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
