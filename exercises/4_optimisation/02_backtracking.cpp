// Exercise 4.02 — backtracking (Armijo) line search                         (MML §7.1.1)
//
// Task:    a fixed step can be too large (divergence) or too small (slow). Backtracking starts
//          from t₀ and shrinks t ← β t until the step along −g gives a sufficient decrease:
//              f(x − t g) ≤ f(x) − c · t · ‖g‖²        (Armijo condition, 0 < c < 1),
//          where g = ∇f(x). Return that t.
// Input:   f, the point x, the gradient g at x, t₀ > 0, β ∈ (0, 1), c ∈ (0, 1).
// Output:  the accepted step t.
// Errors:  t₀ ≤ 0, β or c outside (0, 1) → mml::DomainError.
// Example: f(x) = x², x = 1, g = 2, t₀ = 1, β = ½, c = ½: t = 1 gives f(−1) = 1 > 1 − 2 (reject),
//          t = ½ gives f(0) = 0 ≤ 1 − 1 = 0 (accept): t = 0.5.
// Hint:    compute f(x) and ‖g‖² once, before the loop.
//
// Check:   build/exercises/mml-check 4.02
#include "unit4.hpp"

namespace mml::exercises {

double backtracking_step(const std::function<double(const Vector&)>& f, const Vector& x, const Vector& g, double t0, double beta, double c) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
