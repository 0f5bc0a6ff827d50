// Tests for unit 4, constrained optimisation beyond equalities: linear programmes (simplex and
// vertex enumeration), inequality QPs (active set, barrier, dual), KKT checks, several Lagrange
// multipliers, convex conjugates.
#include "testing.hpp"

#include "mml/linalg.hpp"
#include "mml/optim.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace mml;
using mml::testing::near;

namespace {
double dot_local(const Vector& u, const Vector& v) {
    double s = 0.0;
    for (std::size_t i = 0; i < u.size(); ++i) s += u[i] * v[i];
    return s;
}
}  // namespace

TEST_CASE("linprog: a textbook LP, infeasible and unbounded programmes, and a negative right-hand side") {
    // max 3x + 5y s.t. x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18, x, y ≥ 0  →  (2, 6), value 36.
    const Matrix A{{1, 0}, {0, 2}, {3, 2}};
    const Vector b{4, 12, 18};
    const LPResult r = linprog(Vector{-3, -5}, A, b);
    REQUIRE(r.status == LPStatus::optimal);
    CHECK(r.x == near(Vector{2, 6}, 1e-12));
    CHECK(r.value == near(-36.0, 1e-12));
    CHECK(vertex_enumeration(Vector{-3, -5}, A, b).x == near(Vector{2, 6}, 1e-12));
    // x + y ≤ 1 and −x − y ≤ −2 (x + y ≥ 2): no feasible point.
    CHECK(linprog(Vector{1, 1}, Matrix{{1, 1}, {-1, -1}}, Vector{1, -2}).status == LPStatus::infeasible);
    CHECK(vertex_enumeration(Vector{1, 1}, Matrix{{1, 1}, {-1, -1}}, Vector{1, -2}).status == LPStatus::infeasible);
    // min −x s.t. −x + y ≤ 1: x can grow for ever.
    CHECK(linprog(Vector{-1, 0}, Matrix{{-1, 1}}, Vector{1}).status == LPStatus::unbounded);
    // min x + y s.t. x + y ≥ 2 (written −x − y ≤ −2), x ≤ 3: phase 1 is needed; optimum value 2.
    const LPResult p1 = linprog(Vector{1, 1}, Matrix{{-1, -1}, {1, 0}}, Vector{-2, 3});
    REQUIRE(p1.status == LPStatus::optimal);
    CHECK(p1.value == near(2.0, 1e-12));
    CHECK_THROWS_AS(linprog(Vector{1}, A, b), DimensionError);
}

TEST_CASE("linprog agrees with vertex enumeration on seeded random LPs") {
    // Random bounded programmes: a ≥ 0 rows with b > 0 make {Ax ≤ b, x ≥ 0} a bounded polytope
    // when every variable appears in some row; the costs are random in sign.
    Rng rng(71);
    int optimal = 0;
    for (int trial = 0; trial < 200; ++trial) {
        const std::size_t n = 2 + rng.uniform_int(3), m = 2 + rng.uniform_int(4);
        Matrix A(m, n);
        Vector b(m), c(n);
        for (std::size_t i = 0; i < m; ++i) {
            for (std::size_t j = 0; j < n; ++j) A(i, j) = rng.uniform() < 0.8 ? rng.uniform() : -0.3 * rng.uniform();
            b[i] = 0.5 + rng.uniform();
        }
        for (std::size_t j = 0; j < n; ++j) {
            A(0, j) = 0.1 + rng.uniform();  // row 0 bounds every variable
            c[j] = 2.0 * rng.uniform() - 1.0;
        }
        const LPResult simplex = linprog(c, A, b), vertices = vertex_enumeration(c, A, b);
        REQUIRE(simplex.status == LPStatus::optimal);
        REQUIRE(vertices.status == LPStatus::optimal);
        // Both are exact vertex computations (a few pivots / one n×n solve): values agree to 1e-12.
        CHECK(simplex.value == near(vertices.value, 1e-12));
        for (std::size_t i = 0; i < m; ++i) CHECK(dot_local(A.row(i), simplex.x) <= b[i] + 1e-12);
        ++optimal;
    }
    CHECK(optimal == 200);
}


