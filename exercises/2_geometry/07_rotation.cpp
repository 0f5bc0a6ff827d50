// Exercise 2.07 — rotation matrices                                         (MML §3.9.1–3.9.2)
//
// Task:    write the rotation by θ (counter-clockwise) in the plane, and about the z-axis in ℝ³:
//              R(θ) = [[cos θ, −sin θ],             R_z(θ) = [[cos θ, −sin θ, 0],
//                      [sin θ,  cos θ]]                       [sin θ,  cos θ, 0],
//                                                             [0,      0,     1]]
//          The columns are the images of the basis vectors: e₁ ↦ (cos θ, sin θ).
//          Rotations preserve lengths and angles (RᵀR = I) and det R = +1.
// Input:   θ in radians.
// Output:  the 2×2 and 3×3 matrices.
// Example: R(π/2)·[1, 0] = [0, 1].
// Hint:    std::cos, std::sin; Matrix{{…}, {…}} builds a small matrix.
//
// Check:   build/exercises/mml-check 2.07
#include "unit2.hpp"

namespace mml::exercises {

Matrix rotation2(double theta) {
    MML_TODO();  // replace this line with your answer
}

Matrix rotation_about_z(double theta) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
