// Exercise 2.01 — p-norms                                                    (MML §3.1)
//
// Task:    compute ‖x‖ₚ = (Σᵢ |xᵢ|ᵖ)^(1/p) for p ≥ 1, and ‖x‖_∞ = maxᵢ |xᵢ| for p = ∞
//          (std::numeric_limits<double>::infinity()). The unit ball {x : ‖x‖ₚ ≤ 1} is a diamond
//          for p = 1, a disc for p = 2 and a square for p = ∞ — the tests check which points lie
//          inside each ball.
// Input:   x (any size), p ≥ 1 or ∞.
// Output:  ‖x‖ₚ.
// Errors:  p < 1 (or NaN) → mml::DomainError: the triangle inequality fails, so it is not a norm.
// Example: x = [3, −4]: ‖x‖₁ = 7, ‖x‖₂ = 5, ‖x‖_∞ = 4.
// Hint:    std::isinf(p) tells the ∞ case apart.
//
// Check:   build/exercises/mml-check 2.01
#include "unit2.hpp"

#include <algorithm>
#include <cmath>

namespace mml::exercises {

double p_norm(const Vector& x, double p) {
    if (std::isinf(p) && p > 0) {
        double largest = 0.0;
        for (double xi : x) largest = std::max(largest, std::abs(xi));
        return largest;
    }
    if (!(p >= 1.0)) throw DomainError("p_norm: p must be at least 1 (or infinity)");
    double sum = 0.0;
    for (double xi : x) sum += std::pow(std::abs(xi), p);
    return std::pow(sum, 1.0 / p);
}

}  // namespace mml::exercises
