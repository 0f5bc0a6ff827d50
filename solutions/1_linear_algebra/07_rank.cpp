// Exercise 1.07 — the rank of a matrix                                     (MML §2.6.2)
//
// Task:    return rk(A), the number of linearly independent columns (= rows) of A. It is the
//          number of pivots that Gaussian elimination finds.
// Input:   A, an m×n matrix.
// Output:  its rank, 0 ≤ rk(A) ≤ min(m, n).
// Numerics: exact zero tests fail in floating point: after elimination a "zero" is often
//          1e-16. Treat a pivot candidate as zero when |value| ≤ tol with
//              tol = max(m, n) · ε · ‖A‖∞,   ε = std::numeric_limits<double>::epsilon(),
//          where ‖A‖∞ = maxᵢ Σⱼ |aᵢⱼ| is the largest absolute row sum.
// Example: MML Example 2.18: rk([[1, 2, 1], [−2, −3, 1], [3, 5, 0]]) = 2.
// Hint:    you may reuse the logic of exercise 1.06 — but write it here; exercises never
//          include each other's files.
//
// Check:   build/exercises/mml-check 1.07
#include "unit1.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace mml::exercises {

std::size_t my_rank(const Matrix& A) {
    const std::size_t m = A.rows(), n = A.cols();
    double norm_inf = 0.0;  // ‖A‖∞, the largest absolute row sum
    for (std::size_t i = 0; i < m; ++i) {
        double row_sum = 0.0;
        for (std::size_t j = 0; j < n; ++j) row_sum += std::abs(A(i, j));
        norm_inf = std::max(norm_inf, row_sum);
    }
    const double tol = static_cast<double>(std::max(m, n)) * std::numeric_limits<double>::epsilon() * norm_inf;
    Matrix R = A;
    std::size_t r = 0;  // pivots found so far = the row the next pivot goes to
    for (std::size_t c = 0; c < n && r < m; ++c) {
        std::size_t p = r;
        for (std::size_t i = r + 1; i < m; ++i)
            if (std::abs(R(i, c)) > std::abs(R(p, c))) p = i;
        if (std::abs(R(p, c)) <= tol) continue;  // no pivot in this column
        for (std::size_t j = 0; j < n; ++j) std::swap(R(r, j), R(p, j));
        for (std::size_t i = r + 1; i < m; ++i) {  // eliminate below the pivot
            const double factor = R(i, c) / R(r, c);
            for (std::size_t j = c; j < n; ++j) R(i, j) -= factor * R(r, j);
        }
        ++r;
    }
    return r;
}

}  // namespace mml::exercises
