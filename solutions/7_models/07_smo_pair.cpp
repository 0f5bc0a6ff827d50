// Exercise 7.07 — One SMO pair update                       (MML §12.3; Platt 1998; Fan, Chen & Lin 2005)
//
// Task:    the SVM dual maximises D(α) = Σαₙ − ½αᵀQα, Qₙₘ = yₙyₘKₙₘ, over 0 ≤ αₙ ≤ C with
//          yᵀα = 0. Sequential minimal optimisation changes two multipliers i ≠ j at a time, along
//          the only line that keeps yᵀα fixed:
//              αᵢ ← αᵢ + yᵢ t,   αⱼ ← αⱼ − yⱼ t.
//          Along it D is a parabola in t. With the gradient Gₙ = (Qα)ₙ − 1 = yₙ Σₘ αₘyₘKₙₘ − 1 and
//          the curvature a = Kᵢᵢ + Kⱼⱼ − 2Kᵢⱼ, its maximum is at
//              t* = (−yᵢGᵢ + yⱼGⱼ) / a.
//          Clip t* to the interval of t that keeps BOTH new multipliers in [0, C], and return the
//          updated α (every other entry unchanged).
// Input:   α (N entries, 0 ≤ αₙ ≤ C, yᵀα = 0), labels y (±1), the Gram matrix K (N × N), C > 0, and
//          the two indices i ≠ j.
// Output:  the new α.
// Errors:  a ≤ 0 (xᵢ and xⱼ coincide in feature space: no unique maximum) → mml::DomainError;
//          sizes that do not agree, or an index ≥ N → mml::DimensionError.
// Example: x₀ = 0 (y₀ = −1) and x₁ = 2 (y₁ = +1) on a line, linear kernel K = [[0, 0], [0, 4]],
//          C = 10, α = 0, pair (i, j) = (1, 0): G = (−1, −1), −y₁G₁ + y₀G₀ = 1 + 1 = 2, a = 4 + 0 − 0
//          = 4, t* = ½, so α = (½, ½): w = Σαₙyₙxₙ = 1 and the margin 2/‖w‖ = 2 — the hard-margin answer.
// Hint:    yᵢ = +1: αᵢ + t ∈ [0, C] means t ∈ [−αᵢ, C − αᵢ]; yᵢ = −1: t ∈ [αᵢ − C, αᵢ]. Do the same
//          for αⱼ − yⱼt and intersect the two intervals.
// Declared in: tests/exercises/7_models/unit7.hpp.
//
// Check:   build/exercises/mml-check 7.07
#include "unit7.hpp"

#include <algorithm>

namespace mml::exercises {

Vector smo_pair_update(const Vector& alpha, const std::vector<int>& y, const Matrix& K, double C, std::size_t i,
                       std::size_t j) {
    const std::size_t N = alpha.size();
    if (y.size() != N || K.rows() != N || K.cols() != N || i >= N || j >= N)
        throw DimensionError("smo_pair_update: α, y and K must have N entries / be N × N, and i, j < N");
    // The two gradient entries Gᵢ, Gⱼ of f = ½αᵀQα − 1ᵀα (= −D).
    double Gi = -1.0, Gj = -1.0;
    for (std::size_t m = 0; m < N; ++m) {
        Gi += y[i] * y[m] * alpha[m] * K(i, m);
        Gj += y[j] * y[m] * alpha[m] * K(j, m);
    }
    const double a = K(i, i) + K(j, j) - 2.0 * K(i, j);
    if (!(a > 0.0)) throw DomainError("smo_pair_update: the curvature Kii + Kjj − 2Kij is not positive — pick another pair");
    double t = (-y[i] * Gi + y[j] * Gj) / a;
    // The t that keep αᵢ + yᵢt and αⱼ − yⱼt in [0, C].
    double lo = y[i] == 1 ? -alpha[i] : alpha[i] - C;
    double hi = y[i] == 1 ? C - alpha[i] : alpha[i];
    lo = std::max(lo, y[j] == 1 ? alpha[j] - C : -alpha[j]);
    hi = std::min(hi, y[j] == 1 ? alpha[j] : C - alpha[j]);
    t = std::clamp(t, lo, hi);
    Vector next = alpha;
    next[i] += y[i] * t;
    next[j] -= y[j] * t;
    return next;
}

}  // namespace mml::exercises
