#include "mml/linalg/svd.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

namespace mml {

namespace {

double row_dot(const double* x, const double* y, std::size_t n) {
    double s = 0.0;
    for (std::size_t i = 0; i < n; ++i) s += x[i] * y[i];
    return s;
}

// One-sided Jacobi for m ≥ n. We store Wᵀ (n×m) and Vᵀ (n×n) so that the columns we rotate
// are contiguous rows.
SVD svd_tall(const Matrix& A) {
    const std::size_t m = A.rows(), n = A.cols();
    Matrix Wt = transpose(A);
    Matrix Vt = Matrix::identity(n);
    double* w = Wt.data();
    double* v = Vt.data();
    const double eps = std::numeric_limits<double>::epsilon();
    const int max_sweeps = 60;
    for (int sweep = 0;; ++sweep) {
        bool rotated = false;
        for (std::size_t p = 0; p + 1 < n; ++p) {
            for (std::size_t q = p + 1; q < n; ++q) {
                double* wp = w + p * m;
                double* wq = w + q * m;
                const double alpha = row_dot(wp, wp, m), beta = row_dot(wq, wq, m), gamma = row_dot(wp, wq, m);
                // Orthogonal to working precision already (or a zero column)? Then skip the pair.
                if (std::abs(gamma) <= static_cast<double>(m) * eps * std::sqrt(alpha * beta) || gamma == 0.0) continue;
                rotated = true;
                const double zeta = (beta - alpha) / (2.0 * gamma);
                const double t = (zeta >= 0.0 ? 1.0 : -1.0) / (std::abs(zeta) + std::sqrt(1.0 + zeta * zeta));
                const double c = 1.0 / std::sqrt(1.0 + t * t), s = c * t;
                for (std::size_t i = 0; i < m; ++i) {
                    const double a = wp[i], b = wq[i];
                    wp[i] = c * a - s * b;
                    wq[i] = s * a + c * b;
                }
                double* vp = v + p * n;
                double* vq = v + q * n;
                for (std::size_t i = 0; i < n; ++i) {
                    const double a = vp[i], b = vq[i];
                    vp[i] = c * a - s * b;
                    vq[i] = s * a + c * b;
                }
            }
        }
        if (!rotated) break;
        if (sweep == max_sweeps)
            throw NotConvergedError("svd: one-sided Jacobi did not converge in " + std::to_string(max_sweeps) +
                                    " sweeps for a " + shape_string(m, n) + " matrix");
    }
    // σⱼ = ‖wⱼ‖, sorted descending.
    std::vector<double> sigma(n);
    for (std::size_t j = 0; j < n; ++j) sigma[j] = std::sqrt(row_dot(w + j * m, w + j * m, m));
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) { return sigma[i] > sigma[j]; });
    SVD result{Matrix(m, n), Vector(n), Matrix(n, n)};
    const double tiny = static_cast<double>(m) * eps * (n ? sigma[order[0]] : 0.0);
    std::vector<bool> filled(n, false);
    for (std::size_t c = 0; c < n; ++c) {
        const std::size_t j = order[c];
        result.S[c] = sigma[j];
        for (std::size_t i = 0; i < n; ++i) result.V(i, c) = v[j * n + i];
        if (sigma[j] > tiny && sigma[j] > 0.0) {
            for (std::size_t i = 0; i < m; ++i) result.U(i, c) = w[j * m + i] / sigma[j];
            filled[c] = true;
        }
    }
    // Columns of U for (numerically) zero σ: complete to an orthonormal set with standard basis
    // vectors, orthogonalised twice against the columns already there (Gram–Schmidt, twice is enough).
    for (std::size_t c = 0; c < n; ++c) {
        if (filled[c]) continue;
        for (std::size_t e = 0; e < m; ++e) {
            Vector u(m);
            u[e] = 1.0;
            for (int pass = 0; pass < 2; ++pass)
                for (std::size_t o = 0; o < n; ++o) {
                    if (!filled[o]) continue;
                    double d = 0.0;
                    for (std::size_t i = 0; i < m; ++i) d += result.U(i, o) * u[i];
                    for (std::size_t i = 0; i < m; ++i) u[i] -= d * result.U(i, o);
                }
            double len = 0.0;
            for (std::size_t i = 0; i < m; ++i) len += u[i] * u[i];
            len = std::sqrt(len);
            if (len > 0.5) {
                for (std::size_t i = 0; i < m; ++i) result.U(i, c) = u[i] / len;
                filled[c] = true;
                break;
            }
        }
    }
    return result;
}

}  // namespace

SVD svd(const Matrix& A) {
    require_nonempty("svd", A);
    require_finite("svd", A);
    if (A.rows() >= A.cols()) return svd_tall(A);
    // A wide matrix: Aᵀ = U Σ Vᵀ gives A = V Σ Uᵀ.
    SVD t = svd_tall(transpose(A));
    return {t.V, t.S, t.U};
}

Matrix pinv(const Matrix& A) {
    const auto [U, S, V] = svd(A);
    const double tol = static_cast<double>(std::max(A.rows(), A.cols())) * std::numeric_limits<double>::epsilon() * S[0];
    Matrix Aplus(A.cols(), A.rows());
    // A⁺ = Σᵢ (1/σᵢ) vᵢ uᵢᵀ over the σᵢ above the tolerance.
    for (std::size_t k = 0; k < S.size(); ++k) {
        if (S[k] <= tol) continue;
        for (std::size_t i = 0; i < A.cols(); ++i)
            for (std::size_t j = 0; j < A.rows(); ++j) Aplus(i, j) += V(i, k) * U(j, k) / S[k];
    }
    return Aplus;
}

Matrix rank_k_approximation(const Matrix& A, std::size_t k) {
    const auto [U, S, V] = svd(A);
    if (k > S.size())
        throw DimensionError("rank_k_approximation: k = " + std::to_string(k) + " exceeds min(m, n) = " +
                             std::to_string(S.size()) + " for a " + shape_string(A.rows(), A.cols()) + " matrix");
    Matrix Ak(A.rows(), A.cols());
    for (std::size_t r = 0; r < k; ++r)
        for (std::size_t i = 0; i < A.rows(); ++i)
            for (std::size_t j = 0; j < A.cols(); ++j) Ak(i, j) += S[r] * U(i, r) * V(j, r);
    return Ak;
}

std::size_t rank(const Matrix& A) {
    if (A.empty()) return 0;
    const Vector S = svd(A).S;
    const double tol = static_cast<double>(std::max(A.rows(), A.cols())) * std::numeric_limits<double>::epsilon() * S[0];
    std::size_t r = 0;
    for (std::size_t k = 0; k < S.size(); ++k)
        if (S[k] > tol) ++r;
    return r;
}

}  // namespace mml
