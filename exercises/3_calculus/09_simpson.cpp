// Exercise 3.09 — Simpson's rule                                            (numerical integration)
//
// Task:    approximate ∫ₐᵇ f by fitting a parabola through each pair of panels (n even, h = (b−a)/n):
//              S(h) = (h/3) · ( f₀ + 4f₁ + 2f₂ + 4f₃ + … + 2fₙ₋₂ + 4fₙ₋₁ + fₙ ),   fᵢ = f(a + i h).
//          It is exact for cubics and its error is O(h⁴): doubling n divides it by 16.
// Input:   f, a, b, n ≥ 2 even.
// Output:  S(h).
// Errors:  n odd or 0 → mml::DomainError.
// Example: ∫₀^√π x sin(x²) dx = 1; ∫₀² x³ dx = 4 exactly with n = 2.
// Hint:    weight 4 for odd i, 2 for even interior i.
//
// Check:   build/exercises/mml-check 3.09
#include "unit3.hpp"

namespace mml::exercises {

double simpson(const std::function<double(double)>& f, double a, double b, std::size_t n) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
