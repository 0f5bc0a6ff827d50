// Exercise 3.07 — evaluating a Taylor polynomial                             (MML §5.8, Example 5.3)
//
// Task:    given the derivatives f(x₀), f′(x₀), …, f⁽ⁿ⁾(x₀), evaluate the Taylor polynomial
//              Tₙ(x) = Σ_{k=0}^{n} f⁽ᵏ⁾(x₀)/k! · (x − x₀)ᵏ.
// Input:   derivatives[k] = f⁽ᵏ⁾(x₀) (at least one entry), the expansion point x₀, and x.
// Output:  Tₙ(x).
// Errors:  no derivatives → mml::DomainError.
// Example: MML Example 5.3: f(x) = x⁴ at x₀ = 1 has derivatives 1, 4, 12, 24, 24, so
//          T₄(x) = 1 + 4(x−1) + 6(x−1)² + 4(x−1)³ + (x−1)⁴ = x⁴ exactly.
// Hint:    divide by k! as you go: term_k = term_{k−1}·(x − x₀)/k, times f⁽ᵏ⁾.
//
// Check:   build/exercises/mml-check 3.07
#include "unit3.hpp"

namespace mml::exercises {

double taylor_polynomial_value(const std::vector<double>& derivatives, double x0, double x) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
