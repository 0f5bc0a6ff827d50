// mml/optim/qp_active_set.cpp — the primal active-set method, KKT checks, the QP dual. (MML §7.2, §7.3.2)
#include "mml/optim/qp_active_set.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"
#include "mml/linalg/cholesky.hpp"
#include "mml/linalg/eigen_sym.hpp"
#include "mml/linalg/lu.hpp"
#include "mml/optim/constrained.hpp"
#include "mml/optim/lp_simplex.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace mml {

namespace {

double dot_row(const Matrix& A, std::size_t i, const Vector& x) {
    double s = 0.0;
    for (std::size_t j = 0; j < x.size(); ++j) s += A(i, j) * x[j];
    return s;
}

double dot_vec(const Vector& u, const Vector& v) {
    double s = 0.0;
    for (std::size_t j = 0; j < u.size(); ++j) s += u[j] * v[j];
    return s;
}

double two_norm(const Vector& v) {
    return std::sqrt(dot_vec(v, v));
}

// A matrix with no rows but the right number of columns stands for "no constraints".
Matrix rows_or_empty(const Matrix& A, std::size_t n) { return A.rows() == 0 ? Matrix(0, n) : A; }

void require_qp(const std::string& operation, const Matrix& Q, const Vector& c, const Matrix& A, const Vector& b) {
    require_square(operation + " (Q)", Q);
    const std::size_t n = Q.rows();
    if (c.size() != n || (A.rows() > 0 && A.cols() != n) || A.rows() != b.size()) {
        std::ostringstream msg;
        msg << operation << ": Q is " << shape_string(n, n) << ", so c needs " << n << " entries (got " << c.size()
            << ") and A needs " << n << " columns (got " << shape_string(A.rows(), A.cols()) << ") with one entry of b per row ("
            << b.size() << " given)";
        throw DimensionError(msg.str());
    }
}

// A point with Ax ≤ b and Ex = d from phase 1 of the simplex method, with x = x⁺ − x⁻ (x⁺, x⁻ ≥ 0).
Vector feasible_point(const Matrix& A, const Vector& b, const Matrix& E, const Vector& d, std::size_t n) {
    const std::size_t m = A.rows(), p = E.rows();
    Matrix G(m + 2 * p, 2 * n);
    Vector h(m + 2 * p);
    auto put = [&](std::size_t row, const Matrix& M, std::size_t i, double sign, double rhs) {
        for (std::size_t j = 0; j < n; ++j) {
            G(row, j) = sign * M(i, j);
            G(row, n + j) = -sign * M(i, j);
        }
        h[row] = sign * rhs;
    };
    for (std::size_t i = 0; i < m; ++i) put(i, A, i, 1.0, b[i]);
    for (std::size_t i = 0; i < p; ++i) {  // Ex = d as Ex ≤ d and −Ex ≤ −d
        put(m + 2 * i, E, i, 1.0, d[i]);
        put(m + 2 * i + 1, E, i, -1.0, d[i]);
    }
    const LPResult lp = linprog(Vector(2 * n), G, h);
    if (lp.status != LPStatus::optimal)
        throw DomainError("solve_inequality_qp: the constraints Ax ≤ b, Ex = d have no common point (phase 1 of the "
                          "simplex method found none); check the signs of A and b");
    Vector x(n);
    for (std::size_t j = 0; j < n; ++j) x[j] = lp.x[j] - lp.x[n + j];
    return x;
}

}  // namespace

