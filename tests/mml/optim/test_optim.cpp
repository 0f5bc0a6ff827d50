// Tests for unit 4: gradient methods, Newton, SGD, convexity checks, KKT and Lagrange, projections.
#include "testing.hpp"

#include "mml/linalg.hpp"
#include "mml/optim.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

namespace {
// f(x) = ½ xᵀAx − bᵀx with A = [[2, 1], [1, 20]], b = [5, 3] (MML Example 7.1).
auto example_7_1 = [](const auto& x) {
    return 0.5 * (2.0 * x[0] * x[0] + 2.0 * x[0] * x[1] + 20.0 * x[1] * x[1]) - 5.0 * x[0] - 3.0 * x[1];
};
// A diagonal quadratic ½ Σ λᵢ xᵢ² with condition number κ = λ_max/λ_min.
auto quadratic_with_condition = [](double kappa) {
    return [kappa](const auto& x) { return 0.5 * (x[0] * x[0] + kappa * x[1] * x[1]); };
};
auto rosenbrock = [](const auto& x) {
    auto a = 1.0 - x[0];
    auto b = x[1] - x[0] * x[0];
    return a * a + 100.0 * b * b;
};
}  // namespace

// MML Example 7.1: from x₀ = [−3, −1] with γ = 0.085, x₁ ≈ [−1.98, 1.21], x₂ ≈ [−1.32, −0.42], and the
// iterates converge to the minimiser A⁻¹b = [97/39, 1/39].
TEST_CASE("gradient descent: MML Example 7.1") {
    OptimOptions o;
    o.learning_rate = 0.085;
    o.max_iterations = 2;
    const Vector x0{-3, -1};
    const auto two = gradient_descent(example_7_1, x0, o);
    CHECK_FALSE(two.converged);
    CHECK(two.reason.find("max_iterations") != std::string::npos);
    REQUIRE(two.path.size() == 3);
    CHECK(two.path[1] == near(Vector{-1.98, 1.21}, 1e-12));
    CHECK(two.path[2][0] == doctest::Approx(-1.32).epsilon(0.01));
    CHECK(two.path[2][1] == doctest::Approx(-0.42).epsilon(0.03));
    o.max_iterations = 10000;
    o.tolerance = 1e-10;
    const auto full = gradient_descent(example_7_1, x0, o);
    CHECK(full.converged);
    CHECK(full.x == near(Vector{97.0 / 39, 1.0 / 39}, 1e-9));
}

// With a fixed step above 2/λ_max (λ_max ≈ 20.05) the iterates blow up: the method reports it.
TEST_CASE("gradient descent: a step above 2/lambda_max diverges with a clear error") {
    OptimOptions o;
    o.learning_rate = 0.11;
    o.max_iterations = 5000;
    const Vector x0{-3, -1};
    CHECK_THROWS_WITH_AS(gradient_descent(example_7_1, x0, o), doctest::Contains("diverged"), DomainError);
    o.learning_rate = -1;
    CHECK_THROWS_AS(gradient_descent(example_7_1, x0, o), DomainError);
}

// Iterations grow with κ for gradient descent (step 1/λ_max), while Newton needs one step.
TEST_CASE("condition number: gradient descent slows down with kappa, Newton takes one step") {
    std::size_t previous = 0;
    for (double kappa : {10.0, 100.0, 1000.0}) {
        OptimOptions o;
        o.learning_rate = 1.0 / kappa;
        o.tolerance = 1e-8;
        o.max_iterations = 100000;
        const Vector x0{1, 1};
        const auto gd = gradient_descent(quadratic_with_condition(kappa), x0, o);
        CHECK(gd.converged);
        CHECK(gd.iterations > previous);
        if (previous > 0) CHECK(static_cast<double>(gd.iterations) > 5.0 * static_cast<double>(previous));  // ~ κ log(1/ε)
        previous = gd.iterations;
        const auto nt = newton(quadratic_with_condition(kappa), x0, o);
        CHECK(nt.converged);
        CHECK(nt.iterations == 1);
        CHECK(nt.x == near(Vector{0, 0}, 1e-12));
    }
}

// Newton on Rosenbrock from (−1.2, 1): converges to (1, 1); near the end the gradient norm is
// (roughly) squared at each step — quadratic convergence.
TEST_CASE("Newton: Rosenbrock from (-1.2, 1), quadratic convergence") {
    OptimOptions o;
    o.tolerance = 1e-12;
    o.max_iterations = 100;
    const Vector x0{-1.2, 1};
    const auto r = newton(rosenbrock, x0, o);
    CHECK(r.converged);
    CHECK(r.x == near(Vector{1, 1}, 1e-10));
    CHECK(r.iterations < 40);
    std::vector<double> g;
    for (const Vector& x : r.path) g.push_back(std::sqrt([&] { const Vector gr = gradient(rosenbrock, x); return gr[0] * gr[0] + gr[1] * gr[1]; }()));
    bool quadratic = false;
    for (std::size_t k = 1; k + 1 < g.size(); ++k)
        if (g[k] < 1e-3 && g[k + 1] < 1e-12 + 10.0 * g[k] * g[k]) quadratic = true;
    CHECK(quadratic);
}

