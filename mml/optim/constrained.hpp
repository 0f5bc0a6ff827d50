// mml/optim/constrained.hpp — constrained optimisation: KKT systems, Lagrange multipliers,
// projections.                                                                     (MML §7.2)
//
// Equality-constrained quadratic programme: minimise ½xᵀQx + cᵀx subject to Ax = b. The
// Lagrangian L(x, λ) = ½xᵀQx + cᵀx + λᵀ(Ax − b) is stationary where
//     [ Q  Aᵀ ] [x]   [−c]
//     [ A  0  ] [λ] = [ b]          (the KKT system, MML §7.2)
// — one linear solve. For a general f with one equality constraint g(x) = 0, Newton's method on
// ∇L(x, λ) = 0 (unknowns x and λ together, derivatives by autodiff) does the same iteratively.
//
// Simple constraint sets are handled by projection: after each gradient step, move back to the
// closest feasible point (projected gradient descent). Projections onto a box (clip each
// coordinate), a Euclidean ball (rescale) and the probability simplex {x ≥ 0, Σxᵢ = 1} (sort,
// then subtract the threshold τ that makes the positive parts sum to 1).
#pragma once

#include "mml/calculus/autodiff.hpp"
#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"
#include "mml/optim/gradient_methods.hpp"

#include <functional>

namespace mml {

struct KKTSolution {
    Vector x;       // the minimiser
    Vector lambda;  // the Lagrange multipliers, one per constraint
};

// minimise ½xᵀQx + cᵀx s.t. Ax = b via the KKT system. SingularMatrixError when the system is
// singular (dependent constraints, or Q not positive definite on the null space of A).
KKTSolution solve_equality_qp(const Matrix& Q, const Vector& c, const Matrix& A, const Vector& b);

struct LagrangeResult {
    Vector x;
    double lambda = 0.0;
    std::size_t iterations = 0;
    bool converged = false;
};

// A stationary point of L(x, λ) = f(x) + λ g(x) for one equality constraint g(x) = 0 (MML §7.2),
// by Newton's method on ∇L = 0 with the Hessian of L from nested duals. f and g are generic
// callables. Throws NotConvergedError after max_iterations.
template <class F, class G>
LagrangeResult lagrange_solve(F f, G g, const Vector& x0, double tolerance = 1e-12, std::size_t max_iterations = 100);

Vector project_box(const Vector& x, const Vector& lower, const Vector& upper);
Vector project_ball(const Vector& x, const Vector& centre, double radius);
Vector project_simplex(const Vector& x);

// Projected gradient descent: x ← P(x − γ∇f(x)); stops when the step moves x by less than tolerance.
OptimResult projected_gradient_descent(const Objective& f, const GradientFunction& grad,
                                       const std::function<Vector(const Vector&)>& project, const Vector& x0,
                                       const OptimOptions& options = {});

// ---- template definition -------------------------------------------------------------------------
Vector lagrange_newton_step(const Matrix& H, const Vector& g);  // solves H d = −g (KKT matrices are indefinite)

template <class F, class G>
LagrangeResult lagrange_solve(F f, G g, const Vector& x0, double tolerance, std::size_t max_iterations) {
    const std::size_t n = x0.size();
    // z = (x, λ); L(z) = f(x) + λ g(x), written generically so that gradient/hessian can differentiate it.
    auto L = [&](const auto& z) {
        using T = std::decay_t<decltype(z[0])>;
        std::vector<T> x(z.begin(), z.begin() + static_cast<std::ptrdiff_t>(n));
        return f(x) + z[n] * g(x);
    };
    Vector z(n + 1);
    for (std::size_t i = 0; i < n; ++i) z[i] = x0[i];
    LagrangeResult r;
    for (std::size_t k = 0; k < max_iterations; ++k) {
        const Vector grad_L = gradient(L, z);
        double norm = 0.0;
        for (double v : grad_L) norm += v * v;
        if (std::sqrt(norm) <= tolerance) {
            r.converged = true;
            r.iterations = k;
            break;
        }
        z += lagrange_newton_step(hessian(L, z), grad_L);  // Newton on ∇L(z) = 0
        r.iterations = k + 1;
    }
    if (!r.converged)
        throw NotConvergedError("lagrange_solve: Newton's method on the Lagrangian did not converge in " +
                                std::to_string(max_iterations) + " iterations — try another starting point");
    r.x = Vector(n);
    for (std::size_t i = 0; i < n; ++i) r.x[i] = z[i];
    r.lambda = z[n];
    return r;
}

}  // namespace mml
