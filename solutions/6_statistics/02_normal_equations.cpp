// Exercise 6.02 — The least-squares normal equations                                   (MML §9.2.1)
//
// Task:    the least-squares parameters θ̂ = argmin ‖y − Xθ‖² from the normal equations
//              XᵀX θ = Xᵀy                                                       (MML (9.12))
//          Form the D×D matrix XᵀX and the vector Xᵀy, then solve the system.
//          (The library's linear_regression uses QR instead: forming XᵀX squares the condition
//          number. For the well-conditioned problems here both give the same θ̂.)
// Input:   X (N × D, N ≥ D, independent columns), y (N entries).
// Output:  θ̂ (D entries).
// Errors:  X.rows() ≠ y.size() → mml::DimensionError.
// Example: X = [[1, 0], [1, 1], [1, 2]], y = [1, 3, 5] → θ̂ = [1, 2] (the line y = 1 + 2x).
//
// Check:   build/exercises/mml-check 6.02
#include "unit6.hpp"

namespace mml::exercises {

Vector normal_equations_fit(const Matrix& X, const Vector& y) {
    if (X.rows() != y.size()) throw DimensionError("normal_equations_fit: X and y need the same number of rows");
    const Matrix Xt = transpose(X);
    return solve(Xt * X, Xt * y);
}

}  // namespace mml::exercises
