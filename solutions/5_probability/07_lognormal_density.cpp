// Exercise 5.07 — the change-of-variables formula: Y = exp(X)                  (MML §6.7.2, Theorem 6.16)
//
// Task:    X ~ N(μ, σ²) and Y = exp(X). With g(x) = eˣ monotone, g⁻¹(y) = log y and
//              p_Y(y) = p_X(g⁻¹(y)) · |d g⁻¹(y)/dy| = p_X(log y) / y      for y > 0,
//          the log-normal density. It is 0 for y ≤ 0 (exp never gets there).
// Input:   y, the parameters μ and σ > 0 of X.
// Output:  p_Y(y).
// Errors:  σ ≤ 0 → mml::DomainError.
// Example: μ = 0, σ = 1, y = 1: p_Y(1) = φ(0)/1 = 1/√(2π) ≈ 0.3989.
// Hint:    φ(z) = exp(−z²/2)/√(2π); the 1/y is the |derivative| factor — forgetting it is the classic mistake.
//
// Check:   build/exercises/mml-check 5.07
#include "unit5.hpp"

#include <cmath>

namespace mml::exercises {

double lognormal_density(double y, double mu, double sigma) {
    if (!(sigma > 0.0)) throw DomainError("lognormal_density: sigma must be > 0");
    if (y <= 0.0) return 0.0;
    const double z = (std::log(y) - mu) / sigma;
    const double p_x = std::exp(-0.5 * z * z) / (sigma * std::sqrt(2.0 * std::acos(-1.0)));  // p_X(log y)
    return p_x / y;  // × |d log y / dy|
}

}  // namespace mml::exercises
