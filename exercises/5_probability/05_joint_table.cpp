// Exercise 5.05 — the sum rule and the product rule on a table              (MML §6.3)
//
// Task:    a joint distribution of X and Y on finite sets is a table P(i, j) = p(X = xᵢ, Y = yⱼ).
//              sum rule:      p(xᵢ) = Σⱼ P(i, j)
//              product rule:  p(xᵢ | yⱼ) = P(i, j) / p(yⱼ),   p(yⱼ) = Σᵢ P(i, j)
// Input:   P (non-negative entries summing to 1); a column j.
// Output:  the marginal of X (one entry per row); the conditional of X given Y = yⱼ.
// Errors:  p(yⱼ) = 0 → mml::DomainError (conditioning on an impossible event);
//          j out of range → mml::DimensionError.
// Example: P = [[0.1, 0.2], [0.3, 0.4]]: p(x) = [0.3, 0.7]; p(x | y₁) = [0.2, 0.4]/0.6 = [1/3, 2/3].
// Hint:    P.row(i), P.col(j) and a loop are all you need.
//
// Check:   build/exercises/mml-check 5.05
#include "unit5.hpp"

namespace mml::exercises {

Vector marginal_of_x(const Matrix& P) {
    MML_TODO();  // replace this line with your answer
}

Vector x_given_y(const Matrix& P, std::size_t j) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
