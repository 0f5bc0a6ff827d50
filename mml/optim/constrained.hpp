// mml/optim/constrained.hpp — constrained optimisation: KKT systems, Lagrange multipliers,
// projections.                                                                     (MML §7.2)
//
// Equality-constrained quadratic programme: minimise ½xᵀQx + cᵀx subject to Ax = b. The
// Lagrangian L(x, λ) = ½xᵀQx + cᵀx + λᵀ(Ax − b) is stationary where
//     [ Q  Aᵀ ] [x]   [−c]
//     [ A  0  ] [λ] = [ b]          (the KKT system, MML §7.2)
// — one linear solve. For a general f with equality constraints gⱼ(x) = 0, Newton's method on
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

struct LagrangeResultMany {
    Vector x;
    Vector lambda;  // one multiplier per constraint
    std::size_t iterations = 0;
    bool converged = false;
};

// Several equality constraints g₁(x) = … = g_m(x) = 0: g returns a std::vector of the m values.
// Newton on ∇L(x, λ) = 0 for L = f(x) + Σⱼ λⱼ gⱼ(x), unknowns (x, λ) ∈ ℝⁿ⁺ᵐ.
template <class F, class G>
LagrangeResultMany lagrange_solve_many(F f, G g, const Vector& x0, double tolerance = 1e-12,
                                       std::size_t max_iterations = 100);

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
LagrangeResultMany lagrange_solve_many(F f, G g, const Vector& x0, double tolerance, std::size_t max_iterations) {
    const std::size_t n = x0.size();
    const std::size_t m = g(std::vector<double>(x0.begin(), x0.end())).size();
    // z = (x, λ); L(z) = f(x) + Σⱼ λⱼ gⱼ(x), written generically so that gradient/hessian can differentiate it.
    auto L = [&](const auto& z) {
        using T = std::decay_t<decltype(z[0])>;
        std::vector<T> x(z.begin(), z.begin() + static_cast<std::ptrdiff_t>(n));
        const auto gx = g(x);
        T value = f(x);
        for (std::size_t j = 0; j < m; ++j) value = value + z[n + j] * gx[j];
        return value;
    };
    Vector z(n + m);
    for (std::size_t i = 0; i < n; ++i) z[i] = x0[i];
    LagrangeResultMany r;
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
    r.lambda = Vector(m);
    for (std::size_t i = 0; i < n; ++i) r.x[i] = z[i];
    for (std::size_t j = 0; j < m; ++j) r.lambda[j] = z[n + j];
    return r;
}

// One constraint: the same Newton iteration with m = 1.
template <class F, class G>
LagrangeResult lagrange_solve(F f, G g, const Vector& x0, double tolerance, std::size_t max_iterations) {
    auto g_as_list = [&g](const auto& x) { return std::vector{g(x)}; };
    const LagrangeResultMany r = lagrange_solve_many(f, g_as_list, x0, tolerance, max_iterations);
    return {r.x, r.lambda[0], r.iterations, r.converged};
}

}  // namespace mml
