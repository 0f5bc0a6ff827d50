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

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

namespace mml::exercises {

Vector jacobi_eigenvalues(const Matrix& A_in, double tol) {
    if (!A_in.is_square() || A_in.empty()) throw DimensionError("jacobi_eigenvalues: A must be a non-empty square matrix");
    const std::size_t n = A_in.rows();
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (std::abs(A_in(i, j) - A_in(j, i)) > 1e-12) throw DomainError("jacobi_eigenvalues: A is not symmetric");
    Matrix A = A_in;
    for (int sweep = 0;; ++sweep) {
        double off = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                if (i != j) off += A(i, j) * A(i, j);
        if (std::sqrt(off) <= tol) break;
        if (sweep == 100) throw NotConvergedError("jacobi_eigenvalues: no convergence in 100 sweeps");
        for (std::size_t p = 0; p + 1 < n; ++p)
            for (std::size_t q = p + 1; q < n; ++q) {
                if (A(p, q) == 0.0) continue;
                const double tau = (A(q, q) - A(p, p)) / (2.0 * A(p, q));
                const double t = (tau >= 0 ? 1.0 : -1.0) / (std::abs(tau) + std::sqrt(1.0 + tau * tau));
                const double c = 1.0 / std::sqrt(1.0 + t * t), s = t * c;
                for (std::size_t k = 0; k < n; ++k) {  // A ← A J (columns p, q)
                    const double akp = A(k, p), akq = A(k, q);
                    A(k, p) = c * akp - s * akq;
                    A(k, q) = s * akp + c * akq;
                }
                for (std::size_t k = 0; k < n; ++k) {  // A ← Jᵀ A (rows p, q)
                    const double apk = A(p, k), aqk = A(q, k);
                    A(p, k) = c * apk - s * aqk;
                    A(q, k) = s * apk + c * aqk;
                }
            }
    }
    std::vector<double> values(n);
    for (std::size_t i = 0; i < n; ++i) values[i] = A(i, i);
    std::sort(values.begin(), values.end(), std::greater<>());
    return Vector(values);
}

}  // namespace mml::exercises
