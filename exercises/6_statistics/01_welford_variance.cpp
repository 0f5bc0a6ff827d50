// Exercise 6.01 — Welford's one-pass variance                                          (MML §6.4.2)
//
// Task:    the sample variance s² = (1/(N − 1)) Σₙ (xₙ − x̄)² in ONE pass over the data, by
//          Welford's updates: start with n = 0, x̄ = 0, M = 0 and for each xₙ
//              n ← n + 1,   δ = xₙ − x̄,   x̄ ← x̄ + δ/n,   M ← M + δ·(xₙ − x̄)
//          (the second factor uses the *updated* mean); finally s² = M/(N − 1).
//          Why not s² = (Σx² − N x̄²)/(N − 1)? With data 10⁹ + {4, 7, 13, 16} both terms are
//          ≈ 4·10¹⁸ and agree in every digit a double carries: their difference is rounding noise.
//          Welford only ever subtracts numbers the size of the spread.
// Input:   data x with N ≥ 2 entries.
// Output:  s² (divide by N − 1).
// Errors:  fewer than 2 values → mml::DomainError.
// Example: {2, 4, 4, 4, 5, 5, 7, 9} → 32/7 ≈ 4.571;  10⁹ + {4, 7, 13, 16} → 30 exactly.
//
// Check:   build/exercises/mml-check 6.01
#include "unit6.hpp"

namespace mml::exercises {

double welford_variance(const Vector& x) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
