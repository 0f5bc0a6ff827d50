// Exercise 3.10 — gradients with respect to vectors and matrices               (MML §5.5)
//
// Task:    implement two identities of MML §5.5:
//              ∂(xᵀBx)/∂x = (B + Bᵀ) x          (= 2Bx when B is symmetric)
//              ∂ tr(AXB)/∂X = AᵀBᵀ               (the gradient has the shape of X)
//          The tests check them numerically against automatic differentiation of the scalar
//          function written entry by entry — the way to convince yourself of any such identity.
// Input:   B n×n and x (n); A (k×m) and B (n×k) for X m×n.
// Output:  the gradients.
// Errors:  B not square or x the wrong size → mml::DimensionError.
// Example: B = [[1, 2], [0, 1]], x = [1, 1]: (B + Bᵀ)x = [[2, 2], [2, 2]]·[1, 1] = [4, 4].
// Hint:    mml::transpose and the Matrix operators.
//
// Check:   build/exercises/mml-check 3.10
#include "unit3.hpp"

namespace mml::exercises {

Vector quadratic_form_gradient(const Matrix& B, const Vector& x) {
    MML_TODO();  // replace this line with your answer
}

Matrix trace_AXB_gradient(const Matrix& A, const Matrix& B) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
