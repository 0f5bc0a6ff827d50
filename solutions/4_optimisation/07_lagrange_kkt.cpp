// Exercise 4.07 — Lagrange multipliers: maximise x₁x₂ subject to x₁ + x₂ = c      (MML §7.2)
//
// Task:    maximising x₁x₂ is minimising f(x) = −x₁x₂. With the constraint g(x) = x₁ + x₂ − c = 0,
//          the Lagrangian L(x, λ) = −x₁x₂ + λ(x₁ + x₂ − c) is stationary where
//              ∂L/∂x₁ = −x₂ + λ = 0
//              ∂L/∂x₂ = −x₁ + λ = 0
//              ∂L/∂λ  =  x₁ + x₂ − c = 0,
//          a linear system (the KKT system) in (x₁, x₂, λ). Build it and solve it.
// Input:   c.
// Output:  the vector [x₁, x₂, λ].
// Example: c = 1: x = (½, ½), λ = ½ (the largest rectangle with perimeter 2 is a square).
// Hint:    the matrix is [[0, −1, 1], [−1, 0, 1], [1, 1, 0]] and the right-hand side [0, 0, c].
//
// Check:   build/exercises/mml-check 4.07
#include "unit4.hpp"

namespace mml::exercises {

Vector maximise_product_on_line(double c) {
    const Matrix K{{0, -1, 1}, {-1, 0, 1}, {1, 1, 0}};  // the KKT matrix of the Lagrangian
    const Vector rhs{0, 0, c};
    return solve(K, rhs);
}

}  // namespace mml::exercises
