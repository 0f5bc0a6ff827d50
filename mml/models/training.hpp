// mml/models/training.hpp — training an MLP by mini-batch SGD or Adam.           (MML §7.1, §7.1.3)
//
// Each epoch shuffles the training examples (mml::Rng, seeded) and walks through them in
// mini-batches B of batch_size examples (the last one may be smaller). For each batch, one forward
// and one backward pass (network.hpp) give the gradient of the batch's part of the objective, and
// one step updates every parameter θ. The objective is the README's J(θ) = Σₙ ℓₙ + ½λ‖W‖²; the
// step uses its per-example average, estimated on the batch without bias (as unit 4's sgd does):
//     g = (1/|B|) Σ_{n∈B} ∇ℓₙ(θ) + (λ/N) W       (the penalty shared out over the N examples)
// and then, per parameter, the update rules of unit 4 (optim/gradient_methods.hpp, stochastic.hpp):
//     SGD:   θ ← θ − γ g
//     Adam:  m ← β₁m + (1 − β₁)g,  v ← β₂v + (1 − β₂)g²,  θ ← θ − γ m̂/(√v̂ + ε),
//            with the bias corrections m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ) (Kingma & Ba 2015).
// Unit 4's sgd and adam take one flat θ and a per-example or full gradient; a network's gradient
// comes a mini-batch at a time as one matrix per layer, so the loop is written out here with the
// same rules, applied layer by layer to W and b in place.
#pragma once
#include "mml/core/matrix.hpp"
#include "mml/models/network.hpp"
#include "mml/prob/rng.hpp"

#include <cstddef>
#include <vector>

namespace mml {

enum class Optimizer { sgd, adam };

struct TrainOptions {
    Optimizer method = Optimizer::adam;
    double learning_rate = 1e-3;  // γ
    std::size_t batch_size = 32;
    std::size_t epochs = 50;
    double lambda = 0.0;          // λ in J = Σₙ ℓₙ + ½λ Σ‖W_l‖²
    double beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8;  // Adam, as in unit 4's OptimOptions
};

struct TrainResult {
    Mlp model;
    std::vector<double> objective;  // J(θ) on all training data after each epoch
};

// Trains a copy of `initial` on X (N × D) with classes labels (0 … K−1, K = the output size).
// DomainError for bad options (γ ≤ 0, batch_size 0, λ < 0), bad labels, non-finite data; also if
// the objective becomes non-finite (a learning rate far too large) — never a NaN network.
TrainResult train_mlp(const Mlp& initial, const Matrix& X, const std::vector<std::size_t>& labels,
                      const TrainOptions& options, Rng& rng);

}  // namespace mml
