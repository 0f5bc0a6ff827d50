// mml/calculus/finite_difference.hpp — derivatives from function values, and limits.   (MML §5.1)
//
// The definition f′(x) = lim_{h→0} (f(x + h) − f(x)) / h suggests computing with a small h.
// Two errors compete:
//   * truncation: Taylor's theorem gives (f(x+h) − f(x))/h = f′(x) + ½h f″(ξ), error O(h) for the
//     forward difference; the central difference (f(x+h) − f(x−h))/(2h) cancels the h f″ term and
//     its error is (h²/6) f‴, O(h²);
//   * rounding: f(x ± h) carry relative errors of size ε ≈ 2.2e-16, which the division by h
//     amplifies to about ε|f|/h.
// The total error ε/h + h² (central) is smallest near h ≈ ε^(1/3) ≈ 6e-6 (and h ≈ √ε ≈ 1.5e-8
// for the forward difference), where about 10 (resp. 8) correct digits remain. A smaller h is
// *worse*: the error-versus-h plot is V-shaped. Automatic differentiation (dual.hpp) has neither
// error, which is why mml differentiates with it and uses these formulas only as a check.
#pragma once

#include "mml/core/checks.hpp"
#include "mml/core/vector.hpp"

#include <cmath>
#include <cstddef>
#include <vector>

namespace mml {

// (f(x + h) − f(x)) / h: error O(h).
template <class F>
double forward_difference(F f, double x, double h) {
    return (f(x + h) - f(x)) / h;
}

// (f(x) − f(x − h)) / h: error O(h).
template <class F>
double backward_difference(F f, double x, double h) {
    return (f(x) - f(x - h)) / h;
}

// (f(x + h) − f(x − h)) / (2h): error O(h²); the best h is about ε^(1/3)·max(1, |x|).
template <class F>
double central_difference(F f, double x, double h = 6e-6) {
    if (!(h > 0.0)) throw DomainError("central_difference: the step h must be positive");
    return (f(x + h) - f(x - h)) / (2.0 * h);
}

// ∇f(x) by central differences in each coordinate, for checking a gradient (MML §5.2).
template <class F>
Vector gradient_central_difference(F f, const Vector& x, double h = 6e-6) {
    Vector g(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        Vector xp = x, xm = x;
        xp[i] += h;
        xm[i] -= h;
        g[i] = (f(xp) - f(xm)) / (2.0 * h);
    }
    return g;
}

// Richardson extrapolation of a limit L = lim_{h→0} A(h) when A(h) = L + c₁h + c₂h² + …
// (MML §5.1, numerical limits). With A(h) and A(h/2), the combination 2A(h/2) − A(h) cancels the
// h term; repeating on the table (Neville's scheme) cancels h², h³, …:
//     T[i][0] = A(h/2ⁱ),   T[i][k] = T[i][k−1] + (T[i][k−1] − T[i−1][k−1]) / (2ᵏ − 1).
// Returns T[levels−1][levels−1]. For a central difference, whose error has only even powers,
// pass power_step = 2 (then the divisor is 4ᵏ − 1).
template <class A>
double richardson_limit(A approximation, double h, std::size_t levels = 6, int power_step = 1) {
    if (levels == 0) throw DomainError("richardson_limit: levels must be at least 1");
    std::vector<std::vector<double>> T(levels, std::vector<double>(levels, 0.0));
    for (std::size_t i = 0; i < levels; ++i) {
        T[i][0] = approximation(h / std::pow(2.0, static_cast<double>(i)));
        for (std::size_t k = 1; k <= i; ++k) {
            const double factor = std::pow(2.0, static_cast<double>(power_step) * static_cast<double>(k)) - 1.0;
            T[i][k] = T[i][k - 1] + (T[i][k - 1] - T[i - 1][k - 1]) / factor;
        }
    }
    return T[levels - 1][levels - 1];
}

}  // namespace mml
