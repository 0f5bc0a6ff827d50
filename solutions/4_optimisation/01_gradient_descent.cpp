// Exercise 4.01 — gradient descent with a fixed step size                     (MML §7.1, Example 7.1)
//
// Task:    starting from x₀, take `iterations` steps of
//              x_{k+1} = x_k − γ ∇f(x_k).
// Input:   the gradient ∇f as a function, the start x₀, the step γ > 0, the number of steps.
// Output:  the final iterate.
// Errors:  γ ≤ 0 → mml::DomainError.
// Example: MML Example 7.1: f(x) = ½xᵀ[[2, 1], [1, 20]]x − [5, 3]ᵀx, so ∇f(x) = [[2, 1], [1, 20]]x − [5, 3];
//          from x₀ = [−3, −1] with γ = 0.085: x₁ ≈ [−1.98, 1.21], x₂ ≈ [−1.32, −0.42]; the
//          iterates approach the minimiser [97/39, 1/39].
// Hint:    Vector supports x - gamma * g directly.
//
// Check:   build/exercises/mml-check 4.01
#include "unit4.hpp"

namespace mml::exercises {

Vector gradient_descent_steps(const std::function<Vector(const Vector&)>& grad, const Vector& x0, double gamma,
                              std::size_t iterations) {
    if (!(gamma > 0.0)) throw DomainError("gradient_descent_steps: the step size must be > 0");
    Vector x = x0;
    for (std::size_t k = 0; k < iterations; ++k) x = x - gamma * grad(x);
    return x;
}

}  // namespace mml::exercises
