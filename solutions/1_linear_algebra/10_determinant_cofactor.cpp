// Exercise 1.10 — the determinant by Laplace (cofactor) expansion           (MML §4.1, Theorem 4.2)
//
// Task:    compute det(A) by expanding along the first row:
//              det(A) = Σ_{j=0}^{n−1} (−1)^j · a₀ⱼ · det(A₀ⱼ),
//          where the minor A₀ⱼ is A without row 0 and column j; det of a 1×1 matrix is its entry.
// Input:   A, an n×n matrix with 1 ≤ n ≤ 8 (the expansion costs n! operations — that is the
//          lesson: mml::det uses LU instead, n³/3 operations).
// Output:  det(A).
// Errors:  A not square or empty → mml::DimensionError.
// Example: MML Example 4.3: det [[1, 2, 3], [3, 1, 2], [0, 0, 1]] = −5.
// Hint:    a recursive function is natural here; skip terms with a₀ⱼ = 0.
//
// Check:   build/exercises/mml-check 1.10
#include "unit1.hpp"

#include <string>

namespace mml::exercises {

double det_cofactor(const Matrix& A) {
    if (!A.is_square() || A.empty())
        throw DimensionError("det_cofactor: A must be a non-empty square matrix, got " + std::to_string(A.rows()) +
                             "x" + std::to_string(A.cols()));
    const std::size_t n = A.rows();
    if (n == 1) return A(0, 0);
    double det = 0.0;
    double sign = 1.0;  // (−1)^j
    for (std::size_t j = 0; j < n; ++j, sign = -sign) {
        if (A(0, j) == 0.0) continue;
        Matrix minor(n - 1, n - 1);  // A without row 0 and column j
        for (std::size_t r = 1; r < n; ++r)
            for (std::size_t c = 0, mc = 0; c < n; ++c)
                if (c != j) minor(r - 1, mc++) = A(r, c);
        det += sign * A(0, j) * det_cofactor(minor);
    }
    return det;
}

}  // namespace mml::exercises
