// Exercise 2.04 — orthogonal projection onto a line                        (MML §3.8.1, Example 3.10)
//
// Task:    project x onto the line through the origin with direction b:
//              π(x) = λ b,    λ = bᵀx / bᵀb.
//          The residual x − π(x) is orthogonal to b, and π(x) is the point of the line closest to x.
// Input:   x and b ≠ 0, of the same size.
// Output:  π(x).
// Errors:  b = 0 → mml::DomainError; different sizes → mml::DimensionError.
// Example: MML Example 3.10: b = [1, 2, 2], x = [1, 1, 1]: λ = 5/9, π(x) = (5/9)[1, 2, 2].
// Hint:    two dot products and a scaling.
//
// Check:   build/exercises/mml-check 2.04
#include "unit2.hpp"

namespace mml::exercises {

Vector project_on_line(const Vector& x, const Vector& b) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