// On an ill-conditioned quadratic (κ = 100) with the same step, momentum, Nesterov and Adam reach the
// tolerance in fewer iterations than plain gradient descent.
TEST_CASE("momentum, Nesterov and Adam beat plain gradient descent on an ill-conditioned problem") {
    const auto f = quadratic_with_condition(100.0);
    OptimOptions o;
    o.learning_rate = 0.01;  // = 1/λ_max
    o.tolerance = 1e-6;
    o.max_iterations = 100000;
    const Vector x0{1, 1};
    const auto gd = gradient_descent(f, x0, o);
    const auto mo = momentum(f, x0, o);
    const auto ne = nesterov(f, x0, o);
    OptimOptions oa = o;
    oa.learning_rate = 0.05;
    const auto ad = adam(f, x0, oa);
    CHECK(gd.converged);
    CHECK(mo.converged);
    CHECK(ne.converged);
    CHECK(ad.converged);
    CHECK(mo.iterations < gd.iterations);
    CHECK(ne.iterations < gd.iterations);
    CHECK(ad.iterations < gd.iterations);
    CHECK(mo.x == near(Vector{0, 0}, 1e-5));
    // Backtracking line search also converges from a far too large initial step.
    OptimOptions ls = o;
    ls.line_search = true;
    ls.learning_rate = 10.0;
    CHECK(gradient_descent(f, x0, ls).converged);
}

// SGD on a linear regression reaches the least-squares solution (θ within 1e-3 of QR's answer
// with a decaying learning rate over 300 epochs; the noise floor of SGD is the reason for 1e-3).
TEST_CASE("SGD: linear regression converges to the least-squares solution") {
    Rng rng(401);
    const std::size_t N = 200;
    const mml::testing::LineData line = mml::testing::noisy_line(rng, N, 0.5, -1.5, 0.1);
    const Matrix& X = line.X;
    const Vector& y = line.y;
    const Vector theta_ls = least_squares(X, y);
    auto grad_n = [&](const Vector& t, std::size_t n) {
        const double r = X(n, 0) * t[0] + X(n, 1) * t[1] - y[n];
        return Vector{r * X(n, 0), r * X(n, 1)};
    };
    auto loss_n = [&](const Vector& t, std::size_t n) {
        const double r = X(n, 0) * t[0] + X(n, 1) * t[1] - y[n];
        return 0.5 * r * r;
    };
    SGDOptions o;
    o.learning_rate = 0.1;
    o.decay = 0.05;
    o.batch_size = 10;
    o.epochs = 300;
    Rng sgd_rng(402);
    const auto r = sgd(grad_n, loss_n, N, Vector(2), o, sgd_rng);
    CHECK(r.theta == near(theta_ls, 1e-3));
    CHECK(r.loss_history.back() < r.loss_history.front());
    Rng again(402);  // reproducible: the same seed gives the same θ
    CHECK(sgd(grad_n, loss_n, N, Vector(2), o, again).theta == r.theta);
    CHECK_THROWS_AS(sgd(grad_n, loss_n, 0, Vector(2), o, again), DomainError);
}

TEST_CASE("convexity: Jensen's inequality and Hessian checks on convex and non-convex functions") {
    Rng rng(403);
    const Vector lo{-2, -2}, hi{2, 2};
    auto convex = [](const Vector& x) { return std::exp(x[0]) + x[0] * x[0] + 3 * x[1] * x[1] - x[0] * x[1]; };
    auto nonconvex = [](const Vector& x) { return std::sin(3 * x[0]) + x[1] * x[1]; };
    CHECK(jensen_holds(convex, lo, hi, 2000, rng));
    CHECK_FALSE(jensen_holds(nonconvex, lo, hi, 2000, rng));
    const Vector p{0.3, -0.2};
    CHECK(is_positive_semidefinite(hessian([](const auto& x) { return x[0] * x[0] + 3.0 * x[1] * x[1] - x[0] * x[1]; }, p)));
    CHECK_FALSE(is_positive_semidefinite(hessian(rosenbrock, Vector{-1.0, 2.0})));  // not convex there
}

