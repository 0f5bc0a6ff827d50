// Exercise 2.03 — an inner product and its Gram matrix                         (MML §3.2.3)
//
// Task:    for the inner product ⟨x, y⟩ = xᵀAy (A symmetric positive definite) and a basis
//          b₀, …, bₖ₋₁ (the columns of B), return the Gram matrix
//              Gᵢⱼ = ⟨bᵢ, bⱼ⟩ = bᵢᵀ A bⱼ.
//          With it, inner products of vectors given by their coordinates λ in the basis are
//          ⟨Bλ, Bμ⟩ = λᵀ G μ — the matrix of the inner product in that basis (MML Theorem 3.5).
// Input:   A (n×n SPD), B (n×k).
// Output:  G (k×k), symmetric positive definite if the columns of B are independent.
// Errors:  A not square or B with the wrong number of rows → mml::DimensionError.
// Example: A = diag(2, 1), B = [[1, 0], [1, 1]] (columns [1, 1] and [0, 1]): G = [[3, 1], [1, 1]].
// Hint:    BᵀAB computes all of G at once; a loop over i, j is just as good.
//
// Check:   build/exercises/mml-check 2.03
#include "unit2.hpp"

namespace mml::exercises {

Matrix gram_matrix_of(const Matrix& A, const Matrix& B) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
