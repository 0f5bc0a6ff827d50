// mml/optim/gradient_methods.hpp — unconstrained optimisation with gradients.        (MML §7.1)
//
// To minimise f: ℝᵈ → ℝ, step against the gradient:
//   gradient descent   x_{k+1} = x_k − γ ∇f(x_k)                                   (MML (7.6))
//     with a fixed step γ, or with backtracking (Armijo): start from γ and halve it until
//     f(x − γ∇f) ≤ f(x) − c·γ‖∇f‖², which guarantees descent;
//   momentum (heavy ball)  v ← βv − γ∇f(x),  x ← x + v                             (MML (7.11))
//     — remembers the previous direction, damping zig-zags in narrow valleys;
//   Nesterov           the same, but the gradient is taken at the look-ahead point x + βv;
//   Adam               per-coordinate steps from running averages of the gradient (m) and of
//                      its square (v), with bias correction: x ← x − γ m̂/(√v̂ + ε);
//   Newton             x ← x − H⁻¹∇f: a quadratic model per step, one step for a quadratic, and
//                      quadratic convergence near a minimum. Damped: the step is shortened by
//                      backtracking, and when H is not positive definite H + μI is used instead,
//                      with μ increased until Cholesky succeeds (so the step is a descent direction).
// Gradient descent converges at a rate that depends on the condition number κ = λ_max/λ_min of
// the Hessian; with a fixed step above 2/λ_max it diverges (the tests show both).
//
// Every method returns an OptimResult: the final x, f(x), the number of iterations, whether
// ‖∇f‖ ≤ tolerance was reached and, if not, why; and the path of iterates (for plotting).
// f is either a generic callable (gradients by autodiff, unit 3) or f plus a gradient function.
#pragma once

#include "mml/calculus/autodiff.hpp"
#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace mml {

struct OptimOptions {
    double learning_rate = 1e-2;       // γ (the initial step for backtracking)
    double tolerance = 1e-8;           // stop when ‖∇f(x)‖ ≤ tolerance
    std::size_t max_iterations = 10000;
    bool line_search = false;          // gradient_descent: backtracking (Armijo) instead of a fixed step
    double momentum = 0.9;             // β for momentum and Nesterov
    double beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8;  // Adam
    bool record_path = true;
};

struct OptimResult {
    Vector x;
    double value = 0.0;
    std::size_t iterations = 0;
    bool converged = false;
    std::string reason;         // why it stopped
    std::vector<Vector> path;   // x₀, x₁, … (when options.record_path)
};

using Objective = std::function<double(const Vector&)>;
using GradientFunction = std::function<Vector(const Vector&)>;
using HessianFunction = std::function<Matrix(const Vector&)>;

OptimResult gradient_descent(const Objective& f, const GradientFunction& grad, const Vector& x0, const OptimOptions& options = {});
OptimResult momentum(const Objective& f, const GradientFunction& grad, const Vector& x0, const OptimOptions& options = {});
OptimResult nesterov(const Objective& f, const GradientFunction& grad, const Vector& x0, const OptimOptions& options = {});
OptimResult adam(const Objective& f, const GradientFunction& grad, const Vector& x0, const OptimOptions& options = {});
OptimResult newton(const Objective& f, const GradientFunction& grad, const HessianFunction& hess, const Vector& x0,
                   const OptimOptions& options = {});

// The same methods for a generic callable f, with ∇f (and the Hessian) by automatic differentiation.
template <class F>
OptimResult gradient_descent(F f, const Vector& x0, const OptimOptions& options = {}) {
    return gradient_descent([f](const Vector& x) { return f(x); }, [f](const Vector& x) { return gradient(f, x); }, x0, options);
}
template <class F>
OptimResult momentum(F f, const Vector& x0, const OptimOptions& options = {}) {
    return momentum([f](const Vector& x) { return f(x); }, [f](const Vector& x) { return gradient(f, x); }, x0, options);
}
template <class F>
OptimResult nesterov(F f, const Vector& x0, const OptimOptions& options = {}) {
    return nesterov([f](const Vector& x) { return f(x); }, [f](const Vector& x) { return gradient(f, x); }, x0, options);
}
template <class F>
OptimResult adam(F f, const Vector& x0, const OptimOptions& options = {}) {
    return adam([f](const Vector& x) { return f(x); }, [f](const Vector& x) { return gradient(f, x); }, x0, options);
}
template <class F>
OptimResult newton(F f, const Vector& x0, const OptimOptions& options = {}) {
    return newton([f](const Vector& x) { return f(x); }, [f](const Vector& x) { return gradient(f, x); },
                  [f](const Vector& x) { return hessian(f, x); }, x0, options);
}

}  // namespace mml
