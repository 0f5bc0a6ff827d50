// Exercise 1.04 — back substitution for Ux = b                          (MML §2.3.3)
//
// Task:    solve U x = b where U is upper triangular (Uᵢⱼ = 0 for i > j).
//          Gaussian elimination (MML §2.3.3) brings every system to this form;
//          back substitution then solves it from the bottom up:
//              xₙ₋₁ = bₙ₋₁ / Uₙ₋₁,ₙ₋₁
//              xᵢ   = (bᵢ − Σ_{j=i+1}^{n−1} Uᵢⱼ xⱼ) / Uᵢᵢ     for i = n−2, …, 0.
// Input:   U, an n×n upper-triangular matrix (entries below the diagonal are
//          ignored); b, a vector with n entries.
// Output:  x, the unique solution.
// Errors:  U not square or b the wrong size → mml::DimensionError;
//          a zero on the diagonal (no unique solution) → mml::SingularMatrixError
//          naming the row.
// Example: [[2, 1, 1], [0, 1, 2], [0, 0, 4]] x = [7, 8, 12] has x = [1, 2, 3].
// Hint:    loop i from n−1 down to 0. With std::size_t, count down with
//          `for (std::size_t k = n; k-- > 0;)` — `i >= 0` is always true for unsigned i.
//
// Check:   build/exercises/mml-check 1.04
#include "unit1.hpp"

#include <string>

namespace mml::exercises {

Vector back_substitution(const Matrix& U, const Vector& b) {
    const std::size_t n = U.rows();
    if (!U.is_square() || U.empty()) {
        throw DimensionError("back_substitution: U must be a non-empty square matrix, got " + std::to_string(U.rows()) +
                             "x" + std::to_string(U.cols()));
    }
    if (b.size() != n) {
        throw DimensionError("back_substitution: U is " + std::to_string(n) + "x" + std::to_string(n) + " but b has " +
                             std::to_string(b.size()) + " entries — b needs one entry per row of U");
    }
    Vector x(n);
    for (std::size_t i = n; i-- > 0;) {  // i = n−1, …, 0: the last unknown first
        if (U(i, i) == 0.0) {
            throw SingularMatrixError("back_substitution: U(" + std::to_string(i) + ", " + std::to_string(i) +
                                      ") is zero, so the system has no unique solution");
        }
        double sum = b[i];
        for (std::size_t j = i + 1; j < n; ++j) sum -= U(i, j) * x[j];  // bᵢ − Σ_{j>i} Uᵢⱼ xⱼ (already known xⱼ)
        x[i] = sum / U(i, i);
    }
    return x;
}

}  // namespace mml::exercises
