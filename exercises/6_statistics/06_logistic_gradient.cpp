// Exercise 6.06 — The logistic-regression gradient                        (MML §8.3; Bishop §4.3.2)
//
// Task:    logistic regression with labels yₙ ∈ {−1, +1} (mml's convention) models
//          p(yₙ | xₙ) = σ(yₙ xₙᵀθ), σ(t) = 1/(1 + e⁻ᵗ) — one formula for both classes, since
//          1 − σ(t) = σ(−t). With tₙ = xₙᵀθ the negative log-likelihood (the logistic loss, summed)
//              E(θ) = −Σₙ log σ(yₙtₙ) = Σₙ softplus(−yₙtₙ),   softplus(s) = log(1 + eˢ),
//          has the gradient
//              ∇E(θ) = −Σₙ yₙ σ(−yₙtₙ) xₙ = −Xᵀw,   wₙ = yₙ σ(−yₙtₙ),
//          using softplus′ = σ. Return E(θ) and ∇E(θ).
// Input:   X (N × D, one example per row), labels y ∈ {−1, +1}ᴺ, θ (D entries).
// Output:  {loss E(θ), gradient ∇E(θ)}.
// Errors:  X.rows() ≠ y.size() or X.cols() ≠ θ.size() → mml::DimensionError;
//          a label other than −1 or +1 → mml::DomainError (0/1 labels convert by y = 2y₀₁ − 1).
// Example: θ = 0 gives every σ(0) = ½: E = N log 2 and ∇E = −½ Xᵀy.
// Note:    use mml::softplus, which never overflows (log(1 + exp(1000)) would be inf).
//
// Check:   build/exercises/mml-check 6.06
#include "unit6.hpp"

namespace mml::exercises {

LossAndGradient logistic_loss_and_gradient(const Matrix& X, const Vector& y, const Vector& theta) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
