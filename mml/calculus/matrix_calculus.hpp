// mml/calculus/matrix_calculus.hpp — gradients with respect to vectors and matrices.      (MML §5.5)
//
// The identities of MML §5.5, each as a function returning the gradient in the *same shape as
// the variable* (the convention of the course for scalar functions of a matrix: (∂f/∂X)ᵢⱼ = ∂f/∂Xᵢⱼ).
// tests/mml/calculus/test_matrix_calculus.cpp checks every one against automatic differentiation
// of the scalar function written out entry by entry.
//
//   ∂(xᵀa)/∂x        = a                       gradient_linear
//   ∂(xᵀBx)/∂x       = (B + Bᵀ) x              gradient_quadratic_form
//   ∂ tr(AXB)/∂X     = Aᵀ Bᵀ                   gradient_trace_AXB
//   ∂ det(X)/∂X      = det(X) · X⁻ᵀ            gradient_det
//   ∂ log det(X)/∂X  = X⁻ᵀ                     gradient_log_det
//   d(X⁻¹)           = −X⁻¹ (dX) X⁻¹           differential_inverse (the directional derivative along V)
//
// The last three need X⁻¹, which unit 1 computes (mml::inverse); they take it as an argument so
// that this unit does not depend on unit 1.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

namespace mml {

Vector gradient_linear(const Vector& a);
Vector gradient_quadratic_form(const Matrix& B, const Vector& x);
Matrix gradient_trace_AXB(const Matrix& A, const Matrix& B);
Matrix gradient_det(double det_X, const Matrix& X_inverse);
Matrix gradient_log_det(const Matrix& X_inverse);
Matrix differential_inverse(const Matrix& X_inverse, const Matrix& V);

}  // namespace mml
