// Exercise 5.04 — the Binomial probability mass function                    (MML §6.2.1, Example 6.1)
//
// Task:    P(X = k) for X ~ Binomial(n, p), the number of successes in n independent
//          Bernoulli(p) trials:
//              P(X = k) = C(n, k) pᵏ (1 − p)ⁿ⁻ᵏ,   C(n, k) = n! / (k! (n − k)!).
//          (n = 1 is the Bernoulli distribution.) For n = 1000 the factorials overflow a double:
//          compute the logarithm with std::lgamma (log Γ(m + 1) = log m!) and exponentiate.
// Input:   n ≥ 0, p ∈ [0, 1], any integer k.
// Output:  the probability (0 outside 0 … n).
// Errors:  n < 0 or p outside [0, 1] → mml::DomainError.
// Example: MML Example 6.1: n = 2, p = 0.3: P(0), P(1), P(2) = 0.49, 0.42, 0.09.
// Hint:    0⁰ = 1: with p = 0 the only possible value is k = 0.
//
// Check:   build/exercises/mml-check 5.04
#include "unit5.hpp"

namespace mml::exercises {

double binomial_pmf(std::int64_t n, double p, std::int64_t k) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
