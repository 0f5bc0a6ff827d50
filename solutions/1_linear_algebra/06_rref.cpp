// Exercise 1.06 — Gauss–Jordan elimination to reduced row-echelon form        (MML §2.3.2)
//
// Task:    bring A to reduced row-echelon form (RREF) with elementary row operations and
//          report the pivot columns. In RREF every non-zero row starts with a pivot 1, each
//          pivot is to the right of the one above, and a pivot is the only non-zero entry of
//          its column. The pivot columns are the basic variables of Ax = b; the others are free.
// Input:   A, an m×n matrix; tol ≥ 0: a pivot candidate with |value| ≤ tol counts as zero
//          (in floating point an entry that "should" be 0 after elimination is often 1e-16).
// Output:  RowEchelon{R, pivots} (mml/linalg/rref.hpp): R the RREF, pivots the pivot columns.
// Example: [[1, 2, 1], [−2, −3, 1], [3, 5, 0]] → R = [[1, 0, −5], [0, 1, 3], [0, 0, 0]], pivots {0, 1}.
// Hint:    partial pivoting (swap up the largest |entry|) keeps the arithmetic stable; set the
//          entries you eliminate to exactly 0 and the pivot to exactly 1.
//
// Check:   build/exercises/mml-check 1.06
#include "unit1.hpp"

#include <cmath>
#include <utility>

namespace mml::exercises {

RowEchelon my_rref(const Matrix& A, double tol) {
    Matrix R = A;
    std::vector<std::size_t> pivots;
    const std::size_t m = R.rows(), n = R.cols();
    std::size_t r = 0;  // the row the next pivot goes to
    for (std::size_t c = 0; c < n && r < m; ++c) {
        std::size_t p = r;  // partial pivoting: the largest |R(i, c)| for i ≥ r
        for (std::size_t i = r + 1; i < m; ++i)
            if (std::abs(R(i, c)) > std::abs(R(p, c))) p = i;
        if (std::abs(R(p, c)) <= tol) {  // no pivot: c is a free column
            for (std::size_t i = r; i < m; ++i) R(i, c) = 0.0;
            continue;
        }
        for (std::size_t j = 0; j < n; ++j) std::swap(R(r, j), R(p, j));
        const double pivot = R(r, c);
        for (std::size_t j = 0; j < n; ++j) R(r, j) /= pivot;  // the pivot becomes 1
        R(r, c) = 1.0;
        for (std::size_t i = 0; i < m; ++i) {  // clear column c above and below the pivot
            if (i == r) continue;
            const double factor = R(i, c);
            for (std::size_t j = 0; j < n; ++j) R(i, j) -= factor * R(r, j);
            R(i, c) = 0.0;
        }
        pivots.push_back(c);
        ++r;
    }
    return {R, pivots};
}

}  // namespace mml::exercises
