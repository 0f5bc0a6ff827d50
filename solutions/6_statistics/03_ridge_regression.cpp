// Exercise 6.03 — Ridge regression in closed form                                      (MML §9.2.3)
//
// Task:    the ridge (regularised least-squares) estimate minimising J(θ) = ½‖y − Xθ‖² + ½λ‖θ‖²:
//              θ̂ = (XᵀX + λI)⁻¹ Xᵀy                                                (MML (9.33))
//          Setting the gradient ∇J = −Xᵀ(y − Xθ) + λθ to zero gives (XᵀX + λI)θ = Xᵀy. For λ > 0
//          the matrix is positive definite, so a solution exists even when N < D.
//          It is also the MAP estimate under the prior θ ~ N(0, (σ²/λ) I).
// Input:   X (N × D), y (N entries), λ ≥ 0.
// Output:  θ̂ (D entries).
// Errors:  λ < 0 → mml::DomainError; X.rows() ≠ y.size() → mml::DimensionError.
// Example: X = [[1, 1]], y = [2], λ = 1: (XᵀX + I) = [[2, 1], [1, 2]], Xᵀy = [2, 2] → θ̂ = [2/3, 2/3].
//
// Check:   build/exercises/mml-check 6.03
#include "unit6.hpp"

namespace mml::exercises {

Vector ridge_fit(const Matrix& X, const Vector& y, double lambda) {
    if (lambda < 0.0) throw DomainError("ridge_fit: λ must be ≥ 0");
    if (X.rows() != y.size()) throw DimensionError("ridge_fit: X and y need the same number of rows");
    const Matrix Xt = transpose(X);
    return solve(Xt * X + lambda * Matrix::identity(X.cols()), Xt * y);
}

}  // namespace mml::exercises
