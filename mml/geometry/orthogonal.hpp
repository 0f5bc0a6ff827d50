// mml/geometry/orthogonal.hpp — Gram–Schmidt, orthogonal complements, basis completion.   (MML §3.6, §3.8.3)
//
// Gram–Schmidt turns a basis b₀, …, bₖ₋₁ into an orthonormal basis of the same space:
//     uⱼ = bⱼ − Σ_{i<j} ⟨bⱼ, qᵢ⟩ qᵢ,    qⱼ = uⱼ / ‖uⱼ‖.
// Classical Gram–Schmidt computes every coefficient ⟨bⱼ, qᵢ⟩ from the *original* bⱼ. Modified
// Gram–Schmidt subtracts the projections one at a time and takes each coefficient from the
// *current, already reduced* vector: ⟨uⱼ, qᵢ⟩. In exact arithmetic they agree. In floating
// point, when the vectors are nearly dependent, the classical version's rounding errors in the
// coefficients are not removed again, and the computed q's drift away from orthogonality
// (‖QᵀQ − I‖ grows like ε·κ(B)²); the modified version removes the error introduced by each
// step in the following steps (‖QᵀQ − I‖ ~ ε·κ(B)). The tests show the difference on a
// nearly dependent set; Householder QR (unit 1) is better still (~ε always).
#pragma once

#include "mml/core/matrix.hpp"

namespace mml {

// Orthonormal columns spanning the same space as the columns of B, by modified Gram–Schmidt.
// Throws DomainError naming the column that depends on the ones before it (‖uⱼ‖ ≤ 1e-12·‖bⱼ‖).
Matrix gram_schmidt(const Matrix& B);
// The same by classical Gram–Schmidt (for comparison; prefer gram_schmidt).
Matrix gram_schmidt_classical(const Matrix& B);

// An orthonormal basis (columns) of the orthogonal complement U^⊥ = {x : Bᵀx = 0} of the column
// space U of B in ℝⁿ (MML §3.6): dimension n − rank(B). Uses unit 1's SVD.
Matrix orthogonal_complement(const Matrix& B);

// Extends orthonormal columns Q (n×k) to an orthonormal basis of ℝⁿ (n×n, the first k columns Q).
Matrix complete_orthonormal_basis(const Matrix& Q);

}  // namespace mml
