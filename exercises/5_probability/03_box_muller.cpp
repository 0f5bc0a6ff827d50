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

namespace mml::exercises {

std::pair<double, double> box_muller(Rng& rng) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
