// Exercise 1.16 — the Jacobi eigenvalue method                              (MML §4.2, §4.4)
//
// Task:    find the eigenvalues of a symmetric A by making it diagonal with plane rotations.
//          For an off-diagonal pair (p, q) with a_pq ≠ 0 choose the rotation J (identity except
//          J_pp = J_qq = c, J_pq = s, J_qp = −s) with
//              τ = (a_qq − a_pp) / (2 a_pq),   t = sign(τ) / (|τ| + √(1 + τ²)),
//              c = 1/√(1 + t²),   s = t·c,
//          and replace A by Jᵀ A J: then (JᵀAJ)_pq = 0. Rotations keep the eigenvalues, and each
//          one removes 2a_pq² from the off-diagonal sum of squares, so sweeping over all pairs
//          again and again drives A to a diagonal matrix of eigenvalues.
// Input:   A, n×n symmetric; tol > 0: stop when √(Σ_{i≠j} aᵢⱼ²) ≤ tol.
// Output:  the eigenvalues, sorted in descending order.
// Errors:  A not square → mml::DimensionError; not symmetric (|aᵢⱼ − aⱼᵢ| > 1e-12) →
//          mml::DomainError; more than 100 sweeps → mml::NotConvergedError.
// Example: [[2, 1], [1, 2]] has eigenvalues 3 and 1 (one rotation by 45° diagonalises it).
// Hint:    update with two loops over k: columns p and q of A (a_kp, a_kq), then rows p and q.
//          Sort with std::sort(values.begin(), values.end(), std::greater<>()).
//
// Check:   build/exercises/mml-check 1.16
#include "unit1.hpp"

namespace mml::exercises {

Vector jacobi_eigenvalues(const Matrix& A, double tol) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
