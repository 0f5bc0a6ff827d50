// mml/models/softmax_regression.hpp — multiclass logistic (softmax) regression.   (MML §8.2, §9.2)
//
// The linear classifier every network must beat: K class scores z = Wx + b, probabilities
// softmax(z), trained by minimising the README's objective J(θ) = Σₙ ℓₙ + ½λ‖W‖² with the
// softmax cross-entropy ℓₙ = LSE(zₙ) − z_{n,yₙ}. It is an MLP with no hidden layer (network.hpp),
// so its gradient comes from the same backward pass; but unlike a network, J is convex in θ
// (LSE is convex and z is linear in θ), so any descent method reaches the one minimum, and with
// λ > 0 it is strictly convex and the minimiser unique. (With λ = 0 and linearly separable
// classes there is no minimiser: ‖W‖ → ∞ lowers J for ever — use λ > 0.)
//
// The minimisation is unit 4's damped Newton method from θ = 0 (the multiclass form of the IRLS of
// unit 6's logistic regression), until ‖∇(J/N)‖ ≤ tolerance. With x̃ = [x; 1] and p = softmax(z),
// the Hessian is a K × K grid of (D+1) × (D+1) blocks (MML §5.3; Böhning 1992):
//     ∂²J/∂θₖ∂θⱼ = Σₙ pₙₖ(δₖⱼ − pₙⱼ) x̃ₙx̃ₙᵀ   (+ λI on the weights of the diagonal blocks),
// each block one weighted product X̃ᵀ diag(w) X̃. Shifting every class's bias by the same amount
// does not change p, so without a penalty on b this Hessian is singular in that one direction
// (where the gradient is 0 too); unit 4's newton then adds a small μI, which is all it needs.
// Gradient descent would also get there, but its iterations grow with the condition number:
// 11 700 of them on standardised Iris for ‖∇(J/N)‖ ≤ 1e-7, against Newton's handful.
#pragma once
#include "mml/core/matrix.hpp"
#include "mml/models/network.hpp"

#include <cstddef>
#include <vector>

namespace mml {

struct SoftmaxRegression {
    Mlp model;                  // one linear layer, K × D weights
    double objective = 0.0;     // J(θ̂) = Σₙ ℓₙ + ½λ‖W‖²
    std::size_t iterations = 0; // Newton steps
    bool converged = false;     // ‖∇(J/N)‖ ≤ tolerance was reached
};

// Fits K classes (labels 0 … K−1) to X (N × D). DomainError for λ < 0, bad labels, NaN/∞ data.
SoftmaxRegression softmax_regression(const Matrix& X, const std::vector<std::size_t>& labels, std::size_t K,
                                     double lambda, double tolerance = 1e-8, std::size_t max_iterations = 100);

// ∇²J at the network's parameters (packed as pack_parameters packs them: W row by row, then b).
Matrix softmax_regression_hessian(const Mlp& net, const Matrix& X, double lambda);

}  // namespace mml
