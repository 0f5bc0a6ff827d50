// mml/calculus/autodiff.hpp — derivatives, gradients, Jacobians and Hessians by forward mode.
//                                                                          (MML §5.2–5.4, §5.6, §5.7)
//
// The functions you differentiate are written once, generically:
//
//     auto f = [](const auto& x) { return x[0] * x[0] + 2.0 * x[0] * x[1] + pow(x[1], 3.0); };
//
// using x[i], x.size(), arithmetic with doubles, and unqualified exp, log, sin, cos, sqrt, pow,
// tan, atan, tanh, abs, sigmoid. The same f then works on
//   * an mml::Vector                         → plain evaluation, a double;
//   * a std::vector<Dual<>> (gradient, ...)  → one directional derivative per call;
//   * a std::vector<Dual<Dual<>>> (hessian)  → second derivatives;
//   * a std::vector<Var> (grad_reverse)      → reverse mode (calculus/reverse.hpp).
// Write `using namespace mml;` (or call mml::sin) so that unqualified sin finds both versions.
// Scalar functions f(x) of one variable take and return a scalar: [](const auto& x) { return x * sin(x); }.
//
// Costs (n inputs): gradient and jacobian make n evaluations with duals (one per input
// direction eᵢ); hessian makes n(n+1)/2 evaluations with nested duals. Reverse mode
// (grad_reverse) gets the whole gradient from one forward and one backward sweep.
#pragma once

#include "mml/calculus/dual.hpp"
#include "mml/core/checks.hpp"
#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <cstddef>
#include <type_traits>
#include <vector>

namespace mml {

// f′(x) for f: ℝ → ℝ: evaluate f at the dual number x + 1·ε and read off the ε-part (MML §5.1).
template <class F>
double derivative(F f, double x) {
    require_finite("derivative", x, "x");
    const Dual<> y = f(Dual<>(x, 1.0));
    return y.derivative;
}

// The directional derivative ∇f(x)·v = d/dt f(x + t v) at t = 0: one evaluation with xᵢ + vᵢ ε.
template <class F>
double directional_derivative(F f, const Vector& x, const Vector& v) {
    require_same_size("directional_derivative", x, v);
    require_finite("directional_derivative", x);
    std::vector<Dual<>> xs(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) xs[i] = Dual<>(x[i], v[i]);
    const Dual<> y = f(xs);
    return y.derivative;
}

// ∇f(x) = [∂f/∂x₀, …, ∂f/∂xₙ₋₁] for f: ℝⁿ → ℝ (MML §5.2): pass i seeds xᵢ with derivative 1, the
// others with 0, so the ε-part of f is ∂f/∂xᵢ.
template <class F>
Vector gradient(F f, const Vector& x) {
    require_finite("gradient", x);
    const std::size_t n = x.size();
    std::vector<Dual<>> xs(n);
    for (std::size_t j = 0; j < n; ++j) xs[j] = Dual<>(x[j], 0.0);
    Vector g(n);
    for (std::size_t i = 0; i < n; ++i) {
        xs[i].derivative = 1.0;
        const Dual<> y = f(xs);
        g[i] = y.derivative;
        xs[i].derivative = 0.0;
    }
    return g;
}

// The Jacobian J(x) ∈ ℝ^{m×n}, Jᵢⱼ = ∂Fᵢ/∂xⱼ, of F: ℝⁿ → ℝᵐ (MML §5.3). F returns a container of
// its m outputs (e.g. std::vector of the element type of x); column j comes from seeding xⱼ.
template <class F>
Matrix jacobian(F F_, const Vector& x) {
    require_finite("jacobian", x);
    const std::size_t n = x.size();
    std::vector<Dual<>> xs(n);
    for (std::size_t j = 0; j < n; ++j) xs[j] = Dual<>(x[j], 0.0);
    Matrix J;
    for (std::size_t j = 0; j < n; ++j) {
        xs[j].derivative = 1.0;
        const auto y = F_(xs);
        if (j == 0) J = Matrix(y.size(), n);
        if (y.size() != J.rows()) throw DimensionError("jacobian: F returned outputs of different lengths");
        for (std::size_t i = 0; i < y.size(); ++i) J(i, j) = y[i].derivative;
        xs[j].derivative = 0.0;
    }
    return J;
}

// The Hessian H(x), Hᵢⱼ = ∂²f/∂xᵢ∂xⱼ (MML §5.7), with nested duals: the outer ε carries ∂/∂xᵢ,
// the inner ε ∂/∂xⱼ, and the ε·ε-part of f is the mixed second derivative. H is symmetric, so
// only j ≥ i is evaluated.
template <class F>
Matrix hessian(F f, const Vector& x) {
    require_finite("hessian", x);
    using D2 = Dual<Dual<>>;
    const std::size_t n = x.size();
    std::vector<D2> xs(n);
    Matrix H(n, n);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i; j < n; ++j) {
            for (std::size_t k = 0; k < n; ++k)
                xs[k] = D2(Dual<>(x[k], k == j ? 1.0 : 0.0), Dual<>(k == i ? 1.0 : 0.0, 0.0));
            const D2 y = f(xs);
            H(i, j) = H(j, i) = y.derivative.derivative;
        }
    }
    return H;
}

}  // namespace mml
