#include "mml/linalg/eigen_sym.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>
#include <vector>

namespace mml {

EigSym eig_sym(const Matrix& A_in) {
    require_square("eig_sym", A_in);
    require_finite("eig_sym", A_in);
    const std::size_t n = A_in.rows();
    double frobenius = 0.0;
    for (std::size_t k = 0; k < n * n; ++k) frobenius += A_in.data()[k] * A_in.data()[k];
    frobenius = std::sqrt(frobenius);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (std::abs(A_in(i, j) - A_in(j, i)) > 1e-12 * std::max(1.0, frobenius)) {
                std::ostringstream msg;
                msg << "eig_sym: A is not symmetric (A(" << i << ", " << j << ") = " << A_in(i, j) << ", A(" << j
                    << ", " << i << ") = " << A_in(j, i) << ") — for a general matrix use eigenvalues(A)";
                throw DomainError(msg.str());
            }
    Matrix A = A_in;
    Matrix Vt = Matrix::identity(n);  // Vᵀ: row i is eigenvector i, so the rotations below walk along rows
    double* a = A.data();
    double* vt = Vt.data();
    const double tol = 1e-15 * frobenius;
    const int max_sweeps = 100;
    for (int sweep = 0;; ++sweep) {
        double off = 0.0;  // ‖off-diagonal‖_F
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                if (i != j) off += a[i * n + j] * a[i * n + j];
        if (std::sqrt(off) <= tol) break;
        if (sweep == max_sweeps) {
            std::ostringstream msg;
            msg << "eig_sym: Jacobi did not converge in " << max_sweeps << " sweeps (off-diagonal norm "
                << std::sqrt(off) << ", tolerance " << tol << ")";
            throw NotConvergedError(msg.str());
        }
        for (std::size_t p = 0; p + 1 < n; ++p) {
            for (std::size_t q = p + 1; q < n; ++q) {
                const double a_pq = a[p * n + q];
                if (a_pq == 0.0) continue;
                const double tau = (a[q * n + q] - a[p * n + p]) / (2.0 * a_pq);
                const double t = (tau >= 0.0 ? 1.0 : -1.0) / (std::abs(tau) + std::sqrt(1.0 + tau * tau));
                const double c = 1.0 / std::sqrt(1.0 + t * t), s = t * c;
                // Rows p and q of JᵀAJ: mix the two rows (contiguous), then fix the 2x2 block, where
                // the closed forms a_pp − t·a_pq and a_qq + t·a_pq are exact consequences of the choice of t.
                const double a_pp = a[p * n + p], a_qq = a[q * n + q];
                for (std::size_t k = 0; k < n; ++k) {
                    const double apk = a[p * n + k], aqk = a[q * n + k];
                    a[p * n + k] = c * apk - s * aqk;
                    a[q * n + k] = s * apk + c * aqk;
                }
                a[p * n + p] = a_pp - t * a_pq;
                a[q * n + q] = a_qq + t * a_pq;
                a[p * n + q] = a[q * n + p] = 0.0;
                // Columns p and q are the same numbers (the result is symmetric): copy them over.
                for (std::size_t k = 0; k < n; ++k) {
                    if (k == p || k == q) continue;
                    a[k * n + p] = a[p * n + k];
                    a[k * n + q] = a[q * n + k];
                }
                for (std::size_t k = 0; k < n; ++k) {  // V ← V J, i.e. rows p and q of Vᵀ
                    const double vp = vt[p * n + k], vq = vt[q * n + k];
                    vt[p * n + k] = c * vp - s * vq;
                    vt[q * n + k] = s * vp + c * vq;
                }
            }
        }
    }
    // Sort descending, and fix each eigenvector's sign (largest |entry| positive) so results are reproducible.
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) { return a[i * n + i] > a[j * n + j]; });
    EigSym result{Vector(n), Matrix(n, n)};
    for (std::size_t c = 0; c < n; ++c) {
        const std::size_t j = order[c];
        result.values[c] = a[j * n + j];
        std::size_t big = 0;
        for (std::size_t k = 1; k < n; ++k)
            if (std::abs(vt[j * n + k]) > std::abs(vt[j * n + big])) big = k;
        const double sign = vt[j * n + big] < 0.0 ? -1.0 : 1.0;
        for (std::size_t k = 0; k < n; ++k) result.vectors(k, c) = sign * vt[j * n + k];
    }
    return result;
}

}  // namespace mml
