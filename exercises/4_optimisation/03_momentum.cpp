// Exercise 4.03 — gradient descent with momentum (heavy ball)                 (MML §7.1.2)
//
// Task:    remember the previous step and keep a fraction β of it:
//              v_{k+1} = β v_k − γ ∇f(x_k),    x_{k+1} = x_k + v_{k+1},    v₀ = 0.
//          In a narrow valley plain gradient descent zig-zags across; the momentum averages the
//          zig-zag out and accelerates along the valley.
// Input:   ∇f, x₀, γ > 0, β ∈ [0, 1), the number of steps.
// Output:  the final iterate.
// Errors:  γ ≤ 0 or β outside [0, 1) → mml::DomainError.
// Example: with β = 0 this is exercise 4.01.
// Hint:    Vector v(x0.size()) is the zero vector.
//
// Check:   build/exercises/mml-check 4.03
#include "unit4.hpp"

namespace mml::exercises {

Vector momentum_steps(const std::function<Vector(const Vector&)>& grad, const Vector& x0, double gamma, double beta, std::size_t iterations) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
