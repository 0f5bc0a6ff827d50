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
    if (mu.size() != 2 || Sigma.rows() != 2 || Sigma.cols() != 2)
        throw DimensionError("bivariate_conditional: mu must have 2 entries and Sigma be 2x2");
    if (!(Sigma(1, 1) > 0.0)) throw DomainError("bivariate_conditional: Sigma22 must be > 0");
    const double k = Sigma(0, 1) / Sigma(1, 1);  // Σ₁₂ Σ₂₂⁻¹
    return {mu[0] + k * (x2 - mu[1]), Sigma(0, 0) - k * Sigma(1, 0)};
}

}  // namespace mml::exercises
