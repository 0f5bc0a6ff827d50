// Exercise 1.13 — a Householder reflection                                  (MML §3.9, §4.7 QR)
//
// Task:    return the n×n reflection H = I − 2 v vᵀ / (vᵀ v) that maps x onto the first axis:
//              H x = −sign(x₀) ‖x‖ e₁,    with v = x + sign(x₀) ‖x‖ e₁.
//          H reflects across the hyperplane orthogonal to v: it is symmetric, orthogonal
//          (HᵀH = I), its own inverse, and det H = −1. Householder QR (mml/linalg/qr.hpp)
//          applies one of these per column to zero everything below the diagonal.
//          The sign choice adds numbers of the same sign in v₀, so there is no cancellation.
// Input:   x, a non-zero vector (sign(0) counts as +1).
// Output:  H, n×n.
// Errors:  x = 0 or empty → mml::DomainError (there is no direction to reflect).
// Example: x = [3, 4]: ‖x‖ = 5, v = [8, 4], H = [[−0.6, −0.8], [−0.8, 0.6]], H x = [−5, 0].
// Hint:    mml::outer(v, v) is v vᵀ.
//
// Check:   build/exercises/mml-check 1.13
#include "unit1.hpp"

#include <cmath>

namespace mml::exercises {

Matrix householder_reflection(const Vector& x) {
    double norm_x = 0.0;
    for (double xi : x) norm_x += xi * xi;
    norm_x = std::sqrt(norm_x);
    if (x.empty() || norm_x == 0.0)
        throw DomainError("householder_reflection: x is zero (or empty) — a reflection needs a non-zero vector");
    Vector v = x;
    v[0] += x[0] >= 0.0 ? norm_x : -norm_x;  // v = x + sign(x₀)‖x‖e₁
    double vtv = 0.0;
    for (double vi : v) vtv += vi * vi;
    return Matrix::identity(x.size()) - (2.0 / vtv) * outer(v, v);
}

}  // namespace mml::exercises
