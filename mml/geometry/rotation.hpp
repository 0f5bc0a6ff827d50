// mml/geometry/rotation.hpp — rotations and reflections.                             (MML §3.9)
//
// Rotations and reflections are the orthogonal maps: QᵀQ = I, so they preserve lengths
// (‖Qx‖ = ‖x‖) and angles (⟨Qx, Qy⟩ = ⟨x, y⟩). Rotations have det Q = +1, reflections −1.
//   * in ℝ²: R(θ) = [[cos θ, −sin θ], [sin θ, cos θ]] turns counter-clockwise by θ;
//   * in ℝ³: rotations about the coordinate axes (MML §3.9.2);
//   * in ℝⁿ: a Givens rotation turns the plane of coordinates i and j and fixes the rest (§3.9.3);
//   * a Householder reflection H = I − 2vvᵀ/(vᵀv) mirrors across the hyperplane ⟂ v.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <cstddef>

namespace mml {

Matrix rotation_2d(double theta);
Matrix rotation_x(double theta);  // about e₁: fixes x, turns (y, z)
Matrix rotation_y(double theta);  // about e₂: [[c, 0, s], [0, 1, 0], [−s, 0, c]]
Matrix rotation_z(double theta);  // about e₃
// The n×n Givens rotation G(i, j, θ): identity except gᵢᵢ = gⱼⱼ = cos θ, gᵢⱼ = −sin θ, gⱼᵢ = sin θ.
Matrix givens_rotation(std::size_t n, std::size_t i, std::size_t j, double theta);
// The angle θ with G(0, 1, θ)·[a, b] = [r, 0], r = √(a² + b²): the rotation that zeroes b.
double givens_angle(double a, double b);
// H = I − 2vvᵀ/(vᵀv) for v ≠ 0 (DomainError for v = 0).
Matrix householder_matrix(const Vector& v);

}  // namespace mml
