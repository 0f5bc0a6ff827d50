// Exercise 3.05 — a gradient check                                          (MML §5.2, §5.6)
//
// Task:    before trusting a hand-derived gradient, compare it with finite differences.
//          Return the largest relative discrepancy
//              maxᵢ |gᵢ − dᵢ| / max(1, |gᵢ|, |dᵢ|),
//          where g = grad(x) is the gradient under test and dᵢ = (f(x + h eᵢ) − f(x − h eᵢ))/(2h).
//          A correct gradient gives about 1e-9 with h = 1e-5; a wrong one gives something large.
// Input:   f, the claimed gradient function grad, the point x, the step h > 0.
// Output:  the discrepancy (≥ 0).
// Errors:  grad(x) of the wrong size → mml::DimensionError; h ≤ 0 → mml::DomainError.
// Hint:    the three gradient-check functions of the course (B = [[3, −1], [−1, 3]]) are good
//          test cases: f₁ = xᵀBx + xᵀx − aᵀx + bᵀx has ∇f₁ = (B + Bᵀ)x + 2x − a + b.
//
// Check:   build/exercises/mml-check 3.05
#include "unit3.hpp"

#include <algorithm>
#include <cmath>

namespace mml::exercises {

double gradient_check(const std::function<double(const Vector&)>& f, const std::function<Vector(const Vector&)>& grad,
                      const Vector& x, double h) {
    if (!(h > 0.0)) throw DomainError("gradient_check: the step h must be positive");
    const Vector g = grad(x);
    if (g.size() != x.size()) throw DimensionError("gradient_check: grad(x) has the wrong size");
    double worst = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        Vector xp = x, xm = x;
        xp[i] += h;
        xm[i] -= h;
        const double d = (f(xp) - f(xm)) / (2.0 * h);
        worst = std::max(worst, std::abs(g[i] - d) / std::max({1.0, std::abs(g[i]), std::abs(d)}));
    }
    return worst;
}

}  // namespace mml::exercises
