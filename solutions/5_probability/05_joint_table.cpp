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

#include <string>

namespace mml::exercises {

Vector marginal_of_x(const Matrix& P) {
    Vector p(P.rows());
    for (std::size_t i = 0; i < P.rows(); ++i)
        for (std::size_t j = 0; j < P.cols(); ++j) p[i] += P(i, j);  // sum rule: sum out y
    return p;
}

Vector x_given_y(const Matrix& P, std::size_t j) {
    if (j >= P.cols()) throw DimensionError("x_given_y: column " + std::to_string(j) + " does not exist");
    double py = 0.0;
    for (std::size_t i = 0; i < P.rows(); ++i) py += P(i, j);
    if (py == 0.0) throw DomainError("x_given_y: p(y) = 0, so X given this y is undefined");
    Vector p(P.rows());
    for (std::size_t i = 0; i < P.rows(); ++i) p[i] = P(i, j) / py;  // product rule
    return p;
}

}  // namespace mml::exercises
