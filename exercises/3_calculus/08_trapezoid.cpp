// Exercise 3.08 — the composite trapezoid rule                               (numerical integration)
//
// Task:    approximate ∫ₐᵇ f(x) dx by n trapezoids of width h = (b − a)/n:
//              T(h) = h · ( f(a)/2 + f(a+h) + f(a+2h) + … + f(b−h) + f(b)/2 ).
//          The error is −(b − a)h²f″(ξ)/12: second order, so doubling n divides it by 4.
// Input:   f, the interval ends a and b (a > b gives the negated integral), n ≥ 1 panels.
// Output:  T(h).
// Errors:  n = 0 → mml::DomainError.
// Example: ∫₁² dx/x = ln 2 ≈ 0.693147; with n = 1: (1 + 1/2)/2 = 0.75.
// Hint:    one loop over the interior points.
//
// Check:   build/exercises/mml-check 3.08
#include "unit3.hpp"

namespace mml::exercises {

double trapezoid(const std::function<double(double)>& f, double a, double b, std::size_t n) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
