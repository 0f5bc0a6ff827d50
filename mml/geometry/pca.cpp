// mml/geometry/pca.cpp — principal component analysis through the SVD of the centred data.
//                                                                              (MML §10.2–10.4)
// Centre X, take the thin SVD X̄ = UΣVᵀ (unit 1), and read off the principal directions (the
// columns of V) and the variances λᵢ = σᵢ²/N. Projection and reconstruction are one matrix product each.
#include "mml/geometry/pca.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"
#include "mml/linalg/svd.hpp"

#include <string>

namespace mml {

PCA pca(const Matrix& X, std::size_t k) {
    require_nonempty("pca", X);
    require_finite("pca", X);
    const std::size_t N = X.rows(), D = X.cols();
    if (k == 0 || k > D)
        throw DimensionError("pca: k = " + std::to_string(k) + " components requested, but the data has " +
                             std::to_string(D) + " dimensions — choose 1 <= k <= " + std::to_string(D));
    Vector mu(D);  // μ = (1/N) Σₙ xₙ
    for (std::size_t n = 0; n < N; ++n)
        for (std::size_t d = 0; d < D; ++d) mu[d] += X(n, d);
    mu /= static_cast<double>(N);
    Matrix centred = X;  // X̄ = X − 𝟙μᵀ
    for (std::size_t n = 0; n < N; ++n)
        for (std::size_t d = 0; d < D; ++d) centred(n, d) -= mu[d];
    const auto [U, S, V] = svd(centred);
    // The thin SVD has min(N, D) singular values: with fewer points than dimensions, only
    // min(N, D) directions exist to choose from.
    if (k > V.cols())
        throw DimensionError("pca: only " + std::to_string(V.cols()) + " components exist for " + std::to_string(N) +
                             " data points in " + std::to_string(D) + " dimensions; choose k <= " +
                             std::to_string(V.cols()));
    double total = 0.0;  // the total variance Σᵢ λᵢ = ‖X̄‖_F²/N
    for (std::size_t i = 0; i < S.size(); ++i) total += S[i] * S[i] / static_cast<double>(N);
    PCA model{Matrix(D, k), Vector(k), Vector(k), mu};
    for (std::size_t i = 0; i < k; ++i) {
        const double lambda = S[i] * S[i] / static_cast<double>(N);  // λᵢ = σᵢ²/N
        model.explained_variance[i] = lambda;
        model.explained_variance_ratio[i] = total > 0.0 ? lambda / total : 0.0;
        model.components.set_col(i, V.col(i));
    }
    return model;
}

Matrix pca_project(const PCA& model, const Matrix& X) {
    if (X.cols() != model.mean.size())
        throw DimensionError("pca_project: the data has " + std::to_string(X.cols()) + " columns but the model " +
                             std::to_string(model.mean.size()));
    Matrix centred = X;
    for (std::size_t n = 0; n < X.rows(); ++n)
        for (std::size_t d = 0; d < X.cols(); ++d) centred(n, d) -= model.mean[d];
    return centred * model.components;
}

Matrix pca_reconstruct(const PCA& model, const Matrix& Z) {
    if (Z.cols() != model.components.cols())
        throw DimensionError("pca_reconstruct: codes have " + std::to_string(Z.cols()) + " columns but the model keeps " +
                             std::to_string(model.components.cols()) + " components");
    Matrix X = Z * transpose(model.components);
    for (std::size_t n = 0; n < X.rows(); ++n)
        for (std::size_t d = 0; d < X.cols(); ++d) X(n, d) += model.mean[d];
    return X;
}

}  // namespace mml
