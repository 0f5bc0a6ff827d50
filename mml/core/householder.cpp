// mml/core/householder.cpp — building and applying Householder reflectors.
//                                         (MML §3.9; Golub & Van Loan, Algorithm 5.1.1 and §5.1.4)
//
// make_householder implements the formulas of householder.hpp; the apply functions use
// H A = A − β v (vᵀA) and A H = A − β (Av) vᵀ, so H is never formed.
#include "mml/core/householder.hpp"

#include "mml/core/dot.hpp"
#include "mml/core/error.hpp"

#include <cmath>
#include <string>

namespace mml {

Householder make_householder(const double* p, std::size_t inc, std::size_t n) {
    Householder H;
    H.v = Vector(n);
    if (n == 0) return H;
    H.v[0] = 1.0;
    const double x0 = p[0];
    const double tail = norm2(p + inc, inc, n - 1);  // ‖(x₁, …, x_{n−1})‖
    if (tail == 0.0) {  // already a multiple of e₁: H = I
        H.alpha = x0;
        return H;
    }
    const double length = std::hypot(x0, tail);       // ‖x‖ without overflow
    H.alpha = x0 >= 0.0 ? -length : length;           // α = −sign(x₀)‖x‖
    const double u0 = x0 - H.alpha;                   // same signs: no cancellation
    H.beta = (H.alpha - x0) / H.alpha;                // = 2/(vᵀv), in [1, 2]
    for (std::size_t i = 1; i < n; ++i) H.v.data()[i] = p[i * inc] / u0;
    return H;
}

Householder make_householder(const Vector& x) { return make_householder(x.data(), 1, x.size()); }

void apply_householder_left(const Householder& H, Matrix& A, std::size_t r0, std::size_t c0) {
    const std::size_t m = H.v.size(), n = A.cols();
    if (r0 + m > A.rows() || c0 > n) {
        throw DimensionError("apply_householder_left: a reflector of size " + std::to_string(m) + " at row " +
                             std::to_string(r0) + " does not fit a " + shape_string(A.rows(), n) + " matrix");
    }
    if (H.beta == 0.0 || c0 == n) return;
    const double* v = H.v.data();
    const std::size_t width = n - c0;
    // w = vᵀ A (restricted to the block): a weighted sum of rows, accumulated row by row.
    Vector w(width);
    double* wp = w.data();
    for (std::size_t i = 0; i < m; ++i) {
        const double* Ai = A.data() + (r0 + i) * n + c0;
        for (std::size_t j = 0; j < width; ++j) wp[j] += v[i] * Ai[j];
    }
    // A ← A − β v wᵀ: row i loses β vᵢ w.
    for (std::size_t i = 0; i < m; ++i) {
        double* Ai = A.data() + (r0 + i) * n + c0;
        const double s = H.beta * v[i];
        for (std::size_t j = 0; j < width; ++j) Ai[j] -= s * wp[j];
    }
}

void apply_householder_right(const Householder& H, Matrix& A, std::size_t r0, std::size_t c0) {
    const std::size_t m = H.v.size(), n = A.cols();
    if (c0 + m > n || r0 > A.rows()) {
        throw DimensionError("apply_householder_right: a reflector of size " + std::to_string(m) + " at column " +
                             std::to_string(c0) + " does not fit a " + shape_string(A.rows(), n) + " matrix");
    }
    if (H.beta == 0.0) return;
    const double* v = H.v.data();
    for (std::size_t i = r0; i < A.rows(); ++i) {
        double* a = A.data() + i * n + c0;  // the part of row i that H touches
        const double s = H.beta * dot(a, 1, v, 1, m);
        for (std::size_t j = 0; j < m; ++j) a[j] -= s * v[j];
    }
}

void apply_householder(const Householder& H, Vector& x, std::size_t offset) {
    const std::size_t m = H.v.size();
    if (offset + m > x.size()) {
        throw DimensionError("apply_householder: a reflector of size " + std::to_string(m) + " at offset " +
                             std::to_string(offset) + " does not fit a vector of size " + std::to_string(x.size()));
    }
    if (H.beta == 0.0) return;
    double* p = x.data() + offset;
    const double s = H.beta * dot(p, 1, H.v.data(), 1, m);
    for (std::size_t i = 0; i < m; ++i) p[i] -= s * H.v.data()[i];
}

}  // namespace mml
