// Exercise 2.02 — the angle between two vectors                             (MML §3.4, Example 3.6)
//
// Task:    return ω ∈ [0, π] with cos ω = xᵀy / (‖x‖ ‖y‖).
// Input:   two non-zero vectors of the same size.
// Output:  ω in radians.
// Errors:  a zero vector → mml::DomainError (no direction); different sizes → mml::DimensionError.
// Numerics: for parallel vectors rounding can make the cosine 1.0000000000000002, and acos of
//          that is NaN: clamp the cosine to [−1, 1] first.
// Example: MML Example 3.6: x = [1, 1], y = [1, 2]: cos ω = 3/√10, ω ≈ 0.3218 rad ≈ 18.43°.
// Hint:    std::clamp(c, -1.0, 1.0), std::acos.
//
// Check:   build/exercises/mml-check 2.02
#include "unit2.hpp"

namespace mml::exercises {

double angle_between(const Vector& x, const Vector& y) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
