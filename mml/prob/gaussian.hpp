// mml/prob/gaussian.hpp — the multivariate Gaussian N(μ, Σ).                       (MML §6.5)
//
//     p(x) = (2π)^{−D/2} det(Σ)^{−1/2} exp(−½ (x − μ)ᵀ Σ⁻¹ (x − μ))
//
// Everything goes through the Cholesky factor Σ = L Lᵀ (unit 1), never through Σ⁻¹:
//   * log_pdf: solve L z = x − μ (forward substitution); then (x − μ)ᵀΣ⁻¹(x − μ) = zᵀz and
//     log det Σ = 2 Σᵢ log Lᵢᵢ — stable, and O(D²) once L is known;
//   * sampling: x = μ + L z with z ~ N(0, I), because Cov[Lz] = L I Lᵀ = Σ;
//   * a covariance that is not symmetric positive definite fails the factorisation: DomainError.
// Closed under the operations of MML §6.5: marginals are Gaussian (pick the entries),
// conditionals are Gaussian (MML (6.65)–(6.66)), affine maps are Gaussian (Ax + b ~ N(Aμ + b, AΣAᵀ)),
// sums of independent Gaussians are Gaussian, and a product of two Gaussian densities is an
// unnormalised Gaussian.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"
#include "mml/prob/rng.hpp"

#include <cstddef>
#include <vector>

namespace mml {

class MultivariateNormal {
public:
    MultivariateNormal(const Vector& mean, const Matrix& covariance);

    std::size_t dimension() const { return mu_.size(); }
    const Vector& mean() const { return mu_; }
    const Matrix& covariance() const { return sigma_; }
    const Matrix& cholesky_factor() const { return L_; }

    double log_pdf(const Vector& x) const;
    double pdf(const Vector& x) const;
    Vector sample(Rng& rng) const;

    // p(x_I): the entries `indices` of μ and the rows/columns of Σ (MML (6.64)).
    MultivariateNormal marginal(const std::vector<std::size_t>& indices) const;
    // p(x_A | x_B = values) for A = `indices`, B = `given` (MML (6.65)–(6.66)):
    //   μ_{A|B} = μ_A + Σ_AB Σ_BB⁻¹ (x_B − μ_B),   Σ_{A|B} = Σ_AA − Σ_AB Σ_BB⁻¹ Σ_BA.
    MultivariateNormal conditional(const std::vector<std::size_t>& indices, const std::vector<std::size_t>& given,
                                   const Vector& values) const;
    // y = A x + b ~ N(A μ + b, A Σ Aᵀ) (MML §6.5.3; Σ must stay positive definite, so A needs full row rank).
    MultivariateNormal affine(const Matrix& A, const Vector& b) const;

private:
    Vector mu_;
    Matrix sigma_;
    Matrix L_;  // Σ = L Lᵀ
};

// x + y for independent x ~ N(μ₁, Σ₁), y ~ N(μ₂, Σ₂): N(μ₁ + μ₂, Σ₁ + Σ₂) (MML (6.70)).
MultivariateNormal sum_of_independent(const MultivariateNormal& x, const MultivariateNormal& y);

// N(x | a, A) · N(x | b, B) = c · N(x | m, C) with C = (A⁻¹ + B⁻¹)⁻¹, m = C(A⁻¹a + B⁻¹b) and
// c = N(a | b, A + B) (MML (6.74)–(6.76)).
struct GaussianProduct {
    MultivariateNormal gaussian;
    double scale;  // c
};
GaussianProduct product_of_densities(const MultivariateNormal& p, const MultivariateNormal& q);

// The affine rules for any distribution with mean μ and covariance Σ (MML §6.4.4):
// E[Ax + b] = Aμ + b and Cov[Ax + b] = AΣAᵀ.
Vector affine_mean(const Matrix& A, const Vector& mean, const Vector& b);
Matrix affine_covariance(const Matrix& A, const Matrix& covariance);

}  // namespace mml