QPResult solve_inequality_qp(const Matrix& Q_in, const Vector& c, const Matrix& A_in, const Vector& b, const Matrix& E_in,
                             const Vector& d, const Vector& x0) {
    const std::size_t n = Q_in.rows();
    const Matrix A = rows_or_empty(A_in, n), E = rows_or_empty(E_in, n);
    require_qp("solve_inequality_qp", Q_in, c, A, b);
    require_qp("solve_inequality_qp (equalities)", Q_in, c, E, d);
    const Matrix& Q = Q_in;
    const std::size_t m = A.rows(), p = E.rows();
    auto violation = [&](const Vector& x) {
        double worst = 0.0;
        for (std::size_t i = 0; i < m; ++i) worst = std::max(worst, (dot_row(A, i, x) - b[i]) / (1.0 + std::abs(b[i])));
        for (std::size_t i = 0; i < p; ++i) worst = std::max(worst, std::abs(dot_row(E, i, x) - d[i]) / (1.0 + std::abs(d[i])));
        return worst;
    };
    Vector x = x0.empty() ? feasible_point(A, b, E, d, n) : x0;
    if (x.size() != n) throw DimensionError("solve_inequality_qp: x0 has the wrong number of entries");
    if (violation(x) > 1e-9) throw DomainError("solve_inequality_qp: the starting point x0 violates the constraints; "
                                               "pass a feasible x0 or none (then phase 1 finds one)");
    std::vector<std::size_t> W;  // the working set: inequalities kept active
    const std::size_t max_iterations = 100 * (m + n + p) + 100;
    for (std::size_t it = 0; it < max_iterations; ++it) {
        const Vector g = Q * x + c;  // ∇f(x)
        // 1. The step p minimising the QP with the constraints in W (and E) held as equalities.
        Matrix AW(p + W.size(), n);
        for (std::size_t r = 0; r < p; ++r) AW.set_row(r, E.row(r));
        for (std::size_t k = 0; k < W.size(); ++k) AW.set_row(p + k, A.row(W[k]));
        Vector step, multipliers;
        if (AW.rows() == 0) {
            step = -1.0 * solve(Q, g);
        } else {
            const KKTSolution s = solve_equality_qp(Q, g, AW, Vector(AW.rows()));
            step = s.x;
            multipliers = s.lambda;
        }
        if (two_norm(step) <= 1e-12 * (1.0 + two_norm(x))) {
            // 3. Optimal on W: check the signs of the inequality multipliers.
            std::size_t drop = W.size();
            double most_negative = -1e-12;
            for (std::size_t k = 0; k < W.size(); ++k)
                if (multipliers[p + k] < most_negative) most_negative = multipliers[p + k], drop = k;
            if (drop == W.size()) {  // every λᵢ ≥ 0: the KKT conditions hold
                QPResult r{x, Vector(m), Vector(p), 0.0, it, W};
                for (std::size_t k = 0; k < W.size(); ++k) r.lambda[W[k]] = multipliers[p + k];
                for (std::size_t k = 0; k < p; ++k) r.mu[k] = multipliers[k];
                r.value = 0.5 * dot_vec(x, Q * x) + dot_vec(c, x);
                std::sort(r.active.begin(), r.active.end());
                return r;
            }
            W.erase(W.begin() + static_cast<std::ptrdiff_t>(drop));  // releasing it lowers f
            continue;
        }
        // 2. The longest feasible move along the step, α ≤ 1; a blocking constraint joins W.
        double alpha = 1.0;
        std::size_t blocking = m;
        for (std::size_t i = 0; i < m; ++i) {
            if (std::find(W.begin(), W.end(), i) != W.end()) continue;
            const double a_p = dot_row(A, i, step);
            if (a_p > 1e-14) {
                const double alpha_i = std::max(0.0, (b[i] - dot_row(A, i, x)) / a_p);
                if (alpha_i < alpha) alpha = alpha_i, blocking = i;
            }
        }
        x += alpha * step;
        if (blocking < m) W.push_back(blocking);
    }
    throw NotConvergedError("solve_inequality_qp: the active-set method did not finish in " + std::to_string(max_iterations) +
                            " iterations (degenerate constraints?)");
}

bool KKTReport::satisfied(double tol) const {
    return stationarity <= tol && primal_infeasibility <= tol && dual_infeasibility <= tol && complementary_slackness <= tol;
}

std::ostream& operator<<(std::ostream& out, const KKTReport& r) {
    return out << "stationarity ‖∇L‖ = " << r.stationarity << ", primal infeasibility = " << r.primal_infeasibility
               << ", dual infeasibility = " << r.dual_infeasibility
               << ", complementary slackness max|λᵢgᵢ| = " << r.complementary_slackness;
}

