// mml/calculus/integration.hpp — numerical integration (quadrature).         (MML §6.4 expectations; calculus)
//
// ∫ₐᵇ f(x) dx ≈ Σᵢ wᵢ f(xᵢ): every rule chooses nodes xᵢ and weights wᵢ. With n panels of
// width h = (b − a)/n:
//   * Riemann sums (left, right, midpoint): f at one point per panel; error O(h) (midpoint O(h²));
//   * trapezoid: the area under the chord of each panel; error −(b−a)h² f″/12 = O(h²);
//   * Simpson: the area under a parabola through each pair of panels; error O(h⁴);
//   * Gauss–Legendre with n nodes: nodes at the roots of the Legendre polynomial Pₙ, exact for
//     polynomials of degree up to 2n − 1 — the highest possible with n evaluations;
//   * adaptive Simpson: halve only the panels where two estimates disagree.
// Doubling n divides the error by 2, 4 or 16 for rules of order 1, 2, 4: the tests measure it.
// The sign convention: ∫ₐᵇ = −∫ᵦᵃ, so a > b is allowed and gives the negated integral.
#pragma once

#include "mml/core/error.hpp"

#include <cmath>
#include <cstddef>
#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace mml {

using Integrand = std::function<double(double)>;

// Σᵢ f(a + i h)·h, i = 0…n−1 (left), 1…n (right), or f at the panel midpoints.
double riemann_left(const Integrand& f, double a, double b, std::size_t n);
double riemann_right(const Integrand& f, double a, double b, std::size_t n);
double riemann_midpoint(const Integrand& f, double a, double b, std::size_t n);

// h·(f(a)/2 + f(a+h) + … + f(b−h) + f(b)/2) with n panels; error O(h²).
double integrate_trapezoid(const Integrand& f, double a, double b, std::size_t n);

// (h/3)·(f₀ + 4f₁ + 2f₂ + 4f₃ + … + 4fₙ₋₁ + fₙ) with n panels (n even; DomainError otherwise); error O(h⁴).
double integrate_simpson(const Integrand& f, double a, double b, std::size_t n);

// The n nodes xᵢ ∈ (−1, 1) and weights wᵢ of Gauss–Legendre quadrature, computed (not tabulated):
// xᵢ are the roots of Pₙ found by Newton's method from Chebyshev-like guesses, with Pₙ and Pₙ′ from
// the three-term recurrence (k+1)P_{k+1} = (2k+1)xPₖ − kP_{k−1}; wᵢ = 2 / ((1 − xᵢ²) Pₙ′(xᵢ)²).
struct GaussLegendreRule {
    std::vector<double> nodes;
    std::vector<double> weights;
};
GaussLegendreRule gauss_legendre_rule(std::size_t n);

// ∫ₐᵇ f ≈ (b−a)/2 · Σ wᵢ f((a+b)/2 + (b−a)/2 · xᵢ), exact for polynomials of degree ≤ 2n − 1. 1 ≤ n ≤ 64.
double integrate_gauss_legendre(const Integrand& f, double a, double b, std::size_t n);

// Adaptive Simpson: accept a panel when |S(left) + S(right) − S(whole)| ≤ 15·tol (the error of the
// refined estimate is about 1/15 of that difference), else split it and share tol between the halves.
// NotConvergedError when panels would become narrower than rounding allows (depth 50) without success.
double integrate_adaptive(const Integrand& f, double a, double b, double tol = 1e-10);

// ∫ₐ^∞ f(x) dx by the substitution x = a + t/(1 − t), dx = dt/(1 − t)², t ∈ [0, 1), then adaptive Simpson.
double integrate_to_infinity(const Integrand& f, double a, double tol = 1e-10);

}  // namespace mml
