// mml/core/dot.cpp — the dot product and the scale-safe Euclidean norm.           (MML §3.1–3.2)
//
// dot is one loop. norm2 is the two-step method of the header: a fast sum of squares,
// checked, and a scaled second pass only when that sum left the range of normal doubles
// (the idea of LAPACK's dnrm2, in its simplest form).
#include "mml/core/dot.hpp"

#include "mml/core/error.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace mml {

double dot(const double* x, std::size_t incx, const double* y, std::size_t incy, std::size_t n) {
    double s = 0.0;
    if (incx == 1 && incy == 1) {
        for (std::size_t i = 0; i < n; ++i) s += x[i] * y[i];  // contiguous: the compiler vectorises this loop
    } else {
        for (std::size_t i = 0; i < n; ++i) s += x[i * incx] * y[i * incy];
    }
    return s;
}

double dot(const Vector& x, const Vector& y) {
    if (x.size() != y.size()) {
        throw DimensionError("dot(x, y): sizes " + std::to_string(x.size()) + " and " + std::to_string(y.size()) +
                             " differ — xᵀy needs two vectors of the same size");
    }
    return dot(x.data(), 1, y.data(), 1, x.size());
}

double norm2(const double* x, std::size_t inc, std::size_t n) {
    // Step 1, the fast path: s = Σ xᵢ². When s is a normal number well above the underflow
    // threshold, every square that mattered was computed to full relative precision (a square
    // that underflowed is below 1e-300 · s, far beneath s's last digit), so √s is right.
    const double s = dot(x, inc, x, inc, n);
    constexpr double tiny = 0x1p-900;  // ≈ 1.2e-271: squares smaller than ε²·tiny cannot matter
    if (s >= tiny && s <= std::numeric_limits<double>::max()) return std::sqrt(s);
    if (std::isnan(s)) return s;

    // Step 2, the scaled path: s overflowed (some |xᵢ| > 1e154) or is tiny (all |xᵢ| < 1e-135),
    // or an entry is ±∞. Divide by the largest magnitude m, so every (xᵢ/m)² ≤ 1, then
    // ‖x‖ = m·√(Σ (xᵢ/m)²).
    double m = 0.0;
    for (std::size_t i = 0; i < n; ++i) m = std::max(m, std::abs(x[i * inc]));
    if (m == 0.0 || std::isinf(m)) return m;
    double t = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double r = x[i * inc] / m;
        t += r * r;
    }
    return m * std::sqrt(t);
}

double norm(const Vector& x) { return norm2(x.data(), 1, x.size()); }

}  // namespace mml
