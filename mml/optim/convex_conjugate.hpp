// mml/optim/convex_conjugate.hpp — the convex conjugate (Legendre–Fenchel transform). (MML §7.3.3)
//
//     f*(s) = sup_x ( sᵀx − f(x) )                                                   (MML (7.53))
// is the largest gap between the line with slope s and f; it is convex whatever f is, and for a
// convex, closed f the transform is its own inverse: f** = f. Fenchel–Young: f(x) + f*(s) ≥ sᵀx
// for all x and s. Conjugates turn constrained problems into their duals (MML §7.3.3).
// Closed forms used in the tests:
//   f(x) = ½x²       f*(s) = ½s²
//   f(x) = |x|       f*(s) = 0 for |s| ≤ 1, +∞ otherwise (the indicator of [−1, 1])
//   f(x) = eˣ        f*(s) = s log s − s for s > 0, 0 at s = 0, +∞ for s < 0
//   f(x) = ½xᵀQx     f*(s) = ½sᵀQ⁻¹s  (Q ≻ 0)
// Numerically (one dimension): for convex f, s·x − f(x) is concave in x, so its maximum on an
// interval [a, b] is found by golden-section search (which needs only that it is unimodal).
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <functional>

namespace mml {

// sup over x ∈ [a, b] of s·x − f(x), for convex f (golden-section search to |Δx| ≤ 1e-10·(b − a)).
double convex_conjugate(const std::function<double(double)>& f, double s, double a, double b);

double conjugate_half_square(double s);                    // ½s²
double conjugate_abs(double s);                            // 0 on [−1, 1], +∞ outside
double conjugate_exp(double s);                            // s log s − s
double conjugate_quadratic(const Matrix& Q, const Vector& s);  // ½sᵀQ⁻¹s

}  // namespace mml
