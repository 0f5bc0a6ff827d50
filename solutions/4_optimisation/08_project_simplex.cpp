// Exercise 4.08 — Euclidean projection onto the probability simplex            (MML §7.2, projected gradients)
//
// Task:    the closest point to x in Δ = {p : pᵢ ≥ 0, Σ pᵢ = 1} has the form
//              pᵢ = max(xᵢ − τ, 0)
//          for the threshold τ that makes Σ pᵢ = 1. To find τ: sort x in decreasing order
//          u₀ ≥ u₁ ≥ …; for k = 1 … n let S_k = u₀ + … + u_{k−1}; τ = (S_k − 1)/k for the largest k
//          with u_{k−1} > (S_k − 1)/k.
// Input:   x (non-empty).
// Output:  the projection p.
// Errors:  x empty → mml::DimensionError.
// Example: x = [0.5, 0.8, −0.4]: u = [0.8, 0.5, −0.4]; k = 2 gives τ = 0.15, so p = [0.35, 0.65, 0].
// Hint:    std::vector<double> u(x.begin(), x.end()); std::sort(u.begin(), u.end(), std::greater<>());
//
// Check:   build/exercises/mml-check 4.08
#include "unit4.hpp"

#include <algorithm>
#include <functional>
#include <vector>

namespace mml::exercises {

Vector simplex_projection(const Vector& x) {
    if (x.empty()) throw DimensionError("simplex_projection: x is empty");
    std::vector<double> u(x.begin(), x.end());
    std::sort(u.begin(), u.end(), std::greater<>());
    double S = 0.0, tau = 0.0;
    for (std::size_t k = 1; k <= u.size(); ++k) {
        S += u[k - 1];
        const double t = (S - 1.0) / static_cast<double>(k);
        if (u[k - 1] > t) tau = t;  // the condition holds for k = 1 … k*, so the last one wins
    }
    Vector p(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) p[i] = std::max(x[i] - tau, 0.0);
    return p;
}

}  // namespace mml::exercises