KKTReport check_kkt(const Vector& grad_f, const Vector& g, const Matrix& Jg, const Vector& lambda, const Vector& h,
                    const Matrix& Jh, const Vector& mu) {
    const std::size_t n = grad_f.size();
    if (g.size() != lambda.size() || h.size() != mu.size() || (g.size() > 0 && (Jg.rows() != g.size() || Jg.cols() != n)) ||
        (h.size() > 0 && (Jh.rows() != h.size() || Jh.cols() != n)))
        throw DimensionError("check_kkt: need one λ per inequality and one μ per equality, and the Jacobians Jg, Jh with "
                             "one row per constraint and one column per variable");
    KKTReport r;
    Vector grad_L = grad_f;  // ∇f + Σλᵢ∇gᵢ + Σμⱼ∇hⱼ
    for (std::size_t i = 0; i < g.size(); ++i)
        for (std::size_t j = 0; j < n; ++j) grad_L[j] += lambda[i] * Jg(i, j);
    for (std::size_t i = 0; i < h.size(); ++i)
        for (std::size_t j = 0; j < n; ++j) grad_L[j] += mu[i] * Jh(i, j);
    r.stationarity = two_norm(grad_L);
    for (std::size_t i = 0; i < g.size(); ++i) {
        r.primal_infeasibility = std::max(r.primal_infeasibility, g[i]);
        r.dual_infeasibility = std::max(r.dual_infeasibility, -lambda[i]);
        r.complementary_slackness = std::max(r.complementary_slackness, std::abs(lambda[i] * g[i]));
    }
    for (double hi : h) r.primal_infeasibility = std::max(r.primal_infeasibility, std::abs(hi));
    return r;
}

KKTReport check_kkt_qp(const Matrix& Q, const Vector& c, const Matrix& A, const Vector& b, const Vector& x,
                       const Vector& lambda) {
    require_qp("check_kkt_qp", Q, c, A, b);
    Vector g(A.rows());
    for (std::size_t i = 0; i < A.rows(); ++i) g[i] = dot_row(A, i, x) - b[i];
    return check_kkt(Q * x + c, g, A, lambda, Vector(), Matrix(), Vector());
}

Vector qp_dual_minimiser(const Matrix& Q, const Vector& c, const Matrix& A, const Vector& lambda) {
    return -1.0 * cholesky_solve(cholesky(Q), c + transpose(A) * lambda);  // x(λ) = −Q⁻¹(c + Aᵀλ)
}

double qp_dual_function(const Matrix& Q, const Vector& c, const Matrix& A, const Vector& b, const Vector& lambda) {
    require_qp("qp_dual_function", Q, c, A, b);
    require_same_size("qp_dual_function (λ and b)", lambda, b);
    const Vector w = c + transpose(A) * lambda;
    const Vector Qinv_w = cholesky_solve(cholesky(Q), w);
    return -0.5 * dot_vec(w, Qinv_w) - dot_vec(b, lambda);
}

QPDual solve_qp_dual(const Matrix& Q, const Vector& c, const Matrix& A, const Vector& b, double tolerance,
                     std::size_t max_iterations) {
    require_qp("solve_qp_dual", Q, c, A, b);
    const Matrix L = cholesky(Q);
    Matrix QinvAt(A.cols(), A.rows());  // Q⁻¹Aᵀ, column by column
    for (std::size_t i = 0; i < A.rows(); ++i) QinvAt.set_col(i, cholesky_solve(L, A.row(i)));
    const Matrix M = A * QinvAt;  // −D(λ) = ½λᵀMλ + (AQ⁻¹c + b)ᵀλ + const, M ⪰ 0
    const Vector q = A * cholesky_solve(L, c) + b;
    const double Lipschitz = std::max(eig_sym(M).values[0], 1e-300);
    OptimOptions options;
    options.learning_rate = 1.0 / Lipschitz;
    options.tolerance = tolerance;
    options.max_iterations = max_iterations;
    options.record_path = false;
    const OptimResult r = projected_gradient_descent(
        [&](const Vector& lambda) { return -qp_dual_function(Q, c, A, b, lambda); },
        [&](const Vector& lambda) { return M * lambda + q; },
        [](const Vector& lambda) {
            Vector p = lambda;
            for (double& v : p) v = std::max(v, 0.0);  // projection onto λ ≥ 0
            return p;
        },
        Vector(A.rows()), options);
    if (!r.converged) throw NotConvergedError("solve_qp_dual: projected gradient ascent did not converge (" + r.reason + ")");
    return {r.x, -r.value, r.iterations};
}

}  // namespace mml
