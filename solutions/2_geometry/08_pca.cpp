// Exercise 2.08 — PCA by hand                                              (MML §10.1–10.3)
//
// Task:    principal component analysis of the rows of X (N points in ℝᴰ) with k components:
//            1. the mean μ = (1/N) Σₙ xₙ and the centred data X̄ = X − 𝟙μᵀ;
//            2. the covariance S = X̄ᵀX̄ / N and its eigen-decomposition (mml::eig_sym gives the
//               eigenvalues in descending order and the eigenvectors as columns);
//            3. the projection matrix B = [b₁ … bₖ] of the top k eigenvectors;
//            4. the reconstruction x̃ₙ = μ + B Bᵀ(xₙ − μ) and the average squared error
//               (1/N) Σₙ ‖xₙ − x̃ₙ‖², which equals the sum of the discarded eigenvalues λ_{k+1} + … + λ_D.
// Input:   X (N×D), 1 ≤ k ≤ D.
// Output:  PcaByHand{mean, directions, variances, reconstruction_error} (declared in unit2.hpp).
// Errors:  k = 0 or k > D → mml::DimensionError.
// Example: the points (−1, −1), (1, 1) have μ = 0, one direction ±(1, 1)/√2 with variance 2, and
//          reconstruction error 0 for k = 1.
// Hint:    use mml::eig_sym; do not call mml::pca (it is what you are checked against).
//
// Check:   build/exercises/mml-check 2.08
#include "unit2.hpp"

#include <string>

namespace mml::exercises {

PcaByHand pca_by_hand(const Matrix& X, std::size_t k) {
    const std::size_t N = X.rows(), D = X.cols();
    if (k == 0 || k > D) throw DimensionError("pca_by_hand: k must be between 1 and " + std::to_string(D));
    Vector mu(D);
    for (std::size_t n = 0; n < N; ++n)
        for (std::size_t d = 0; d < D; ++d) mu[d] += X(n, d) / static_cast<double>(N);
    Matrix centred = X;
    for (std::size_t n = 0; n < N; ++n)
        for (std::size_t d = 0; d < D; ++d) centred(n, d) -= mu[d];
    const Matrix S = transpose(centred) * centred / static_cast<double>(N);  // the covariance
    const auto [lambda, V] = eig_sym(S);
    Matrix B(D, k);
    Vector variances(k);
    for (std::size_t i = 0; i < k; ++i) {
        B.set_col(i, V.col(i));
        variances[i] = lambda[i];
    }
    double error = 0.0;
    for (std::size_t n = 0; n < N; ++n) {
        const Vector xc = centred.row(n);
        const Vector residual = xc - B * (transpose(B) * xc);  // xₙ − x̃ₙ
        error += dot(residual, residual);
    }
    return {mu, B, variances, error / static_cast<double>(N)};
}

}  // namespace mml::exercises
