// Exercise 1.11 — LU decomposition with partial pivoting, P A = L U        (MML §2.3.3, §4.1)
//
// Task:    factor a square A as P A = L U: Gaussian elimination where you record each
//          multiplier ℓᵢₖ = uᵢₖ/uₖₖ in L (unit lower triangular) and keep the eliminated matrix
//          as U (upper triangular). Before eliminating column k, swap up the row with the
//          largest |uᵢₖ| (partial pivoting); P records the swaps.
// Input:   A, an n×n matrix.
// Output:  LU{L, U, P, perm, sign} (mml/linalg/lu.hpp): P the permutation matrix with
//          P(i, perm[i]) = 1, sign = det(P) = (−1)^(number of swaps).
// Errors:  a column with no non-zero pivot (|pivot| ≤ 1e-12 · max|aᵢⱼ|) → mml::SingularMatrixError.
// Example: A = [[1, 2], [3, 4]]: the larger pivot 3 is swapped up, perm = [1, 0],
//          L = [[1, 0], [1/3, 1]], U = [[3, 4], [0, 2/3]], sign = −1.
// Hint:    when you swap rows k and p of U, swap the multipliers already stored in L (columns
//          0 … k−1) too. Do not call mml::lu.
//
// Check:   build/exercises/mml-check 1.11
#include "unit1.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace mml::exercises {

LU my_lu(const Matrix& A) {
    if (!A.is_square() || A.empty())
        throw DimensionError("my_lu: A must be a non-empty square matrix, got " + std::to_string(A.rows()) + "x" +
                             std::to_string(A.cols()));
    const std::size_t n = A.rows();
    double largest = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) largest = std::max(largest, std::abs(A(i, j)));
    Matrix L = Matrix::identity(n), U = A;
    std::vector<std::size_t> perm(n);
    for (std::size_t i = 0; i < n; ++i) perm[i] = i;
    int sign = 1;
    for (std::size_t k = 0; k < n; ++k) {
        std::size_t p = k;
        for (std::size_t i = k + 1; i < n; ++i)
            if (std::abs(U(i, k)) > std::abs(U(p, k))) p = i;
        if (std::abs(U(p, k)) <= 1e-12 * largest)
            throw SingularMatrixError("my_lu: no pivot in column " + std::to_string(k));
        if (p != k) {
            for (std::size_t j = 0; j < n; ++j) std::swap(U(k, j), U(p, j));
            for (std::size_t j = 0; j < k; ++j) std::swap(L(k, j), L(p, j));
            std::swap(perm[k], perm[p]);
            sign = -sign;
        }
        for (std::size_t i = k + 1; i < n; ++i) {
            const double l = U(i, k) / U(k, k);  // the multiplier ℓᵢₖ
            L(i, k) = l;
            for (std::size_t j = k; j < n; ++j) U(i, j) -= l * U(k, j);
            U(i, k) = 0.0;
        }
    }
    Matrix P(n, n);
    for (std::size_t i = 0; i < n; ++i) P(i, perm[i]) = 1.0;
    return {L, U, P, perm, sign};
}

}  // namespace mml::exercises
