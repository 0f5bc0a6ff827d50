// Exercise 1.09 — the inverse by Gauss–Jordan elimination                 (MML §2.3.3, Example 2.9)
//
// Task:    compute A⁻¹ by row-reducing the augmented matrix [A | I] to [I | A⁻¹]: the row
//          operations that turn A into I, applied to I, build A⁻¹.
// Input:   A, an n×n matrix.
// Output:  A⁻¹, with A·A⁻¹ = A⁻¹·A = I.
// Errors:  A not square → mml::DimensionError; no pivot in some column (|pivot| ≤ 1e-12 ·
//          max|aᵢⱼ|) → mml::SingularMatrixError naming the column.
// Example: MML Example 2.9: the inverse of [[1, 0, 2, 0], [1, 1, 0, 0], [1, 2, 0, 1], [1, 1, 1, 1]]
//          is [[−1, 2, −2, 2], [1, −1, 2, −2], [1, −1, 1, −1], [−1, 0, −1, 2]].
// Hint:    use partial pivoting (swap up the row with the largest |entry| in the column).
//          Do not call mml::inverse — it is what you are checked against.
//
// Check:   build/exercises/mml-check 1.09
#include "unit1.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace mml::exercises {

Matrix inverse_gauss_jordan(const Matrix& A) {
    if (!A.is_square() || A.empty())
        throw DimensionError("inverse_gauss_jordan: A must be a non-empty square matrix, got " +
                             std::to_string(A.rows()) + "x" + std::to_string(A.cols()));
    const std::size_t n = A.rows();
    Matrix M(n, 2 * n);  // [A | I]
    double largest = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            M(i, j) = A(i, j);
            largest = std::max(largest, std::abs(A(i, j)));
        }
        M(i, n + i) = 1.0;
    }
    for (std::size_t k = 0; k < n; ++k) {
        std::size_t p = k;
        for (std::size_t i = k + 1; i < n; ++i)
            if (std::abs(M(i, k)) > std::abs(M(p, k))) p = i;
        if (std::abs(M(p, k)) <= 1e-12 * largest)
            throw SingularMatrixError("inverse_gauss_jordan: no pivot in column " + std::to_string(k) +
                                      ", so A is singular and has no inverse");
        for (std::size_t j = 0; j < 2 * n; ++j) std::swap(M(k, j), M(p, j));
        const double pivot = M(k, k);
        for (std::size_t j = 0; j < 2 * n; ++j) M(k, j) /= pivot;
        for (std::size_t i = 0; i < n; ++i) {
            if (i == k) continue;
            const double factor = M(i, k);
            for (std::size_t j = 0; j < 2 * n; ++j) M(i, j) -= factor * M(k, j);
        }
    }
    Matrix Ainv(n, n);  // the right half of [I | A⁻¹]
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) Ainv(i, j) = M(i, n + j);
    return Ainv;
}

}  // namespace mml::exercises
