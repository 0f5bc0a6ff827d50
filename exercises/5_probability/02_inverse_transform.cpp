// Exercise 5.02 — inverse-transform sampling                                 (MML §6.7.2)
//
// Task:    if U ~ Uniform[0, 1) and F is a CDF, then F⁻¹(U) has CDF F. For the exponential
//          distribution with rate λ, F(x) = 1 − e^{−λx}, so
//              X = F⁻¹(U) = −log(1 − U) / λ.
// Input:   the generator and the rate λ > 0.
// Output:  one draw X ≥ 0.
// Errors:  λ ≤ 0 → mml::DomainError.
// Example: with λ = 2 the sample mean of many draws is close to 1/λ = 0.5.
// Hint:    std::log1p(-u) computes log(1 − u) accurately for small u.
//
// Check:   build/exercises/mml-check 5.02
#include "unit5.hpp"

namespace mml::exercises {

double sample_exponential(Rng& rng, double rate) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
