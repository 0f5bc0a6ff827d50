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
    // Forward.
    Matrix H = X * transpose(net.W1);
    for (std::size_t r = 0; r < H.rows(); ++r)
        for (std::size_t k = 0; k < H.cols(); ++k) H(r, k) = std::tanh(H(r, k) + net.b1[k]);
    Matrix Z = H * transpose(net.W2);
    for (std::size_t r = 0; r < Z.rows(); ++r)
        for (std::size_t k = 0; k < Z.cols(); ++k) Z(r, k) += net.b2[k];
    const CrossEntropy ce = softmax_cross_entropy(Z, labels);  // J and dZ = softmax(Z) − onehot(y)
    // Backward: all gradients from the current parameters.
    const Matrix& dZ = ce.gradient;
    const Matrix dW2 = transpose(dZ) * H;
    const Matrix dH = dZ * net.W2;
    Matrix Delta1(H.rows(), H.cols());
    for (std::size_t r = 0; r < H.rows(); ++r)
        for (std::size_t k = 0; k < H.cols(); ++k) Delta1(r, k) = dH(r, k) * (1.0 - H(r, k) * H(r, k));
    const Matrix dW1 = transpose(Delta1) * X;
    Vector db1(H.cols()), db2(Z.cols());
    for (std::size_t r = 0; r < H.rows(); ++r) {
        for (std::size_t k = 0; k < H.cols(); ++k) db1[k] += Delta1(r, k);
        for (std::size_t k = 0; k < Z.cols(); ++k) db2[k] += dZ(r, k);
    }
    // The step θ ← θ − γ∇J.
    TrainingStep step{ce.loss, net};
    step.net.W1 -= learning_rate * dW1;
    step.net.b1 -= learning_rate * db1;
    step.net.W2 -= learning_rate * dW2;
    step.net.b2 -= learning_rate * db2;
    return step;
}

}  // namespace mml::exercises
