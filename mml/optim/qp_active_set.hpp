// mml/optim/qp_active_set.hpp — inequality-constrained quadratic programmes: the active-set
// method, the KKT conditions and Lagrangian duality.                       (MML §7.2, §7.3.2)
//
// The quadratic programme (MML (7.45)), Q symmetric positive definite:
//     minimise ½xᵀQx + cᵀx   subject to   Ax ≤ b   (and optionally Ex = d).
// Its Lagrangian is L(x, λ, μ) = ½xᵀQx + cᵀx + λᵀ(Ax − b) + μᵀ(Ex − d), and x is optimal exactly
// when the KKT conditions hold:
//     stationarity             Qx + c + Aᵀλ + Eᵀμ = 0
//     primal feasibility       Ax ≤ b, Ex = d
//     dual feasibility         λ ≥ 0
//     complementary slackness  λᵢ(aᵢᵀx − bᵢ) = 0 for every i (an inactive constraint has λᵢ = 0).
//
// The primal active-set method guesses which inequalities hold with equality (the working set W)
// and repeats, from a feasible x:
//   1. solve the equality-constrained QP for a step p with the constraints in W kept active
//      (solve_equality_qp: one KKT linear system);
//   2. if p ≠ 0, move x ← x + αp with the largest α ≤ 1 that stays feasible; a constraint that
//      blocks the step joins W;
//   3. if p = 0, x is optimal on W: if every multiplier λᵢ (i ∈ W) is ≥ 0 the KKT conditions hold
//      and x is the answer; otherwise drop the constraint with the most negative λᵢ (releasing it
//      lowers the objective) and continue.
// The objective decreases at every step that moves, so no working set repeats (for Q ≻ 0): the
// method ends after finitely many steps. A feasible start comes from phase 1 of the simplex
// method (lp_simplex.hpp) on the constraints alone.
//
// Duality (MML §7.2): the dual function D(λ) = min_x L(x, λ) is, for the QP, in closed form
//     x(λ) = −Q⁻¹(c + Aᵀλ),   D(λ) = −½(c + Aᵀλ)ᵀQ⁻¹(c + Aᵀλ) − bᵀλ.
// Weak duality: D(λ) ≤ f(x) for every λ ≥ 0 and feasible x. Strong duality (convex QP with a
// feasible point): max_{λ≥0} D(λ) = min f — the tests show both.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <cstddef>
#include <ostream>
#include <vector>

namespace mml {

struct QPResult {
    Vector x;
    Vector lambda;                    // one multiplier per inequality (0 when inactive)
    Vector mu;                        // one per equality
    double value = 0.0;               // ½xᵀQx + cᵀx
    std::size_t iterations = 0;
    std::vector<std::size_t> active;  // the inequalities active at x (the final working set)
};

// minimise ½xᵀQx + cᵀx s.t. Ax ≤ b (and Ex = d when E has rows), Q symmetric positive definite.
// DomainError when the constraints have no common point. x0, if given, must be feasible.
QPResult solve_inequality_qp(const Matrix& Q, const Vector& c, const Matrix& A, const Vector& b,
                             const Matrix& E = Matrix(), const Vector& d = Vector(), const Vector& x0 = Vector());

// ---- the KKT conditions, checked numerically ----
struct KKTReport {
    double stationarity = 0.0;             // ‖∇f + Σλᵢ∇gᵢ + Σμⱼ∇hⱼ‖
    double primal_infeasibility = 0.0;     // max(0, maxᵢ gᵢ(x), maxⱼ |hⱼ(x)|)
    double dual_infeasibility = 0.0;       // max(0, −minᵢ λᵢ)
    double complementary_slackness = 0.0;  // maxᵢ |λᵢ gᵢ(x)|
    bool satisfied(double tol) const;
};
std::ostream& operator<<(std::ostream& out, const KKTReport& report);

// For min f s.t. g(x) ≤ 0, h(x) = 0, given at x: ∇f, the constraint values g and h, their
// gradients as the rows of Jg and Jh, and the multipliers λ (for g) and μ (for h).
KKTReport check_kkt(const Vector& grad_f, const Vector& g, const Matrix& Jg, const Vector& lambda, const Vector& h,
                    const Matrix& Jh, const Vector& mu);
// The same for the QP above (g = Ax − b, Jg = A).
KKTReport check_kkt_qp(const Matrix& Q, const Vector& c, const Matrix& A, const Vector& b, const Vector& x,
                       const Vector& lambda);

// ---- Lagrangian duality for the inequality QP ----
double qp_dual_function(const Matrix& Q, const Vector& c, const Matrix& A, const Vector& b, const Vector& lambda);
Vector qp_dual_minimiser(const Matrix& Q, const Vector& c, const Matrix& A, const Vector& lambda);  // x(λ)
struct QPDual {
    Vector lambda;  // the maximiser λ* ≥ 0 of D
    double value;   // D(λ*)
    std::size_t iterations;
};
// max D(λ) over λ ≥ 0 by projected gradient ascent, ∇D(λ) = A x(λ) − b, with the step 1/L,
// L = λ_max(AQ⁻¹Aᵀ) — an independent route to the QP's optimum.
QPDual solve_qp_dual(const Matrix& Q, const Vector& c, const Matrix& A, const Vector& b, double tolerance = 1e-12,
                     std::size_t max_iterations = 200000);

}  // namespace mml
