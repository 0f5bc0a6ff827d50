#include "mml/optim/constrained.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"
#include "mml/linalg/lu.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

namespace mml {

KKTSolution solve_equality_qp(const Matrix& Q, const Vector& c, const Matrix& A, const Vector& b) {
    require_square("solve_equality_qp", Q);
    const std::size_t n = Q.rows(), m = A.rows();
    if (c.size() != n || A.cols() != n || b.size() != m)
        throw DimensionError("solve_equality_qp: Q is " + shape_string(n, n) + ", so c needs " + std::to_string(n) +
                             " entries and A needs " + std::to_string(n) + " columns, with one entry of b per row of A");
    Matrix K(n + m, n + m);  // [[Q, Aᵀ], [A, 0]]
    Vector rhs(n + m);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) K(i, j) = Q(i, j);
        rhs[i] = -c[i];
    }
    for (std::size_t r = 0; r < m; ++r) {
        for (std::size_t j = 0; j < n; ++j) K(n + r, j) = K(j, n + r) = A(r, j);
        rhs[n + r] = b[r];
    }
    Vector z;
    try {
        z = solve(K, rhs);
    } catch (const SingularMatrixError& e) {
        throw SingularMatrixError(std::string("solve_equality_qp: the KKT system is singular — the constraints may be "
                                              "dependent or inconsistent, or Q is not positive definite on {x : Ax = 0} (") +
                                  e.what() + ")");
    }
    KKTSolution s{Vector(n), Vector(m)};
    for (std::size_t i = 0; i < n; ++i) s.x[i] = z[i];
    for (std::size_t r = 0; r < m; ++r) s.lambda[r] = z[n + r];
    return s;
}

Vector lagrange_newton_step(const Matrix& H, const Vector& g) { return -1.0 * solve(H, g); }

Vector project_box(const Vector& x, const Vector& lower, const Vector& upper) {
    require_same_size("project_box", x, lower);
    require_same_size("project_box", x, upper);
    Vector p(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (lower[i] > upper[i]) throw DomainError("project_box: lower > upper in coordinate " + std::to_string(i) + ": the box is empty");
        p[i] = std::clamp(x[i], lower[i], upper[i]);
    }
    return p;
}

Vector project_ball(const Vector& x, const Vector& centre, double radius) {
    require_same_size("project_ball", x, centre);
    if (!(radius >= 0.0)) throw DomainError("project_ball: the radius must be >= 0");
    const Vector d = x - centre;
    double len = 0.0;
    for (double v : d) len += v * v;
    len = std::sqrt(len);
    return len <= radius ? x : centre + (radius / len) * d;  // pull back along the ray to the centre
}

Vector project_simplex(const Vector& x) {
    require_nonempty("project_simplex", x);
    // The projection is max(xᵢ − τ, 0) with τ chosen so that the result sums to 1. Sorting x in
    // decreasing order u₀ ≥ u₁ ≥ …, τ = (Σ_{i<k} uᵢ − 1)/k for the largest k with u_{k−1} > τ.
    std::vector<double> u(x.begin(), x.end());
    std::sort(u.begin(), u.end(), std::greater<>());
    double cumulative = 0.0, tau = 0.0;
    for (std::size_t k = 1; k <= u.size(); ++k) {
        cumulative += u[k - 1];
        const double t = (cumulative - 1.0) / static_cast<double>(k);
        if (u[k - 1] > t) tau = t;
    }
    Vector p(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) p[i] = std::max(x[i] - tau, 0.0);
    return p;
}

OptimResult projected_gradient_descent(const Objective& f, const GradientFunction& grad,
                                       const std::function<Vector(const Vector&)>& project, const Vector& x0,
                                       const OptimOptions& o) {
    if (!(o.learning_rate > 0.0)) throw DomainError("projected_gradient_descent: the learning rate must be > 0");
    OptimResult r;
    r.x = project(x0);
    if (o.record_path) r.path.push_back(r.x);
    for (std::size_t k = 0; k < o.max_iterations; ++k) {
        const Vector next = project(r.x - o.learning_rate * grad(r.x));
        double moved = 0.0;
        for (std::size_t i = 0; i < next.size(); ++i) moved += (next[i] - r.x[i]) * (next[i] - r.x[i]);
        r.x = next;
        r.iterations = k + 1;
        if (o.record_path) r.path.push_back(r.x);
        if (std::sqrt(moved) <= o.tolerance) {
            r.converged = true;
            r.reason = "the projected step is below the tolerance";
            break;
        }
    }
    if (!r.converged) r.reason = "reached max_iterations = " + std::to_string(o.max_iterations);
    r.value = f(r.x);
    return r;
}

}  // namespace mml
