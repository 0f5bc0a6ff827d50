#include "mml/linalg/qr.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>
#include <vector>

namespace mml {

namespace {

// Householder triangularisation. On return R holds Hₖ₋₁⋯H₀A (upper triangular) and the
// reflection vectors v (with ‖v‖ = 1, or 0 when no reflection was needed) are stored in vs.
void householder(const Matrix& A, Matrix& R, std::vector<Vector>& vs) {
    const std::size_t m = A.rows(), n = A.cols(), k = std::min(m, n);
    R = A;
    double* r = R.data();
    vs.assign(k, Vector());
    for (std::size_t j = 0; j < k; ++j) {
        // x = R[j:m, j], the part of column j on and below the diagonal.
        double norm_x = 0.0;
        for (std::size_t i = j; i < m; ++i) norm_x += r[i * n + j] * r[i * n + j];
        norm_x = std::sqrt(norm_x);
        Vector v(m - j);
        if (norm_x == 0.0) {  // nothing to eliminate
            vs[j] = v;
            continue;
        }
        // v = x + sign(x₀)‖x‖e₁ (no cancellation), normalised; then H x = −sign(x₀)‖x‖ e₁.
        const double alpha = r[j * n + j] >= 0.0 ? norm_x : -norm_x;
        for (std::size_t i = j; i < m; ++i) v[i - j] = r[i * n + j];
        v[0] += alpha;
        double norm_v = 0.0;
        for (std::size_t i = 0; i < v.size(); ++i) norm_v += v[i] * v[i];
        norm_v = std::sqrt(norm_v);
        for (std::size_t i = 0; i < v.size(); ++i) v[i] /= norm_v;
        // Apply H = I − 2vvᵀ to the remaining columns: R ← R − 2 v (vᵀR), row by row for the cache.
        std::vector<double> w(n - j, 0.0);  // wᵀ = vᵀ R[j:m, j:n]
        for (std::size_t i = j; i < m; ++i)
            for (std::size_t c = j; c < n; ++c) w[c - j] += v[i - j] * r[i * n + c];
        for (std::size_t i = j; i < m; ++i)
            for (std::size_t c = j; c < n; ++c) r[i * n + c] -= 2.0 * v[i - j] * w[c - j];
        for (std::size_t i = j + 1; i < m; ++i) r[i * n + j] = 0.0;  // exactly zero, not rounding noise
        vs[j] = v;
    }
}

// Q = H₀ H₁ ⋯ Hₖ₋₁ applied to the first q columns of the identity (q = k: thin, q = m: full),
// accumulated backwards: Q ← Hⱼ Q for j = k−1, …, 0.
Matrix form_q(std::size_t m, std::size_t q, const std::vector<Vector>& vs) {
    Matrix Q(m, q);
    for (std::size_t i = 0; i < std::min(m, q); ++i) Q(i, i) = 1.0;
    double* Qd = Q.data();
    for (std::size_t jj = vs.size(); jj-- > 0;) {
        const Vector& v = vs[jj];
        std::vector<double> w(q, 0.0);  // wᵀ = vᵀ Q[jj:m, :]
        for (std::size_t i = jj; i < m; ++i)
            for (std::size_t c = 0; c < q; ++c) w[c] += v[i - jj] * Qd[i * q + c];
        for (std::size_t i = jj; i < m; ++i)
            for (std::size_t c = 0; c < q; ++c) Qd[i * q + c] -= 2.0 * v[i - jj] * w[c];
    }
    return Q;
}

}  // namespace

QR qr(const Matrix& A) {
    require_nonempty("qr", A);
    require_finite("qr", A);
    Matrix R;
    std::vector<Vector> vs;
    householder(A, R, vs);
    const std::size_t k = std::min(A.rows(), A.cols());
    Matrix R_thin(k, A.cols());
    for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = i; j < A.cols(); ++j) R_thin(i, j) = R(i, j);
    return {form_q(A.rows(), k, vs), R_thin};
}

QR qr_full(const Matrix& A) {
    require_nonempty("qr_full", A);
    require_finite("qr_full", A);
    Matrix R;
    std::vector<Vector> vs;
    householder(A, R, vs);
    return {form_q(A.rows(), A.rows(), vs), R};
}

Vector least_squares(const Matrix& A, const Vector& b) {
    require_nonempty("least_squares", A);
    require_rows_match("least_squares", A, b);
    require_finite("least_squares", b);
    const std::size_t m = A.rows(), n = A.cols();
    if (m < n)
        throw DimensionError("least_squares: A is " + shape_string(m, n) +
                             ", fewer equations than unknowns, so the solution is not unique — use pinv(A) * b for "
                             "the minimum-norm solution");
    const auto [Q, R] = qr(A);
    // Rank test on R's diagonal, relative to the largest: |rⱼⱼ| ≤ max(m,n)·ε·max|rᵢᵢ| means
    // column j is (to working precision) a combination of the columns before it.
    double largest = 0.0;
    for (std::size_t j = 0; j < n; ++j) largest = std::max(largest, std::abs(R(j, j)));
    const double tol = static_cast<double>(m) * std::numeric_limits<double>::epsilon() * largest;
    for (std::size_t j = 0; j < n; ++j)
        if (std::abs(R(j, j)) <= tol) {
            std::ostringstream msg;
            msg << "least_squares: A is rank-deficient — column " << j
                << " depends on the columns before it (|R(j,j)| = " << std::abs(R(j, j)) << " <= tolerance " << tol
                << "), so the least-squares solution is not unique; use pinv(A) * b for the minimum-norm solution";
            throw SingularMatrixError(msg.str());
        }
    const Vector c = transpose(Q) * b;  // Qᵀ b
    Vector x(n);                        // back substitution R x = Qᵀ b
    for (std::size_t i = n; i-- > 0;) {
        double sum = c[i];
        for (std::size_t j = i + 1; j < n; ++j) sum -= R(i, j) * x[j];
        x[i] = sum / R(i, i);
    }
    return x;
}

}  // namespace mml
