// mml/geometry/pca.hpp — principal component analysis.                              (MML ch. 10)
//
// Data X (N×D, one data point per row). PCA finds the k orthonormal directions along which the
// centred data varies most, and compresses each point to its k coordinates along them:
//   1. centre: X̄ = X − 𝟙μᵀ with the mean μ = (1/N) Σₙ xₙ;
//   2. the covariance S = X̄ᵀX̄ / N has eigenvectors b₁, b₂, … (the principal directions) and
//      eigenvalues λ₁ ≥ λ₂ ≥ … (the variance along each, MML §10.2);
//   3. we compute them from the SVD X̄ = U Σ Vᵀ instead: S = V (Σ²/N) Vᵀ, so bᵢ = vᵢ and λᵢ = σᵢ²/N.
//      The SVD works on X̄ directly and never forms X̄ᵀX̄, which would square the condition number.
// Projection: zₙ = Bᵀ(xₙ − μ) (the code, k numbers); reconstruction: x̃ₙ = μ + B zₙ.
// The average squared reconstruction error is the sum of the discarded eigenvalues, Σ_{i>k} λᵢ (MML §10.3).
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <cstddef>

namespace mml {

struct PCA {
    Matrix components;                // D×k, the principal directions b₁ … bₖ as orthonormal columns
    Vector explained_variance;        // λ₁ ≥ … ≥ λₖ, the variance of the data along each direction
    Vector explained_variance_ratio;  // λᵢ / Σ_all λ
    Vector mean;                      // μ, the mean data point
};

// PCA of the rows of X keeping k components (1 ≤ k ≤ D; DimensionError otherwise).
PCA pca(const Matrix& X, std::size_t k);

// Z = (X − 𝟙μᵀ) B: each row of X compressed to its k principal coordinates.
Matrix pca_project(const PCA& model, const Matrix& X);
// X̃ = 𝟙μᵀ + Z Bᵀ: back from codes to data space.
Matrix pca_reconstruct(const PCA& model, const Matrix& Z);

}  // namespace mml
