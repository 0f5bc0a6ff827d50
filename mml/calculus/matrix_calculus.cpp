#include "mml/calculus/matrix_calculus.hpp"

#include "mml/core/checks.hpp"

namespace mml {

Vector gradient_linear(const Vector& a) { return a; }

Vector gradient_quadratic_form(const Matrix& B, const Vector& x) {
    require_square("gradient_quadratic_form", B);
    return (B + transpose(B)) * x;
}

Matrix gradient_trace_AXB(const Matrix& A, const Matrix& B) { return transpose(A) * transpose(B); }

Matrix gradient_det(double det_X, const Matrix& X_inverse) { return det_X * transpose(X_inverse); }

Matrix gradient_log_det(const Matrix& X_inverse) { return transpose(X_inverse); }

Matrix differential_inverse(const Matrix& X_inverse, const Matrix& V) { return -1.0 * (X_inverse * V * X_inverse); }

}  // namespace mml
