// tests/support/testing.hpp — helpers shared by mml's tests.
//
//   CHECK(got == near(expected, 1e-12));   compare Vectors/Matrices/doubles with a tolerance;
//                                          a failure prints got and expected in full.
//                                          The tolerance is scaled by max(1, |got|, |expected|):
//                                          right for numbers of order one, too loose for 1e-10.
//   CHECK(got == rel_near(expected, 1e-12)) a purely relative check, |got − expected| ≤ tol·|expected|,
//                                          for numbers of any size (a quantile of 1e-300, a cdf of 1e-20).
//   relative_error(got, expected)          |got − expected| / |expected| (0 when both are 0).
//   random_matrix(rng, m, n)               entries uniform in [-1, 1), from an explicit seed
//   random_vector(rng, n)
//   random_spd(rng, n)                     a symmetric positive definite matrix, BᵀB + n·I
#pragma once

#include "mml/core.hpp"
#include "mml/prob/rng.hpp"

#include <cmath>
#include <ostream>
#include <type_traits>

namespace mml::testing {

// An expected value with the tolerance it is compared at (see mml::approx_equal:
// |got − expected| ≤ tol · max(1, |got|, |expected|) entry by entry).
template <class T>
struct Near {
    T expected;
    double tol;
};

inline Near<Matrix> near(const Matrix& expected, double tol = 1e-12) { return {expected, tol}; }
inline Near<Vector> near(const Vector& expected, double tol = 1e-12) { return {expected, tol}; }
inline Near<double> near(double expected, double tol = 1e-12) { return {expected, tol}; }

template <class T>
bool operator==(const T& got, const Near<T>& want) {
    return approx_equal(got, want.expected, want.tol);
}

template <class T>
std::ostream& operator<<(std::ostream& out, const Near<T>& want) {
    if constexpr (std::is_same_v<T, Matrix>) return out << "\n" << want.expected << "\n(within " << want.tol << ")";
    else return out << want.expected << " (within " << want.tol << ")";
}

// A relative comparison for doubles: |got − expected| ≤ tol·|expected|. Exact equality is
// required when expected is 0, and NaN never compares equal.
struct RelNear {
    double expected;
    double tol;
};
inline RelNear rel_near(double expected, double tol) { return {expected, tol}; }
inline double relative_error(double got, double expected) {
    if (got == expected) return 0.0;
    return std::abs(got - expected) / std::abs(expected);
}
inline bool operator==(double got, const RelNear& want) { return relative_error(got, want.expected) <= want.tol; }
inline std::ostream& operator<<(std::ostream& out, const RelNear& want) {
    const auto precision = out.precision(17);
    out << want.expected << " (within a relative " << want.tol << ")";
    out.precision(precision);
    return out;
}

inline Matrix random_matrix(Rng& rng, std::size_t m, std::size_t n) {
    Matrix A(m, n);
    for (std::size_t k = 0; k < m * n; ++k) A.data()[k] = 2.0 * rng.uniform() - 1.0;
    return A;
}

inline Vector random_vector(Rng& rng, std::size_t n) {
    Vector x(n);
    for (std::size_t i = 0; i < n; ++i) x.data()[i] = 2.0 * rng.uniform() - 1.0;
    return x;
}

// BᵀB is positive semidefinite; adding n·I moves every eigenvalue to at least n, so the
// result is symmetric positive definite and well-conditioned.
inline Matrix random_spd(Rng& rng, std::size_t n) {
    const Matrix B = random_matrix(rng, n, n);
    return transpose(B) * B + static_cast<double>(n) * Matrix::identity(n);
}

// A regression data set on a line: row n of X is [1, xₙ] with xₙ ~ Uniform[lo, hi), and
// yₙ = intercept + slope·xₙ + noise·εₙ, εₙ ~ N(0, 1) (drawn in that order, row by row).
// Name the parts with references (const Matrix& X = line.X), not a structured binding: clang
// before 16 cannot capture structured bindings in lambdas.
struct LineData {
    Matrix X;
    Vector y;
};
inline LineData noisy_line(Rng& rng, std::size_t N, double intercept, double slope, double noise, double lo = -1.0,
                           double hi = 1.0) {
    LineData d{Matrix(N, 2), Vector(N)};
    for (std::size_t n = 0; n < N; ++n) {
        d.X(n, 0) = 1.0;
        d.X(n, 1) = lo + (hi - lo) * rng.uniform();
        d.y[n] = intercept + slope * d.X(n, 1) + noise * rng.normal();
    }
    return d;
}

}  // namespace mml::testing

