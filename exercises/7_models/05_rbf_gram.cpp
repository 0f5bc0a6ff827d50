// Exercise 7.05 — The RBF Gram matrix                                         (MML §12.4)
//
// Task:    return the N × N Gram matrix of the Gaussian (RBF) kernel,
//              Kᵢⱼ = k(xᵢ, xⱼ) = exp(−γ ‖xᵢ − xⱼ‖²),
//          for the rows xᵢ of X. It is symmetric with ones on the diagonal, and positive definite
//          for distinct points.
// Input:   X (N × D, one example per row), γ > 0.
// Output:  K (N × N).
// Errors:  γ ≤ 0 (or not finite) → mml::DomainError.
// Example: x₁ = (1, 2), x₂ = (3, 4), γ = 0.5: ‖x₁ − x₂‖² = 8, so K₁₂ = e⁻⁴ = 0.0183.
// Hint:    the squared distance, not the distance; compute the pairs j < i once and mirror them.
// Declared in: tests/exercises/7_models/unit7.hpp.
//
// Check:   build/exercises/mml-check 7.05
#include "unit7.hpp"

namespace mml::exercises {

Matrix rbf_gram(const Matrix& X, double gamma) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
