// Exercise 4.06 — checking convexity with Jensen's inequality                   (MML §7.3)
//
// Task:    f is convex iff for all x, y and λ ∈ [0, 1]
//              f(λx + (1 − λ)y) ≤ λ f(x) + (1 − λ) f(y)        (the chord lies above the graph).
//          Test it on `trials` random segments with x, y uniform in the box [lower, upper] and λ
//          uniform in [0, 1]; return false as soon as one violates it (with a rounding slack of
//          1e-12·(1 + |right-hand side|)). A true answer is evidence, not a proof.
// Input:   f, the box, the number of trials, a seeded generator.
// Output:  false if a violation was found, else true.
// Errors:  lower and upper of different sizes → mml::DimensionError.
// Example: ‖x‖² is convex; sin(3x₀) is not (the tests check both).
// Hint:    lower[i] + (upper[i] − lower[i])·rng.uniform() draws coordinate i.
//
// Check:   build/exercises/mml-check 4.06
#include "unit4.hpp"

namespace mml::exercises {

bool looks_convex(const std::function<double(const Vector&)>& f, const Vector& lower, const Vector& upper, std::size_t trials, Rng& rng) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
