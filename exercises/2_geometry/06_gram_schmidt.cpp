// Exercise 2.06 — Gram–Schmidt orthonormalisation                          (MML §3.8.3, Example 3.12)
//
// Task:    turn the columns b₀, …, bₖ₋₁ of B into orthonormal columns q₀, …, qₖ₋₁ with the same span:
//              uⱼ = bⱼ − Σ_{i<j} (uᵀqᵢ) qᵢ    (subtract the projections one at a time),
//              qⱼ = uⱼ / ‖uⱼ‖.
//          Taking each coefficient from the current u ("modified" Gram–Schmidt) rather than from
//          the original bⱼ ("classical") keeps the result much closer to orthogonal in floating
//          point when the columns are nearly dependent.
// Input:   B (n×k) with linearly independent columns.
// Output:  Q (n×k) with QᵀQ = I and span(Q) = span(B).
// Errors:  a column that depends on the previous ones (‖uⱼ‖ ≤ 1e-12·‖bⱼ‖) → mml::DomainError.
// Example: MML Example 3.12: b₀ = [2, 0], b₁ = [1, 1] → q₀ = [1, 0], q₁ = [0, 1].
// Hint:    B.col(j), Q.set_col(j, v), mml::dot and mml::norm.
//
// Check:   build/exercises/mml-check 2.06
#include "unit2.hpp"

namespace mml::exercises {

Matrix my_gram_schmidt(const Matrix& B) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
