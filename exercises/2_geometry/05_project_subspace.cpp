// Exercise 2.05 — projection onto a subspace via the normal equations       (MML §3.8.2, Example 3.11)
//
// Task:    project x onto U = span of the columns of B (a basis). The residual x − Bλ must be
//          orthogonal to every column: Bᵀ(x − Bλ) = 0, i.e. the normal equations
//              BᵀB λ = Bᵀx,      π(x) = B λ.
//          (mml::project_onto_subspace uses QR instead: forming BᵀB squares the condition number,
//          which matters when the basis is nearly dependent. For a decent basis both agree.)
// Input:   x ∈ ℝⁿ, B (n×k) with independent columns.
// Output:  π(x) ∈ ℝⁿ.
// Errors:  dependent columns → mml::SingularMatrixError (from solving BᵀB λ = Bᵀx);
//          wrong sizes → mml::DimensionError.
// Example: MML Example 3.11: B = [[1, 0], [1, 1], [1, 2]], x = [6, 0, 0]: λ = [5, −3], π(x) = [5, 2, −1].
// Hint:    mml::transpose, mml::solve.
//
// Check:   build/exercises/mml-check 2.05
#include "unit2.hpp"

namespace mml::exercises {

Vector project_normal_equations(const Vector& x, const Matrix& B) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