TEST_CASE("active-set QP: a worked example with its multipliers and the KKT report") {
    // min (x − 1)² + (y − 2.5)² s.t. the five constraints of Nocedal & Wright, Example 16.4:
    //   −x + 2y ≤ 2, x + 2y ≤ 6, x − 2y ≤ 2, −x ≤ 0, −y ≤ 0   →   x* = (1.4, 1.7), active: the first.
    const Matrix Q{{2, 0}, {0, 2}};
    const Vector c{-2, -5};
    const Matrix A{{-1, 2}, {1, 2}, {1, -2}, {-1, 0}, {0, -1}};
    const Vector b{2, 6, 2, 0, 0};
    const QPResult r = solve_inequality_qp(Q, c, A, b);
    CHECK(r.x == near(Vector{1.4, 1.7}, 1e-12));
    CHECK(r.active == std::vector<std::size_t>{0});
    // By hand: Qx* + c = (2.8 − 2, 3.4 − 5) = (0.8, −1.6) = −λ₀(−1, 2) ⇒ λ₀ = 0.8, the others 0.
    CHECK(r.lambda == near(Vector{0.8, 0, 0, 0, 0}, 1e-12));
    const KKTReport kkt = check_kkt_qp(Q, c, A, b, r.x, r.lambda);
    CHECK(kkt.satisfied(1e-12));
    // A wrong multiplier sign is caught by the report (dual infeasibility), a wrong x by stationarity.
    CHECK_FALSE(check_kkt_qp(Q, c, A, b, r.x, Vector{-0.8, 0, 0, 0, 0}).satisfied(1e-6));
    CHECK_FALSE(check_kkt_qp(Q, c, A, b, Vector{1, 1}, Vector(5)).satisfied(1e-6));
    // From the feasible start (2, 0), as in the book's example: the same answer.
    CHECK(solve_inequality_qp(Q, c, A, b, Matrix(), Vector(), Vector{2, 0}).x == near(Vector{1.4, 1.7}, 1e-12));
    // Infeasible constraints and an infeasible start are typed errors.
    CHECK_THROWS_AS(solve_inequality_qp(Q, c, Matrix{{1, 0}, {-1, 0}}, Vector{-1, -1}), DomainError);
    CHECK_THROWS_AS(solve_inequality_qp(Q, c, A, b, Matrix(), Vector(), Vector{5, 5}), DomainError);
}

TEST_CASE("active-set QP = log-barrier = dual ascent on seeded random QPs; weak and strong duality") {
    Rng rng(72);
    for (int trial = 0; trial < 40; ++trial) {
        const std::size_t n = 2 + rng.uniform_int(3), m = 1 + rng.uniform_int(5);
        const Matrix Q = mml::testing::random_spd(rng, n);
        const Vector c = 3.0 * mml::testing::random_vector(rng, n);
        const Matrix A = mml::testing::random_matrix(rng, m, n);
        Vector b(m);
        for (double& bi : b) bi = 0.1 + rng.uniform();  // x = 0 is strictly feasible
        const QPResult qp = solve_inequality_qp(Q, c, A, b);
        CHECK(check_kkt_qp(Q, c, A, b, qp.x, qp.lambda).satisfied(1e-10));
        // The barrier method from the strictly feasible x = 0, to a duality gap of 1e-9.
        auto f = [&](const auto& x) {
            auto v = 0.0 * x[0];
            for (std::size_t i = 0; i < n; ++i) {
                v = v + c[i] * x[i];
                for (std::size_t j = 0; j < n; ++j) v = v + 0.5 * Q(i, j) * x[i] * x[j];
            }
            return v;
        };
        auto g = [&](const auto& x) {
            using T = std::decay_t<decltype(x[0])>;
            std::vector<T> values;
            for (std::size_t i = 0; i < m; ++i) {
                T s = -b[i] + 0.0 * x[0];
                for (std::size_t j = 0; j < n; ++j) s = s + A(i, j) * x[j];
                values.push_back(s);
            }
            return values;
        };
        const BarrierResult bar = barrier_method(f, g, Vector(n), 1e-9);
        // f(x_barrier) − f* ≤ m/t ≤ 1e-9; the minimiser itself is then within ~√(gap/λ_min(Q)) ≈ 3e-5.
        CHECK(bar.value - qp.value <= 1e-9 + 1e-12);
        CHECK(bar.value - qp.value >= -1e-12);
        CHECK(bar.x == near(qp.x, 1e-4));
        CHECK(bar.lambda == near(qp.lambda, 1e-3));  // λᵢ = −1/(t gᵢ) → λ*
        // Dual: max over λ ≥ 0 of D(λ) equals the primal optimum (strong duality) …
        const QPDual dual = solve_qp_dual(Q, c, A, b, 1e-13);
        CHECK(dual.value == near(qp.value, 1e-8 * (1.0 + std::abs(qp.value))));
        CHECK(qp_dual_minimiser(Q, c, A, dual.lambda) == near(qp.x, 1e-5));
        // … and any λ ≥ 0 gives a lower bound (weak duality).
        for (int k = 0; k < 10; ++k) {
            Vector lambda(m);
            for (double& l : lambda) l = 3.0 * rng.uniform();
            CHECK(qp_dual_function(Q, c, A, b, lambda) <= qp.value + 1e-12);
        }
    }
}

