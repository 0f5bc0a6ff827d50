// mml/optim/lp_simplex.hpp — linear programming: the simplex method and vertex enumeration. (MML §7.3.1)
//
// A linear programme in the inequality form of MML (7.39) with non-negative variables:
//     minimise cᵀx   subject to   Ax ≤ b,  x ≥ 0            (A is m × n).
// The feasible set is a convex polyhedron and a linear objective attains its minimum (if it has
// one) at a vertex — a point where n of the m + n constraints hold with equality. Two ways to find it:
//
// Vertex enumeration (for small problems, and as a check): try every choice of n constraints,
// solve the n×n system that makes them equalities, keep the feasible solutions, take the best.
// C(m + n, n) systems: fine for n, m ≲ 10, hopeless beyond.
//
// The simplex method walks from vertex to adjacent vertex, never increasing cᵀx. With a slack
// sᵢ ≥ 0 per constraint, Ax + s = b, and the slacks as the first basis (the vertex x = 0, feasible
// when b ≥ 0) it repeats:
//   1. reduced costs c̄ⱼ = cⱼ − c_Bᵀ(column j of the tableau); if every c̄ⱼ ≥ 0, the vertex is optimal;
//   2. entering variable: a column with c̄ⱼ < 0 (Bland's rule: the lowest index, which rules out
//      cycling on degenerate vertices);
//   3. leaving variable: the ratio test min bᵢ/aᵢⱼ over rows with aᵢⱼ > 0 (ties: lowest basis
//      index) — how far we can move before a basic variable hits 0; no such row ⇒ unbounded;
//   4. pivot: Gauss–Jordan on that entry (unit 1).
// If some bᵢ < 0, x = 0 is infeasible, and phase 1 first solves the auxiliary programme
// "minimise x₀ subject to Ax − x₀·1 ≤ b, x, x₀ ≥ 0": its optimum is 0 exactly when the original
// programme is feasible, and its final basis is a feasible start for phase 2.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <cstddef>
#include <ostream>
#include <string>

namespace mml {

enum class LPStatus { optimal, infeasible, unbounded };
std::ostream& operator<<(std::ostream& out, LPStatus status);

struct LPResult {
    LPStatus status = LPStatus::infeasible;
    Vector x;                 // the optimal vertex (status optimal)
    double value = 0.0;       // cᵀx
    std::size_t pivots = 0;   // simplex pivots, both phases
};

// minimise cᵀx s.t. Ax ≤ b, x ≥ 0, by the two-phase simplex method with Bland's rule.
LPResult linprog(const Vector& c, const Matrix& A, const Vector& b);
// The same programme by trying every vertex (small problems; cannot detect unboundedness: it
// returns the best vertex, or status infeasible when there is none).
LPResult vertex_enumeration(const Vector& c, const Matrix& A, const Vector& b);

}  // namespace mml
