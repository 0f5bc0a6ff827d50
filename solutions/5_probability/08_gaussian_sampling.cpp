// Exercise 5.08 — sampling a multivariate Gaussian with Cholesky              (MML §6.5.4, §4.3)
//
// Task:    draw x ~ N(μ, Σ) in ℝ² from two standard normals: factor Σ = L Lᵀ (Cholesky) and set
//              x = μ + L z,   z = (z₁, z₂), zᵢ ~ N(0, 1) independent.
//          Then E[x] = μ and Cov[x] = L Cov[z] Lᵀ = L I Lᵀ = Σ (the affine rule of MML §6.4.4).
// Input:   the generator, μ (2 entries), Σ (2×2 symmetric positive definite).
// Output:  one sample.
// Errors:  Σ not positive definite → mml::DomainError (mml::cholesky throws it).
// Example: μ = [1, −1], Σ = [[4, 1.2], [1.2, 1]]: the samples' correlation is 1.2/(2·1) = 0.6.
// Hint:    mml::cholesky, rng.normal(), then one matrix–vector product.
//
// Check:   build/exercises/mml-check 5.08
#include "unit5.hpp"

namespace mml::exercises {

Vector sample_gaussian_2d(Rng& rng, const Vector& mu, const Matrix& Sigma) {
    const Matrix L = cholesky(Sigma);  // Σ = L Lᵀ
    const Vector z{rng.normal(), rng.normal()};
    return mu + L * z;
}

}  // namespace mml::exercises
