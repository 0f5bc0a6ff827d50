// mml/geometry/orthogonal.cpp — Gram–Schmidt (classical and modified), orthogonal complements,
// basis completion.                                                          (MML §3.6, §3.8.3)
//
// Both Gram–Schmidt variants are written out column by column so they can be compared (the
// header explains why the modified one keeps orthogonality on nearly dependent bases). The
// orthogonal complement of span(B) is read off the SVD: the left singular vectors beyond rank(B).
#include "mml/geometry/orthogonal.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"
#include "mml/geometry/inner_product.hpp"
#include "mml/linalg/svd.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace mml {

namespace {

void dependent(const std::string& operation, std::size_t j) {
    throw DomainError(operation + ": column " + std::to_string(j) +
                      " is (numerically) a linear combination of the columns before it, so the columns are not a "
                      "basis — remove it, or use orthogonal_complement/svd for rank-deficient sets");
}

}  // namespace

Matrix gram_schmidt(const Matrix& B) {
    require_nonempty("gram_schmidt", B);
    require_finite("gram_schmidt", B);
    Matrix Q(B.rows(), B.cols());
    for (std::size_t j = 0; j < B.cols(); ++j) {
        Vector u = B.col(j);
        const double original = norm(u);
        for (std::size_t i = 0; i < j; ++i) {
            const Vector qi = Q.col(i);
            u -= dot(u, qi) * qi;  // modified: the coefficient from the current u, not from bⱼ
        }
        const double length = norm(u);
        if (length <= 1e-12 * original || length == 0.0) dependent("gram_schmidt", j);
        Q.set_col(j, u / length);
    }
    return Q;
}

Matrix gram_schmidt_classical(const Matrix& B) {
    require_nonempty("gram_schmidt_classical", B);
    require_finite("gram_schmidt_classical", B);
    Matrix Q(B.rows(), B.cols());
    for (std::size_t j = 0; j < B.cols(); ++j) {
        const Vector b = B.col(j);
        Vector u = b;
        for (std::size_t i = 0; i < j; ++i) {
            const Vector qi = Q.col(i);
            u -= dot(b, qi) * qi;  // classical: every coefficient from the original bⱼ
        }
        const double length = norm(u);
        if (length <= 1e-12 * norm(b) || length == 0.0) dependent("gram_schmidt_classical", j);
        Q.set_col(j, u / length);
    }
    return Q;
}

Matrix orthogonal_complement(const Matrix& B) {
    require_nonempty("orthogonal_complement", B);
    const std::size_t n = B.rows();
    // The left singular vectors of B beyond its rank span U^⊥. svd(B) is thin (n×min(n,k)), so take
    // the SVD of the n×n matrix [B | 0] to get all n left singular vectors.
    Matrix padded(n, std::max(n, B.cols()));
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < B.cols(); ++j) padded(i, j) = B(i, j);
    const auto [U, S, V] = svd(padded);
    const double tol = static_cast<double>(std::max(n, B.cols())) * std::numeric_limits<double>::epsilon() * S[0];
    std::size_t r = 0;
    while (r < S.size() && S[r] > tol) ++r;
    Matrix C(n, n - r);
    for (std::size_t j = r; j < n; ++j) C.set_col(j - r, U.col(j));
    return C;
}

Matrix complete_orthonormal_basis(const Matrix& Q) {
    if (!is_orthonormal_set(Q, 1e-10))
        throw DomainError("complete_orthonormal_basis: the columns of Q must be orthonormal (use gram_schmidt first)");
    const Matrix C = orthogonal_complement(Q);
    Matrix full(Q.rows(), Q.rows());
    for (std::size_t j = 0; j < Q.cols(); ++j) full.set_col(j, Q.col(j));
    for (std::size_t j = 0; j < C.cols(); ++j) full.set_col(Q.cols() + j, C.col(j));
    return full;
}

}  // namespace mml
