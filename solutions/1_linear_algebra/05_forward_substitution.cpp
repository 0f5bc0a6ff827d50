// Exercise 1.05 — forward substitution for Lx = b                           (MML §2.3.3)
//
// Task:    solve L x = b where L is lower triangular (Lᵢⱼ = 0 for j > i), top row first:
//              x₀ = b₀ / L₀₀
//              xᵢ = (bᵢ − Σ_{j=0}^{i−1} Lᵢⱼ xⱼ) / Lᵢᵢ      for i = 1, …, n−1.
//          This is the first half of solving with an LU factorisation (L y = P b).
// Input:   L, an n×n lower-triangular matrix (entries above the diagonal are ignored);
//          b, a vector with n entries.
// Output:  x, the unique solution.
// Errors:  L not square or b the wrong size → mml::DimensionError;
//          a zero on the diagonal → mml::SingularMatrixError naming the row.
// Example: [[2, 0, 0], [1, 1, 0], [1, 2, 4]] x = [2, 3, 17] has x = [1, 2, 3].
// Hint:    the mirror image of exercise 1.04: loop i upwards and use only the xⱼ with j < i.
//
// Check:   build/exercises/mml-check 1.05
#include "unit1.hpp"

#include <string>

namespace mml::exercises {

Vector forward_substitution(const Matrix& L, const Vector& b) {
    const std::size_t n = L.rows();
    if (!L.is_square() || L.empty())
        throw DimensionError("forward_substitution: L must be a non-empty square matrix, got " +
                             std::to_string(L.rows()) + "x" + std::to_string(L.cols()));
    if (b.size() != n)
        throw DimensionError("forward_substitution: L is " + std::to_string(n) + "x" + std::to_string(n) +
                             " but b has " + std::to_string(b.size()) + " entries");
    Vector x(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (L(i, i) == 0.0)
            throw SingularMatrixError("forward_substitution: L(" + std::to_string(i) + ", " + std::to_string(i) +
                                      ") is zero, so the system has no unique solution");
        double sum = b[i];
        for (std::size_t j = 0; j < i; ++j) sum -= L(i, j) * x[j];  // bᵢ − Σ_{j<i} Lᵢⱼ xⱼ
        x[i] = sum / L(i, i);
    }
    return x;
}

}  // namespace mml::exercises
