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

#include <string>

namespace mml::exercises {

Matrix my_gram_schmidt(const Matrix& B) {
    Matrix Q(B.rows(), B.cols());
    for (std::size_t j = 0; j < B.cols(); ++j) {
        Vector u = B.col(j);
        const double original = norm(u);
        for (std::size_t i = 0; i < j; ++i) {
            const Vector q = Q.col(i);
            u -= dot(u, q) * q;  // remove the component along qᵢ
        }
        const double length = norm(u);
        if (length == 0.0 || length <= 1e-12 * original)
            throw DomainError("my_gram_schmidt: column " + std::to_string(j) + " depends on the previous columns");
        Q.set_col(j, u / length);
    }
    return Q;
}

}  // namespace mml::exercises
