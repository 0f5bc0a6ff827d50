// mml/linalg/inverse.hpp — the inverse A⁻¹ by Gauss–Jordan elimination.        (MML §2.2.2, §2.3.3)
//
// Row-reduce the augmented matrix [A | I]. The row operations that turn A into I are the
// product of elementary matrices E with E·A = I, i.e. E = A⁻¹, and applied to I they
// leave exactly E: [A | I] → [I | A⁻¹]. (Partial pivoting, as in lu.hpp, for stability.)
//
// In practice one rarely needs A⁻¹ itself: to solve Ax = b call solve(A, b), which is
// cheaper (one LU) and more accurate than forming A⁻¹ and multiplying.
#pragma once

#include "mml/core/matrix.hpp"

namespace mml {

// A⁻¹ with A·A⁻¹ = A⁻¹·A = I. Throws SingularMatrixError naming the column without a pivot.
Matrix inverse(const Matrix& A);

// tr(A) = Σᵢ aᵢᵢ, the sum of the diagonal (MML §4.1; equals the sum of the eigenvalues).
double trace(const Matrix& A);

}  // namespace mml