// Maximise x₁x₂ s.t. x₁ + x₂ = 1 ⇒ (½, ½) with |λ| = ½, as a KKT system (minimise −x₁x₂) and by Newton on the Lagrangian.
TEST_CASE("constrained: the KKT system and Newton on the Lagrangian") {
    const Matrix Q{{0, -1}, {-1, 0}};  // −x₁x₂ = ½ xᵀQx
    const Vector c{0, 0}, b{1};
    const Matrix A{{1, 1}};
    const auto kkt = solve_equality_qp(Q, c, A, b);
    CHECK(kkt.x == near(Vector{0.5, 0.5}, 1e-14));
    CHECK(std::abs(kkt.lambda[0]) == doctest::Approx(0.5));
    const auto lg = lagrange_solve([](const auto& x) { return -1.0 * x[0] * x[1]; },
                                   [](const auto& x) { return x[0] + x[1] - 1.0; }, Vector{0.2, 0.9});
    CHECK(lg.converged);
    CHECK(lg.x == near(Vector{0.5, 0.5}, 1e-12));
    CHECK(std::abs(lg.lambda) == doctest::Approx(0.5));
    // A quadratic on a plane in ℝ³: the residual of the KKT conditions is zero.
    const Matrix Q3{{4, 1, 0}, {1, 3, 0}, {0, 0, 2}};
    const Vector c3{1, -2, 0.5}, b3{1};
    const Matrix A3{{1, 1, 1}};
    const auto s = solve_equality_qp(Q3, c3, A3, b3);
    CHECK(Q3 * s.x + c3 + transpose(A3) * s.lambda == near(Vector(3), 1e-13));  // stationarity
    CHECK(A3 * s.x == near(b3, 1e-14));                                          // feasibility
    const Matrix dependent{{1, 1}, {2, 2}};
    const Vector b2{1, 3};
    CHECK_THROWS_AS(solve_equality_qp(Matrix::identity(2), c, dependent, b2), SingularMatrixError);
}

TEST_CASE("projections: box, ball, simplex, and projected gradient descent") {
    const Vector x{1.5, -0.3, 0.2};
    CHECK(project_box(x, Vector{0, 0, 0}, Vector{1, 1, 1}) == near(Vector{1, 0, 0.2}, 0.0));
    CHECK(project_ball(Vector{3, 4}, Vector{0, 0}, 1) == near(Vector{0.6, 0.8}, 1e-15));
    const Vector s = project_simplex(Vector{0.5, 0.8, -0.4});
    CHECK(s == near(Vector{0.35, 0.65, 0}, 1e-15));
    Rng rng(404);
    for (int t = 0; t < 50; ++t) {  // feasibility and idempotence on random points
        const Vector v = testing::random_vector(rng, 5);
        const Vector p = project_simplex(3.0 * v);
        double sum = 0;
        for (double pi : p) {
            CHECK(pi >= 0.0);
            sum += pi;
        }
        CHECK(sum == doctest::Approx(1.0).epsilon(1e-14));
        CHECK(project_simplex(p) == near(p, 1e-14));
    }
    // Minimise ‖x − [2, 0.5]‖² over the unit box [0, 1]²: the answer is [1, 0.5].
    auto f = [](const Vector& v) { return (v[0] - 2) * (v[0] - 2) + (v[1] - 0.5) * (v[1] - 0.5); };
    auto g = [](const Vector& v) { return Vector{2 * (v[0] - 2), 2 * (v[1] - 0.5)}; };
    OptimOptions o;
    o.learning_rate = 0.1;
    o.tolerance = 1e-12;
    const auto r = projected_gradient_descent(f, g, [](const Vector& v) { return project_box(v, Vector{0, 0}, Vector{1, 1}); }, Vector{0, 0}, o);
    CHECK(r.converged);
    CHECK(r.x == near(Vector{1, 0.5}, 1e-10));
    CHECK_THROWS_AS(project_box(x, Vector{1, 1, 1}, Vector{0, 0, 0}), DomainError);
}

// Backtracking cannot see a decrease smaller than f's rounding: on f(x) = 10⁸ + x⁴ (rounding
// ~1.5e-8) at x = 1e-2, where x⁴ = 1e-8, no step passes the Armijo test. The method must stop and say so, not
// spin until max_iterations with tiny steps.
TEST_CASE("gradient descent with line search stops with a reason when f cannot be lowered in floating point") {
    OptimOptions options;
    options.line_search = true;
    options.learning_rate = 1.0;
    options.tolerance = 1e-12;
    options.max_iterations = 100000;
    const OptimResult r = gradient_descent([](const Vector& x) { return 1e8 + x[0] * x[0] * x[0] * x[0]; },
                                           [](const Vector& x) { return Vector{4.0 * x[0] * x[0] * x[0]}; }, Vector{1e-2}, options);
    CHECK_FALSE(r.converged);
    CHECK(r.iterations < 100);
    CHECK(r.reason.find("no decrease possible") != std::string::npos);
}
