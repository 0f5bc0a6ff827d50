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
    if (b.size() != W.rows()) throw DimensionError("dense_tanh_forward: b needs one entry per row of W");
    Matrix A = X * transpose(W);  // Z = XWᵀ, B × out
    for (std::size_t r = 0; r < A.rows(); ++r)
        for (std::size_t k = 0; k < A.cols(); ++k) A(r, k) = std::tanh(A(r, k) + b[k]);
    return A;
}

DenseGradients dense_tanh_backward(const Matrix& X, const Matrix& W, const Vector& b, const Matrix& dA) {
    const Matrix A = dense_tanh_forward(X, W, b);
    if (dA.rows() != A.rows() || dA.cols() != A.cols())
        throw DimensionError("dense_tanh_backward: dA must have the shape of A, B × out");
    Matrix Delta(A.rows(), A.cols());  // Δ = dA ⊙ (1 − A²)
    Vector db(A.cols());
    for (std::size_t r = 0; r < A.rows(); ++r)
        for (std::size_t k = 0; k < A.cols(); ++k) {
            Delta(r, k) = dA(r, k) * (1.0 - A(r, k) * A(r, k));
            db[k] += Delta(r, k);
        }
    return {transpose(Delta) * X, db, Delta * W};
}

}  // namespace mml::exercises
