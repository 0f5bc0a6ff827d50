#include "mml/linalg/cholesky.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace mml {

Matrix cholesky(const Matrix& A) {
    require_square("cholesky", A);
    require_finite("cholesky", A);
    const std::size_t n = A.rows();
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (std::abs(A(i, j) - A(j, i)) > 1e-12 * std::max({1.0, std::abs(A(i, j)), std::abs(A(j, i))})) {
                std::ostringstream msg;
                msg << "cholesky: A is not symmetric, A(" << i << ", " << j << ") = " << A(i, j) << " but A(" << j
                    << ", " << i << ") = " << A(j, i) << " — Cholesky needs a symmetric positive definite matrix "
                    << "(for a general square matrix use lu)";
                throw DomainError(msg.str());
            }
    Matrix L(n, n);
    double* l = L.data();
    for (std::size_t j = 0; j < n; ++j) {
        // lⱼⱼ² = aⱼⱼ − Σ_{k<j} lⱼₖ²  (row j of L is contiguous)
        double radicand = A(j, j);
        for (std::size_t k = 0; k < j; ++k) radicand -= l[j * n + k] * l[j * n + k];
        if (!(radicand > 0.0)) {
            std::ostringstream msg;
            msg << "cholesky: A is not positive definite — at pivot " << j << " the radicand a_jj - sum l_jk^2 is "
                << radicand << " (it must be > 0); check that A = BᵀB + λI-like, or add a small multiple of I";
            throw DomainError(msg.str());
        }
        const double l_jj = std::sqrt(radicand);
        l[j * n + j] = l_jj;
        // lᵢⱼ = (aᵢⱼ − Σ_{k<j} lᵢₖ lⱼₖ) / lⱼⱼ: a dot product of two rows of L, both contiguous.
        for (std::size_t i = j + 1; i < n; ++i) {
            double sum = A(i, j);
            for (std::size_t k = 0; k < j; ++k) sum -= l[i * n + k] * l[j * n + k];
            l[i * n + j] = sum / l_jj;
        }
    }
    return L;
}

Vector cholesky_solve(const Matrix& L, const Vector& b) {
    require_square("cholesky_solve", L);
    require_rows_match("cholesky_solve", L, b);
    const std::size_t n = L.rows();
    const double* l = L.data();
    Vector y(n);  // L y = b, forward
    for (std::size_t i = 0; i < n; ++i) {
        double sum = b[i];
        for (std::size_t k = 0; k < i; ++k) sum -= l[i * n + k] * y.data()[k];
        y.data()[i] = sum / l[i * n + i];
    }
    Vector x(n);  // Lᵀ x = y, backward: (Lᵀ)ᵢₖ = lₖᵢ
    for (std::size_t i = n; i-- > 0;) {
        double sum = y.data()[i];
        for (std::size_t k = i + 1; k < n; ++k) sum -= l[k * n + i] * x.data()[k];
        x.data()[i] = sum / l[i * n + i];
    }
    return x;
}

}  // namespace mml
