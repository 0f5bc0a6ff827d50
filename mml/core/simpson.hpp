// mml/core/simpson.hpp — composite Simpson's rule, written once.              (unit 3; MML §3.7 uses it)
//
//     ∫ₐᵇ f(x) dx ≈ (h/3) [f(x₀) + 4f(x₁) + 2f(x₂) + 4f(x₃) + … + 4f(x_{n−1}) + f(xₙ)],
//     xᵢ = a + i·h,  h = (b − a)/n,  n even.
//
// Simpson's rule fits a parabola through each pair of panels; its error is −(b − a)h⁴f⁽⁴⁾(ξ)/180,
// so halving h divides the error by 16. The rule is taught in unit 3 (calculus/integration.hpp,
// integrate_simpson, which adds the input checks); it lives in core because unit 2 needs it too,
// for the inner product of functions ⟨f, g⟩ = ∫ f g (geometry/inner_product.hpp).
#pragma once

#include <cstddef>
#include <functional>

namespace mml {

// The composite Simpson sum above. n must be even and positive (DomainError otherwise); the
// caller checks that a and b are finite.
double composite_simpson(const std::function<double(double)>& f, double a, double b, std::size_t n);

}  // namespace mml
