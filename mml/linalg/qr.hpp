// mml/linalg/qr.hpp — the QR decomposition A = QR by Householder reflections, and least squares.
//                                                              (MML §3.8.3, §4.7; Trefethen & Bau L10)
//
// Every m×n matrix A with m ≥ n factors as A = Q R with Q's columns orthonormal (QᵀQ = I)
// and R upper triangular. Gram–Schmidt (unit 2) builds Q column by column, but in floating
// point the classical version loses orthogonality when the columns are nearly dependent:
// the computed ‖QᵀQ − I‖ grows like ε·κ(A)². Householder's method instead applies exact
// orthogonal reflections
//
//     H = I − 2 v vᵀ / (vᵀv),     H x = −sign(x₀)‖x‖ e₁,
//
// one per column, to zero everything below the diagonal: Hₙ₋₁ ⋯ H₁ H₀ A = R, so
// Q = H₀ H₁ ⋯ Hₙ₋₁. Products of reflections are orthogonal to working precision whatever A
// is, so ‖QᵀQ − I‖ ≈ ε. (The sign choice −sign(x₀) avoids cancellation in v = x + sign(x₀)‖x‖e₁.)
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

namespace mml {

struct QR {
    Matrix Q;  // m×k with orthonormal columns, k = min(m, n)
    Matrix R;  // k×n upper triangular (upper trapezoidal when n > m)
};

// The thin (reduced) QR decomposition A = Q·R, Q m×k with QᵀQ = I, R k×n, k = min(m, n).
QR qr(const Matrix& A);

// The full QR decomposition: Q m×m orthogonal, R m×n. The last m−k columns of Q are an
// orthonormal basis of the orthogonal complement of A's column space (when A has full rank).
QR qr_full(const Matrix& A);

// The least-squares solution x = argmin ‖Ax − b‖₂ (MML §9.2) for m ≥ n and rank(A) = n,
// via A = QR: R x = Qᵀ b. Never forms AᵀA, whose condition number is κ(A)², so it keeps
// twice as many correct digits as the normal equations AᵀA x = Aᵀb on ill-conditioned A.
// Throws SingularMatrixError for a rank-deficient A (use pinv(A) * b for the minimum-norm answer).
Vector least_squares(const Matrix& A, const Vector& b);

}  // namespace mml
