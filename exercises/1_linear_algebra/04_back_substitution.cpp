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

namespace mml::exercises {

Vector back_substitution(const Matrix& U, const Vector& b) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
