// Exercise 3.01 — the gradient by central finite differences                 (MML §5.1–5.2)
//
// Task:    approximate ∇f(x) = [∂f/∂x₀, …, ∂f/∂xₙ₋₁] coordinate by coordinate with the central
//          difference
//              ∂f/∂xᵢ ≈ (f(x + h eᵢ) − f(x − h eᵢ)) / (2h),
//          eᵢ the i-th unit vector. The error is O(h²) (the h-terms of the Taylor expansions cancel).
// Input:   f: ℝⁿ → ℝ, a point x, a step h > 0.
// Output:  the approximate gradient, a vector of size n.
// Errors:  h ≤ 0 → mml::DomainError.
// Example: f(x, y) = x² + 2xy + y³ at (1, 2) (MML Example 5.15): ∇f = [6, 14]; with h = 1e-5 you
//          get it to about 10 digits.
// Hint:    2n evaluations of f in total.
//
// Check:   build/exercises/mml-check 3.01
#include "unit3.hpp"

namespace mml::exercises {

Vector fd_gradient(const std::function<double(const Vector&)>& f, const Vector& x, double h) {
    if (!(h > 0.0)) throw DomainError("fd_gradient: the step h must be positive");
    Vector g(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        Vector xp = x, xm = x;  // x ± h eᵢ
        xp[i] += h;
        xm[i] -= h;
        g[i] = (f(xp) - f(xm)) / (2.0 * h);
    }
    return g;
}

}  // namespace mml::exercises
