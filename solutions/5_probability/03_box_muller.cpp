// Exercise 5.03 — the Box–Muller transform                                  (MML §6.5, §6.7)
//
// Task:    turn two independent uniforms into two independent standard normals:
//              R = √(−2 log U₁),   Θ = 2π U₂,
//              Z₁ = R cos Θ,       Z₂ = R sin Θ.
//          (Why: (Z₁, Z₂) has the rotation-invariant density e^{−r²/2}/(2π); its radius² is
//          exponential, −2 log U₁, and its angle is uniform — a change of variables to polar
//          coordinates.)
// Input:   the generator.
// Output:  the pair (Z₁, Z₂).
// Hint:    U₁ must not be 0 (log 0 = −∞): use 1 − rng.uniform(), which lies in (0, 1].
//
// Check:   build/exercises/mml-check 5.03
#include "unit5.hpp"

#include <cmath>

namespace mml::exercises {

std::pair<double, double> box_muller(Rng& rng) {
    const double u1 = 1.0 - rng.uniform(), u2 = rng.uniform();
    const double r = std::sqrt(-2.0 * std::log(u1));  // the radius
    const double theta = 2.0 * std::acos(-1.0) * u2;   // the angle
    return {r * std::cos(theta), r * std::sin(theta)};
}

}  // namespace mml::exercises
