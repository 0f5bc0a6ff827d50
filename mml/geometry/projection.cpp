// mml/geometry/projection.cpp — orthogonal projections onto lines, subspaces and affine spaces.
//                                                                              (MML §3.8)
// A line by π(x) = (bᵀx/bᵀb) b. A subspace span(B) through the thin QR factorisation B = QR
// (Householder, unit 1): π(x) = Q(Qᵀx), coordinates λ = R⁻¹Qᵀx by back substitution, P = QQᵀ —
// never (BᵀB)⁻¹, which squares the condition number.
#include "mml/geometry/projection.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"
#include "mml/core/triangular.hpp"
#include "mml/geometry/inner_product.hpp"
#include "mml/linalg/qr.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace mml {

Vector project_onto_line(const Vector& x, const Vector& b) {
    require_same_size("project_onto_line", x, b);
    const double bb = dot(b, b);
    if (bb == 0.0) throw DomainError("project_onto_line: the direction b is the zero vector — it spans no line");
    return (dot(b, x) / bb) * b;
}

Matrix projection_matrix_line(const Vector& b) {
    const double bb = dot(b, b);
    if (bb == 0.0) throw DomainError("projection_matrix_line: the direction b is the zero vector");
    return outer(b, b) / bb;
}

namespace {

// Thin QR of B with a check that the columns are independent (|rⱼⱼ| relative to the largest).
QR independent_qr(const std::string& operation, const Matrix& B) {
    require_nonempty(operation, B);
    if (B.cols() > B.rows())
        throw DomainError(operation + ": B has " + std::to_string(B.cols()) + " columns in R^" +
                          std::to_string(B.rows()) + ", so they cannot be linearly independent — use a basis");
    QR f = qr(B);
    double largest = 0.0;
    for (std::size_t j = 0; j < B.cols(); ++j) largest = std::max(largest, std::abs(f.R(j, j)));
    for (std::size_t j = 0; j < B.cols(); ++j)
        if (std::abs(f.R(j, j)) <= 1e-12 * largest || largest == 0.0)
            throw DomainError(operation + ": column " + std::to_string(j) +
                              " of B depends on the others, so the columns are not a basis of the subspace — remove it");
    return f;
}

}  // namespace

Vector project_onto_subspace(const Vector& x, const Matrix& B) {
    require_rows_match("project_onto_subspace", B, x);
    const auto [Q, R] = independent_qr("project_onto_subspace", B);
    return Q * (transpose(Q) * x);  // π(x) = Q Qᵀ x
}

Vector projection_coordinates(const Vector& x, const Matrix& B) {
    require_rows_match("projection_coordinates", B, x);
    const auto [Q, R] = independent_qr("projection_coordinates", B);
    return solve_upper_triangular(R, transpose(Q) * x);  // R λ = Qᵀ x, by back substitution
}

Matrix projection_matrix(const Matrix& B) {
    const auto [Q, R] = independent_qr("projection_matrix", B);
    return Q * transpose(Q);
}

double projection_error(const Vector& x, const Matrix& B) { return norm(x - project_onto_subspace(x, B)); }

Vector project_onto_affine(const Vector& x, const Vector& x0, const Matrix& B) {
    require_same_size("project_onto_affine", x, x0);
    return x0 + project_onto_subspace(x - x0, B);
}

}  // namespace mml
