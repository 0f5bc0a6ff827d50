// Exercise 6.06 — The logistic-regression gradient                        (MML §8.3; Bishop §4.3.2)
//
// Task:    logistic regression models p(yₙ = 1 | xₙ) = σ(xₙᵀθ), σ(t) = 1/(1 + e⁻ᵗ). The negative
//          log-likelihood (the cross-entropy loss)
//              E(θ) = −Σₙ [yₙ log σ(xₙᵀθ) + (1 − yₙ) log(1 − σ(xₙᵀθ))]
//          has the gradient ∇E(θ) = Σₙ (σ(xₙᵀθ) − yₙ) xₙ = Xᵀ(p − y), using σ′ = σ(1 − σ).
//          Return E(θ) and ∇E(θ).
// Input:   X (N × D, one example per row), labels y ∈ {0, 1}ᴺ, θ (D entries).
// Output:  {loss E(θ), gradient ∇E(θ)}.
// Errors:  X.rows() ≠ y.size() or X.cols() ≠ θ.size() → mml::DimensionError.
// Example: θ = 0 gives every pₙ = ½: E = N log 2 and ∇E = Xᵀ(½ − y).
// Note:    log σ(t) = −log(1 + e⁻ᵗ); for large |t| use mml::softplus(t) = log(1 + eᵗ) so that
//          nothing overflows: log σ(t) = −softplus(−t), log(1 − σ(t)) = −softplus(t).
//
// Check:   build/exercises/mml-check 6.06
#include "unit6.hpp"

namespace mml::exercises {

LossAndGradient logistic_loss_and_gradient(const Matrix& X, const Vector& y, const Vector& theta) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
