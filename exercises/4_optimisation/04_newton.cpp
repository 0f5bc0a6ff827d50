// Exercise 4.04 — Newton's method for minimisation                         (MML §7.1, §5.8)
//
// Task:    minimise by jumping to the minimum of the local quadratic (second-order Taylor) model:
//              1-D:  x ← x − f′(x) / f″(x)
//              n-D:  x ← x − H(x)⁻¹ ∇f(x)     (solve H d = −∇f; never form H⁻¹)
//          Stop when the step is at most tol; near a minimum the error is squared every step.
// Input:   derivatives (or gradient and Hessian), the start, tol > 0.
// Output:  the stationary point found.
// Errors:  f″ = 0 (or a singular H) → mml::DomainError / mml::SingularMatrixError;
//          no convergence in 100 steps → mml::NotConvergedError.
// Example: f(x) = x² − 2 ln x (x > 0): f′ = 2x − 2/x, f″ = 2 + 2/x², minimum at x = 1.
//          f(x, y) = (x − 1)² + 10(y + 2)²: one Newton step from anywhere lands on (1, −2).
// Hint:    mml::solve(H, -1.0 * g) for the 2-D step.
//
// Check:   build/exercises/mml-check 4.04
#include "unit4.hpp"

namespace mml::exercises {

double newton_1d(const std::function<double(double)>& df, const std::function<double(double)>& d2f, double x0, double tol) {
    MML_TODO();  // replace this line with your answer
}

Vector newton_2d(const std::function<Vector(const Vector&)>& grad, const std::function<Matrix(const Vector&)>& hess, const Vector& x0, double tol) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
