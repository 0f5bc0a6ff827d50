// mml/geometry/projection.hpp — orthogonal projections.                            (MML §3.8)
//
// The orthogonal projection of x onto a subspace U is the closest point of U to x, and the
// residual x − π(x) is orthogonal to U. For a line through the origin with direction b:
//     π(x) = (bᵀx / bᵀb) b,     P = b bᵀ / (bᵀb)                      (MML §3.8.1)
// For U spanned by the columns of B (MML §3.8.2) the textbook formulas are
//     λ = (BᵀB)⁻¹ Bᵀ x,   π(x) = B λ,   P = B (BᵀB)⁻¹ Bᵀ.
// We compute them with the QR decomposition B = QR instead: π(x) = Q Qᵀ x, λ = R⁻¹ Qᵀ x, P = Q Qᵀ.
// Forming BᵀB squares the condition number of B, so for nearly dependent columns the normal
// equations lose twice as many digits; QR never forms it.
// A projection matrix is idempotent (P² = P) and, for an orthogonal projection, symmetric.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

namespace mml {

// π(x) onto the line spanned by b ≠ 0 (DomainError for b = 0).
Vector project_onto_line(const Vector& x, const Vector& b);
// P = b bᵀ / (bᵀ b), the projection matrix onto that line.
Matrix projection_matrix_line(const Vector& b);

// π(x) onto the column space of B (columns linearly independent, else DomainError).
Vector project_onto_subspace(const Vector& x, const Matrix& B);
// The coordinates λ of π(x) in the basis B: π(x) = B λ.
Vector projection_coordinates(const Vector& x, const Matrix& B);
// P = B (BᵀB)⁻¹ Bᵀ, computed as Q Qᵀ.
Matrix projection_matrix(const Matrix& B);
// The projection error ‖x − π(x)‖.
double projection_error(const Vector& x, const Matrix& B);

// π onto the affine subspace L = x₀ + span(B) (MML §3.8.3): π_L(x) = x₀ + π_U(x − x₀).
Vector project_onto_affine(const Vector& x, const Vector& x0, const Matrix& B);

}  // namespace mml
