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

namespace mml::exercises {

std::size_t my_rank(const Matrix& A) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
