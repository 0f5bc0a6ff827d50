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

#include <cmath>

namespace mml::exercises {

double binomial_pmf(std::int64_t n, double p, std::int64_t k) {
    if (n < 0 || !(p >= 0.0 && p <= 1.0)) throw DomainError("binomial_pmf: need n >= 0 and 0 <= p <= 1");
    if (k < 0 || k > n) return 0.0;
    if (p == 0.0) return k == 0 ? 1.0 : 0.0;
    if (p == 1.0) return k == n ? 1.0 : 0.0;
    const double nd = static_cast<double>(n), kd = static_cast<double>(k);
    const double log_choose = std::lgamma(nd + 1) - std::lgamma(kd + 1) - std::lgamma(nd - kd + 1);
    return std::exp(log_choose + kd * std::log(p) + (nd - kd) * std::log1p(-p));
}

}  // namespace mml::exercises