TEST_CASE("equality and inequality constraints together; several Lagrange multipliers by Newton") {
    // min ½‖x‖² s.t. x₀ + x₁ + x₂ = 1 (equality) and x₀ ≤ 0.1: the symmetric answer (⅓, ⅓, ⅓) is
    // cut off, so x₀ = 0.1 and the rest share 0.9.
    const Matrix Q = Matrix::identity(3);
    const QPResult r = solve_inequality_qp(Q, Vector(3), Matrix{{1, 0, 0}}, Vector{0.1}, Matrix{{1, 1, 1}}, Vector{1});
    CHECK(r.x == near(Vector{0.1, 0.45, 0.45}, 1e-12));
    CHECK(r.mu[0] == near(-0.45, 1e-12));     // stationarity in x₁: x₁ + μ = 0
    CHECK(r.lambda[0] == near(0.35, 1e-12));  // in x₀: 0.1 + λ + μ = 0
    // Two equality constraints with Newton on the Lagrangian: min x² + y² + z² s.t. x + y + z = 1
    // and x − y = 0.5 — a KKT system solved by hand gives (0.5833…, 0.0833…, 1/3).
    auto f = [](const auto& x) { return x[0] * x[0] + x[1] * x[1] + x[2] * x[2]; };
    auto g = [](const auto& x) {
        using T = std::decay_t<decltype(x[0])>;
        return std::vector<T>{x[0] + x[1] + x[2] - 1.0, x[0] - x[1] - 0.5};
    };
    const LagrangeResultMany lm = lagrange_solve_many(f, g, Vector{0, 0, 0});
    CHECK(lm.x == near(Vector{7.0 / 12.0, 1.0 / 12.0, 1.0 / 3.0}, 1e-12));
    // ∇f + λ₁∇g₁ + λ₂∇g₂ = 0: 2z + λ₁ = 0 ⇒ λ₁ = −2/3; 2x + λ₁ + λ₂ = 0 ⇒ λ₂ = −1/2.
    CHECK(lm.lambda == near(Vector{-2.0 / 3.0, -0.5}, 1e-12));
    // The same answer from the QP solver with the constraints as equalities.
    const KKTSolution eq = solve_equality_qp(2.0 * Matrix::identity(3), Vector(3), Matrix{{1, 1, 1}, {1, -1, 0}}, Vector{1, 0.5});
    CHECK(eq.x == near(lm.x, 1e-12));
    CHECK(eq.lambda == near(lm.lambda, 1e-12));
}

TEST_CASE("barrier method: a 1-D problem by hand, and a non-strictly-feasible start is refused") {
    // min x s.t. 1 − x ≤ 0: x* = 1, and the central path is x*(t) = 1 + 1/t exactly.
    auto f = [](const auto& x) { return x[0]; };
    auto g = [](const auto& x) {
        using T = std::decay_t<decltype(x[0])>;
        return std::vector<T>{1.0 - x[0]};
    };
    const BarrierResult r = barrier_method(f, g, Vector{3.0}, 1e-10);
    CHECK(r.x[0] == near(1.0, 1e-9));
    CHECK(r.value - 1.0 <= r.duality_gap * (1.0 + 1e-6));
    // f′ = 1 = λ·1; λ = −1/(t g) with g = 1 − x ≈ −1e-10 computed by cancellation: ~1e-6 relative.
    CHECK(r.lambda[0] == near(1.0, 1e-5));
    CHECK_THROWS_AS(barrier_method(f, g, Vector{1.0}, 1e-8), DomainError);  // on the boundary
}

TEST_CASE("convex conjugates: numeric against closed forms, Fenchel-Young, and f** = f") {
    const double inf = std::numeric_limits<double>::infinity();
    for (double s : {-2.0, -0.5, 0.0, 0.7, 3.0}) {
        // Golden section to 1e-10 of a width-40 interval: x to 4e-9, the value to ~1e-16 (flat top).
        CHECK(convex_conjugate([](double x) { return 0.5 * x * x; }, s, -20, 20) == near(conjugate_half_square(s), 1e-12));
        if (s > 0.0) CHECK(convex_conjugate([](double x) { return std::exp(x); }, s, -30, 10) == near(conjugate_exp(s), 1e-12));
    }
    CHECK(convex_conjugate([](double x) { return std::abs(x); }, 0.5, -10, 10) == near(0.0, 1e-12));
    CHECK(convex_conjugate([](double x) { return std::abs(x); }, 1.5, -10, 10) == near(5.0, 1e-9));  // grows with the interval: +∞
    CHECK(conjugate_abs(1.5) == inf);
    CHECK(conjugate_exp(-1.0) == inf);
    CHECK(conjugate_exp(0.0) == 0.0);
    // Fenchel–Young f(x) + f*(s) ≥ sx, with equality at s = f′(x); and f** = f for f = eˣ.
    Rng rng(73);
    for (int k = 0; k < 50; ++k) {
        const double x = 4.0 * rng.uniform() - 2.0, s = 3.0 * rng.uniform() + 0.01;
        CHECK(std::exp(x) + conjugate_exp(s) >= s * x - 1e-12);
        CHECK(std::exp(x) + conjugate_exp(std::exp(x)) == near(std::exp(x) * x, 1e-12));
        CHECK(convex_conjugate([](double t) { return conjugate_exp(t); }, x, 1e-12, 50) == near(std::exp(x), 1e-8));
    }
    const Matrix Q{{2, 1}, {1, 3}};
    const Vector s{1, -1};
    CHECK(conjugate_quadratic(Q, s) == near(0.5 * dot_local(s, solve(Q, s)), 1e-14));
}
