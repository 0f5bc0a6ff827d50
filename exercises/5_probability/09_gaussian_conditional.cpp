// Exercise 5.09 — conditioning a bivariate Gaussian                          (MML §6.5.1, Example 6.6)
//
// Task:    for (x₁, x₂) ~ N(μ, Σ), the conditional p(x₁ | x₂) is Gaussian with (MML (6.65)–(6.66))
//              mean      μ₁ + Σ₁₂ Σ₂₂⁻¹ (x₂ − μ₂)
//              variance  Σ₁₁ − Σ₁₂ Σ₂₂⁻¹ Σ₂₁.
//          Observing x₂ shifts the mean of x₁ (by the regression coefficient Σ₁₂/Σ₂₂) and
//          shrinks its variance — never increases it.
// Input:   μ (2 entries), Σ (2×2 symmetric, Σ₂₂ > 0), the observed x₂.
// Output:  {conditional mean, conditional variance}.
// Errors:  Σ₂₂ ≤ 0 → mml::DomainError; wrong sizes → mml::DimensionError.
// Example: MML Example 6.6: μ = [0, 2], Σ = [[0.3, −1], [−1, 5]], x₂ = −1: mean 0.6, variance 0.1.
// Hint:    Σ(0, 1) is Σ₁₂ (indices from 0).
//
// Check:   build/exercises/mml-check 5.09
#include "unit5.hpp"

namespace mml::exercises {

std::pair<double, double> bivariate_conditional(const Vector& mu, const Matrix& Sigma, double x2) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
