// The exercise functions of unit 7 (Models: mixtures and EM, k-means, SVMs, neural networks). Each
// is written by the student in exercises/7_models/<file> (the reference answers are in
// solutions/7_models/).
#pragma once

#include "mml/core.hpp"
#include "mml/models.hpp"
#include "mml/prob.hpp"

#include <cmath>
#include <cstddef>
#include <vector>

namespace mml::exercises {

// 7.03: the M-step's new parameters of one component.
struct ComponentUpdate {
    double N_k;         // Nₖ = Σₙ r_nk, the effective number of examples
    double weight;      // πₖ = Nₖ / N
    Vector mean;        // μₖ = (1/Nₖ) Σₙ r_nk xₙ
    Matrix covariance;  // Σₖ = (1/Nₖ) Σₙ r_nk (xₙ − μₖ)(xₙ − μₖ)ᵀ, around the new μₖ
};
// 7.04: one assignment step of k-means.
struct ClusterStep {
    std::vector<std::size_t> assignments;  // zₙ, the index of the nearest centre
    double inertia;                        // Σₙ ‖xₙ − c_{zₙ}‖²
};
// 7.08: the gradients of a tanh dense layer.
struct DenseGradients {
    Matrix dW;  // ∂L/∂W, out × in
    Vector db;  // ∂L/∂b, out
    Matrix dX;  // ∂L/∂X, B × in
};
// 7.09: the softmax cross-entropy of a batch and its gradient.
struct CrossEntropyGradient {
    double loss;  // Σ_b (LSE(z_b) − z_{b, y_b})
    Matrix dZ;    // ∂loss/∂Z, B × K
};
// 7.10: a network with one tanh hidden layer, and one training step.
struct TinyNet {
    Matrix W1;  // H × D
    Vector b1;  // H
    Matrix W2;  // K × H
    Vector b2;  // K
};
struct TrainingStep {
    double loss;  // J = Σₙ ℓₙ at the parameters BEFORE the step
    TinyNet net;  // the parameters after the step θ − γ∇J
};

// 7.01  Log-sum-exp  (01_log_sum_exp.cpp)
double my_log_sum_exp(const Vector& z);
// 7.02  The E-step: responsibilities  (02_e_step.cpp)
Matrix e_step_responsibilities(const Matrix& X, const std::vector<double>& weights, const std::vector<Vector>& means,
                               const std::vector<Matrix>& covariances);
// 7.03  The M-step for one component  (03_m_step.cpp)
ComponentUpdate m_step_component(const Matrix& X, const Vector& r);
// 7.04  The k-means assignment step  (04_kmeans_assign.cpp)
ClusterStep kmeans_assign(const Matrix& X, const Matrix& centres);
// 7.05  The RBF Gram matrix  (05_rbf_gram.cpp)
Matrix rbf_gram(const Matrix& X, double gamma);
// 7.06  The SVM dual objective  (06_svm_dual.cpp)
double svm_dual(const Vector& alpha, const std::vector<int>& y, const Matrix& K);
// 7.07  One SMO pair update  (07_smo_pair.cpp)
Vector smo_pair_update(const Vector& alpha, const std::vector<int>& y, const Matrix& K, double C, std::size_t i,
                       std::size_t j);
// 7.08  A dense layer: forward and backward  (08_dense_layer.cpp)
Matrix dense_tanh_forward(const Matrix& X, const Matrix& W, const Vector& b);
DenseGradients dense_tanh_backward(const Matrix& X, const Matrix& W, const Vector& b, const Matrix& dA);
// 7.09  The softmax cross-entropy gradient  (09_softmax_cross_entropy.cpp)
CrossEntropyGradient softmax_ce(const Matrix& Z, const std::vector<std::size_t>& labels);
// 7.10  One training step of a tiny network  (10_training_step.cpp)
TrainingStep training_step(const TinyNet& net, const Matrix& X, const std::vector<std::size_t>& labels,
                           double learning_rate);

}  // namespace mml::exercises
