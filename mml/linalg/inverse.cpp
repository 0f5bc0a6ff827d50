#include "mml/linalg/inverse.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"

#include <cmath>
#include <limits>
#include <sstream>
#include <utility>

namespace mml {

Matrix inverse(const Matrix& A) {
    require_square("inverse", A);
    require_finite("inverse", A);
    const std::size_t n = A.rows();
    // The augmented matrix [A | I], n × 2n.
    Matrix M(n, 2 * n);
    double largest = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            M(i, j) = A(i, j);
            largest = std::max(largest, std::abs(A(i, j)));
        }
        M(i, n + i) = 1.0;
    }
    const double tol = static_cast<double>(n) * std::numeric_limits<double>::epsilon() * largest;
    const std::size_t w = 2 * n;
    double* m = M.data();
    for (std::size_t k = 0; k < n; ++k) {
        std::size_t p = k;  // partial pivoting: the largest |m_ik| for i ≥ k
        for (std::size_t i = k + 1; i < n; ++i)
            if (std::abs(m[i * w + k]) > std::abs(m[p * w + k])) p = i;
        if (std::abs(m[p * w + k]) <= tol) {
            std::ostringstream msg;
            msg << "inverse: no pivot in column " << k << " (tolerance " << tol
                << ") — A is singular, it has no inverse; for a least-squares answer use pinv(A)";
            throw SingularMatrixError(msg.str());
        }
        if (p != k)
            for (std::size_t j = 0; j < w; ++j) std::swap(m[k * w + j], m[p * w + j]);
        // Scale the pivot row so the pivot is 1, then clear column k in every other row (above too).
        const double pivot = m[k * w + k];
        for (std::size_t j = 0; j < w; ++j) m[k * w + j] /= pivot;
        for (std::size_t i = 0; i < n; ++i) {
            if (i == k) continue;
            const double factor = m[i * w + k];
            if (factor == 0.0) continue;
            for (std::size_t j = 0; j < w; ++j) m[i * w + j] -= factor * m[k * w + j];
        }
    }
    Matrix Ainv(n, n);  // the right half of [I | A⁻¹]
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) Ainv(i, j) = m[i * w + n + j];
    return Ainv;
}

double trace(const Matrix& A) {
    require_square("trace", A);
    double t = 0.0;
    for (std::size_t i = 0; i < A.rows(); ++i) t += A(i, i);
    return t;
}

}  // namespace mml
