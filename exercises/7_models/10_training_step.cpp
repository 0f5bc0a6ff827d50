// Exercise 7.10 — One training step of a tiny network                     (MML §5.6, §7.1)
//
// Task:    the network has one tanh hidden layer and a linear output layer:
//              H = tanh(X W1ᵀ + 1b1ᵀ)   (B × hidden),     Z = H W2ᵀ + 1b2ᵀ   (B × K scores),
//          and the objective J = Σ_b [LSE(z_b) − z_{b,y_b}] (the softmax cross-entropy, summed).
//          Return J at the given parameters, and the parameters after ONE gradient-descent step
//              θ ← θ − γ ∇J     for each of W1, b1, W2, b2.
//          Backpropagation, from the top:
//              dZ = softmax(Z) − onehot(y)              (mml::softmax_cross_entropy gives J and dZ)
//              dW2 = dZᵀ H,   db2 = dZᵀ1,   dH = dZ W2
//              Δ1 = dH ⊙ (1 − H²),   dW1 = Δ1ᵀ X,   db1 = Δ1ᵀ1.
// Input:   the TinyNet {W1 (H × D), b1, W2 (K × H), b2} (declared in unit7.hpp), X (B × D),
//          labels (0 … K−1), γ > 0.
// Output:  TrainingStep {loss (J BEFORE the step), net (after the step)} (declared in unit7.hpp).
// Hint:    compute every gradient first, then update: dH needs the OLD W2.
// Declared in: tests/exercises/7_models/unit7.hpp.
//
// Check:   build/exercises/mml-check 7.10
#include "unit7.hpp"

namespace mml::exercises {

TrainingStep training_step(const TinyNet& net, const Matrix& X, const std::vector<std::size_t>& labels,
                           double learning_rate) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
