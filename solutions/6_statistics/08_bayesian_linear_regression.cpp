// Exercise 6.08 — Bayesian linear regression: the posterior                            (MML §9.3.3)
//
// Task:    prior θ ~ N(0, τ²I), likelihood y | θ ~ N(Φθ, σ²I). The posterior is Gaussian,
//              S_N = (I/τ² + ΦᵀΦ/σ²)⁻¹,   m_N = S_N Φᵀy/σ²                    (MML (9.43) with m₀ = 0)
//          and the predictive distribution at a new feature vector φ* is N(φ*ᵀm_N, φ*ᵀS_Nφ* + σ²).
//          Return m_N and S_N.
//          S_N is the inverse of the symmetric positive definite precision A = I/τ² + ΦᵀΦ/σ²: with
//          A = LLᵀ (Cholesky), S_N = L⁻ᵀL⁻¹, where L⁻¹ comes from triangular solves.
// Input:   Φ (N × D), y (N entries), and the two variances by name (so they cannot be swapped):
//          {.noise_variance = σ², .prior_variance = τ²}, both > 0.
// Output:  {m (D entries), S (D × D)}.
// Errors:  τ² ≤ 0 or σ² ≤ 0 → mml::DomainError; Φ.rows() ≠ y.size() → mml::DimensionError.
// Example: Φ = [[1], [1]], y = [1, 3], σ² = 1, τ² = 2: A = 1/2 + 2 = 5/2, S_N = 2/5, m_N = (2/5)·4 = 8/5
//          (the data mean 2 shrunk towards the prior mean 0). m_N equals ridge regression with
//          λ = σ²/τ².
//
// Check:   build/exercises/mml-check 6.08
#include "unit6.hpp"

namespace mml::exercises {

WeightPosterior blr_posterior(const Matrix& Phi, const Vector& y, const GaussianPriorNoise& variances) {
    const double sigma2 = variances.noise_variance, tau2 = variances.prior_variance;
    if (!(tau2 > 0.0) || !(sigma2 > 0.0))
        throw DomainError("blr_posterior: the prior and noise variances must be positive");
    if (Phi.rows() != y.size()) throw DimensionError("blr_posterior: Φ and y need the same number of rows");
    const std::size_t D = Phi.cols();
    const Matrix Phi_t = transpose(Phi);
    const Matrix A = (1.0 / tau2) * Matrix::identity(D) + (1.0 / sigma2) * (Phi_t * Phi);  // the precision S_N⁻¹
    const Matrix L = cholesky(A);                                       // A = LLᵀ
    const Matrix L_inv = solve_lower_triangular(L, Matrix::identity(D));  // L⁻¹, column by column
    const Matrix S = transpose(L_inv) * L_inv;                          // S_N = A⁻¹ = L⁻ᵀL⁻¹
    return {S * (Phi_t * y) / sigma2, S};
}

}  // namespace mml::exercises
