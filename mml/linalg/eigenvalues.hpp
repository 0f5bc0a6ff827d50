// mml/linalg/eigenvalues.hpp — eigenvalues of a general square matrix, and power iteration.
//                                                                        (MML §4.2; Trefethen & Bau L25–29)
//
// A real non-symmetric matrix can have complex eigenvalues ([[0, −1], [1, 0]] rotates by 90°
// and has ±i), so the answer is a list of std::complex<double>. Computing them from the
// characteristic polynomial det(A − λI) is hopeless numerically (its roots are extremely
// sensitive to its coefficients). Instead, the QR algorithm:
//   1. reduce A to upper Hessenberg form H = QᵀAQ (zeros below the first subdiagonal) with
//      Householder reflections — same eigenvalues, and each QR step now costs O(n²);
//   2. iterate H − μI = QR, H ← RQ + μI. Each step is a similarity transform (RQ + μI =
//      Qᴴ H Q), and the subdiagonal entries shrink; with the Wilkinson shift μ (the eigenvalue
//      of the trailing 2×2 block closer to its last entry) the last one goes to zero
//      quadratically. When hₖ,ₖ₋₁ ≈ 0 the problem splits ("deflation") and hₖₖ is an eigenvalue.
// We work in complex arithmetic so that a complex shift can find complex pairs.
//
// Power iteration (MML §4.2, PageRank) finds only the dominant eigenpair but needs just
// matrix–vector products: x ← Ax/‖Ax‖ converges to the eigenvector of the largest |λ| at the
// rate |λ₂/λ₁| per step.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <complex>
#include <cstddef>
#include <vector>

namespace mml {

// All n eigenvalues of a square A, sorted by decreasing modulus (ties: by real part, then
// imaginary part). NotConvergedError if the QR iteration stalls (after 100·n steps).
std::vector<std::complex<double>> eigenvalues(const Matrix& A);

// The upper Hessenberg form H = Qᵀ A Q of a square A (hᵢⱼ = 0 for i > j + 1).
Matrix hessenberg(const Matrix& A);

struct PowerIteration {
    double value;       // the dominant eigenvalue λ₁ (Rayleigh quotient xᵀAx)
    Vector vector;      // its unit eigenvector x
    std::size_t iterations;
};

// Power iteration from x0 until ‖Ax − λx‖ ≤ tol·|λ|; NotConvergedError after max_iterations
// (for instance when the two largest |λ| are equal).
PowerIteration power_iteration(const Matrix& A, const Vector& x0, double tol = 1e-10,
                               std::size_t max_iterations = 10000);

}  // namespace mml
