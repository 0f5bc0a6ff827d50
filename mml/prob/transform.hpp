// mml/prob/transform.hpp — the change-of-variables formula, Monte Carlo estimates.   (MML §6.7, §6.4)
//
// If X has density p_X and Y = g(X) for a monotone, differentiable g, then (MML Theorem 6.16)
//     p_Y(y) = p_X(g⁻¹(y)) · |d g⁻¹(y) / dy|.
// The derivative comes from forward-mode autodiff (unit 3): pass g⁻¹ as a generic callable.
// In several dimensions the factor is |det J_{g⁻¹}(y)|, the Jacobian's determinant.
//
// Monte Carlo: E[f(X)] ≈ (1/N) Σₙ f(xₙ) for samples xₙ ~ p, with standard error s/√N where s²
// is the sample variance (accumulated with Welford's update, which stays accurate when the mean
// is large compared with the spread). The law of large numbers makes the estimate converge; the
// central limit theorem makes its error approximately N(0, s²/N).
#pragma once

#include "mml/calculus/autodiff.hpp"
#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"
#include "mml/linalg/lu.hpp"
#include "mml/prob/rng.hpp"

#include <cmath>
#include <cstddef>
#include <functional>

namespace mml {

// p_Y(y) = p_X(h(y)) |h′(y)| with h = g⁻¹ a generic scalar callable ([](const auto& y) { return log(y); }).
template <class Density, class Inverse>
double transformed_density(Density p_x, Inverse g_inverse, double y) {
    const double x = value_of(g_inverse(Dual<>(y, 0.0)));
    return p_x(x) * std::abs(derivative(g_inverse, y));
}

// p_Y(y) = p_X(h(y)) |det J_h(y)| for h = g⁻¹: ℝᴰ → ℝᴰ returning a container (see mml::jacobian).
template <class Density, class Inverse>
double transformed_density(Density p_x, Inverse g_inverse, const Vector& y) {
    const Matrix J = jacobian(g_inverse, y);
    Vector x(y.size());
    std::vector<Dual<>> ys(y.size());
    for (std::size_t i = 0; i < y.size(); ++i) ys[i] = Dual<>(y[i], 0.0);
    const auto hx = g_inverse(ys);
    for (std::size_t i = 0; i < y.size(); ++i) x[i] = value_of(hx[i]);
    return p_x(x) * std::abs(det(J));
}

struct MonteCarloEstimate {
    double mean;            // (1/N) Σ f(xₙ)
    double standard_error;  // s / √N
    std::size_t samples;
};

// E[f(X)] from N draws of `sample(rng)`; Welford's running mean and variance.
MonteCarloEstimate monte_carlo_expectation(const std::function<double(Rng&)>& sample_f, std::size_t N, Rng& rng);

}  // namespace mml
