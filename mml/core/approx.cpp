// mml/core/approx.cpp — tolerant comparison of doubles, Vectors and Matrices.
//
// approx_equal applies |a − b| ≤ tol·max(1, |a|, |b|) entry by entry (why both a relative and an
// absolute part: approx.hpp); NaN is never equal to anything, and ±∞ only to itself.
#include "mml/core/approx.hpp"

#include "mml/core/error.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace mml {

bool approx_equal(double a, double b, double tol) {
    if (a == b) return true;  // also equal infinities
    return std::abs(a - b) <= tol * std::max({1.0, std::abs(a), std::abs(b)});  // false for NaN
}

bool approx_equal(const Vector& x, const Vector& y, double tol) {
    if (x.size() != y.size()) return false;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (!approx_equal(x.data()[i], y.data()[i], tol)) return false;
    return true;
}

bool approx_equal(const Matrix& A, const Matrix& B, double tol) {
    if (A.rows() != B.rows() || A.cols() != B.cols()) return false;
    for (std::size_t k = 0; k < A.rows() * A.cols(); ++k)
        if (!approx_equal(A.data()[k], B.data()[k], tol)) return false;
    return true;
}

double max_abs_difference(const Vector& x, const Vector& y) {
    if (x.size() != y.size())
        throw DimensionError("max_abs_difference: vector sizes " + std::to_string(x.size()) + " and " +
                             std::to_string(y.size()) + " differ");
    double d = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) d = std::max(d, std::abs(x.data()[i] - y.data()[i]));
    return d;
}

double max_abs_difference(const Matrix& A, const Matrix& B) {
    if (A.rows() != B.rows() || A.cols() != B.cols())
        throw DimensionError("max_abs_difference: shapes " + shape_string(A.rows(), A.cols()) + " and " +
                             shape_string(B.rows(), B.cols()) + " differ");
    double d = 0.0;
    for (std::size_t k = 0; k < A.rows() * A.cols(); ++k) d = std::max(d, std::abs(A.data()[k] - B.data()[k]));
    return d;
}

}  // namespace mml
