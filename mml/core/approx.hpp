// mml/core/approx.hpp — comparing floating-point results.
//
// Floating-point arithmetic rounds every operation to about 16 significant
// digits (the unit roundoff is ε/2 ≈ 1.1e-16), so two ways of computing the
// same number rarely agree to the last bit: 0.1 + 0.2 != 0.3. Results are
// therefore compared with a tolerance, and the tolerance must be *relative*
// for large numbers (1e10 and 1e10 + 1e-3 are equal to 13 digits) and
// *absolute* near zero (1e-17 and 0 are "equal" although their ratio is not 1).
// approx_equal combines both:
//
//     |a − b| ≤ tol · max(1, |a|, |b|)
//
// entry by entry. Choose tol from the accuracy you expect: about 1e-12 for a
// stable algorithm on a well-conditioned problem, larger when the condition
// number (unit 1) says the problem itself amplifies rounding.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

namespace mml {

bool approx_equal(double a, double b, double tol = 1e-12);
// Same size, and every entry within tolerance. Different sizes compare unequal (no throw).
bool approx_equal(const Vector& x, const Vector& y, double tol = 1e-12);
// Same shape, and every entry within tolerance. Different shapes compare unequal (no throw).
bool approx_equal(const Matrix& A, const Matrix& B, double tol = 1e-12);

// The largest entry-wise difference max |Aᵢⱼ − Bᵢⱼ| (throws DimensionError on different shapes);
// useful in a test's failure message to see how far off a result is.
double max_abs_difference(const Vector& x, const Vector& y);
double max_abs_difference(const Matrix& A, const Matrix& B);

}  // namespace mml
