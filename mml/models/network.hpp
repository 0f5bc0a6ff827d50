// mml/models/network.hpp — a multilayer perceptron for classification, and backpropagation.  (MML §5.6)
//
// An MLP is a chain of dense layers (layer.hpp): x → a₁ = σ(W₁x + b₁) → … → z = W_L a_{L−1} + b_L,
// whose last layer is linear and gives K class scores z. The class probabilities are softmax(z)
// and the loss of an example with class y (0 … K−1) is the softmax cross-entropy
// ℓ = LSE(z) − z_y (softmax.hpp). Over a data set, with the README's convention,
//     J(θ) = Σₙ ℓₙ(θ) + ½λ Σ_l ‖W_l‖²_F        (biases are not penalised: shrinking them towards 0
//                                               does not make the function smoother)
// Backpropagation (MML §5.6) is the chain rule applied layer by layer from the top: the gradient
// of the loss with respect to the scores is softmax(z) − onehot(y); each layer turns the gradient
// with respect to its output into those of its W, b and input (dense_backward), and hands the
// last one down. One forward and one backward pass give every ∂J/∂W_l, ∂J/∂b_l — for a whole
// mini-batch at once.
//
// Initialisation (seeded, make_mlp): the weights must differ (equal weights get equal gradients
// and stay equal) and keep the variance of the signal roughly constant from layer to layer:
//   Glorot/Xavier (Glorot & Bengio 2010) for tanh, sigmoid and the linear output layer:
//       W_ij ~ Uniform(−a, a),  a = √(6/(in + out))     (variance 2/(in + out));
//   He (He, Zhang, Ren & Sun 2015) for ReLU layers, which zero half their inputs:
//       W_ij ~ N(0, 2/in).
// Biases start at 0.
#pragma once
#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"
#include "mml/models/layer.hpp"
#include "mml/prob/rng.hpp"

#include <cstddef>
#include <vector>

namespace mml {

struct Mlp {
    std::vector<DenseLayer> layers;  // the last has Activation::identity: its outputs are the scores

    // The scores Z (B × K) of a mini-batch X (B × D, one example per row).
    Matrix forward(const Matrix& X) const;
    // The predicted class of each row of X: argmax_k z_k (ties: the lowest k).
    std::vector<std::size_t> predict(const Matrix& X) const;
    std::size_t parameter_count() const;  // Σ_l (out·in + out)
};

// An MLP with layer sizes sizes = {D, h₁, …, K} (at least {D, K}), hidden activation `hidden`, a
// linear output layer, Glorot or He initialisation from rng (see above), zero biases.
Mlp make_mlp(const std::vector<std::size_t>& sizes, Activation hidden, Rng& rng);

struct MlpGradient {
    double loss = 0.0;          // J = Σₙ ℓₙ + ½λ Σ‖W_l‖²
    std::vector<Matrix> dW;     // ∂J/∂W_l
    std::vector<Vector> db;     // ∂J/∂b_l
};
// J and its gradient on the examples X (B × D) with classes labels (0 … K−1), by one forward
// and one backward pass. DimensionError/DomainError for mismatched shapes or labels ≥ K.
MlpGradient mlp_loss_and_gradient(const Mlp& net, const Matrix& X, const std::vector<std::size_t>& labels,
                                  double lambda = 0.0);

// J alone (one forward pass, no backward pass).
double mlp_objective(const Mlp& net, const Matrix& X, const std::vector<std::size_t>& labels, double lambda = 0.0);

// All parameters as one vector θ (layer by layer: W row by row, then b), and back. For unit 4's
// optimisers and for gradient checks.
Vector pack_parameters(const Mlp& net);
void unpack_parameters(Mlp& net, const Vector& theta);
Vector pack_gradient(const MlpGradient& gradient);

// The fraction of predictions equal to the labels (the sizes must agree and not be 0).
double accuracy(const std::vector<std::size_t>& predicted, const std::vector<std::size_t>& labels);

}  // namespace mml
