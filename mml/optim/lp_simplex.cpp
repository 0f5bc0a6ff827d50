// mml/optim/lp_simplex.cpp — the two-phase tableau simplex method and vertex enumeration. (MML §7.3.1)
#include "mml/optim/lp_simplex.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"
#include "mml/linalg/lu.hpp"

#include <cmath>
#include <sstream>
#include <vector>

namespace mml {

std::ostream& operator<<(std::ostream& out, LPStatus status) {
    switch (status) {
        case LPStatus::optimal: return out << "optimal";
        case LPStatus::infeasible: return out << "infeasible";
        case LPStatus::unbounded: return out << "unbounded";
    }
    return out;
}

namespace {

constexpr double eps = 1e-10;  // entries below this (relative to the data's scale 1) count as 0

void require_lp(const std::string& operation, const Vector& c, const Matrix& A, const Vector& b) {
    if (A.cols() != c.size() || A.rows() != b.size()) {
        std::ostringstream msg;
        msg << operation << ": A is " << shape_string(A.rows(), A.cols()) << ", so c needs " << A.cols()
            << " entries (got " << c.size() << ") and b " << A.rows() << " (got " << b.size() << ")";
        throw DimensionError(msg.str());
    }
    if (c.empty()) throw DimensionError(operation + ": the programme has no variables (c is empty)");
    require_finite(operation + " (c)", c);
    require_finite(operation + " (A)", A);
    require_finite(operation + " (b)", b);
}

// The tableau: rows 0…m−1 are the constraints Σⱼ T(i, j) xⱼ = T(i, rhs) with basis[i] the basic
// variable of row i; cost holds the reduced costs c̄ⱼ and cost[rhs] = −(current objective).
struct Tableau {
    Matrix T;
    std::vector<double> cost;
    std::vector<std::size_t> basis;
    std::size_t rhs;
    std::size_t pivots = 0;

    void pivot(std::size_t r, std::size_t e) {  // variable e enters in row r (Gauss–Jordan)
        const double p = T(r, e);
        for (std::size_t j = 0; j <= rhs; ++j) T(r, j) /= p;
        for (std::size_t i = 0; i < T.rows(); ++i)
            if (i != r && T(i, e) != 0.0) {
                const double f = T(i, e);
                for (std::size_t j = 0; j <= rhs; ++j) T(i, j) -= f * T(r, j);
            }
        const double f = cost[e];
        for (std::size_t j = 0; j <= rhs; ++j) cost[j] -= f * T(r, j);
        basis[r] = e;
        ++pivots;
    }

    // Sets cost to the reduced costs of the objective c (zero for variables beyond c.size()).
    void price(const std::vector<double>& c) {
        cost.assign(rhs + 1, 0.0);
        for (std::size_t j = 0; j < c.size(); ++j) cost[j] = c[j];
        for (std::size_t i = 0; i < basis.size(); ++i) {
            const double cb = basis[i] < c.size() ? c[basis[i]] : 0.0;
            for (std::size_t j = 0; j <= rhs; ++j) cost[j] -= cb * T(i, j);
        }
    }

    // Simplex iterations over the columns [0, columns). Returns false if unbounded.
    bool run(std::size_t columns) {
        for (;;) {
            std::size_t e = columns;
            for (std::size_t j = 0; j < columns; ++j)
                if (cost[j] < -eps) { e = j; break; }  // Bland: the first improving column
            if (e == columns) return true;              // all reduced costs ≥ 0: optimal
            std::size_t r = T.rows();
            double best = 0.0;
            for (std::size_t i = 0; i < T.rows(); ++i)
                if (T(i, e) > eps) {
                    const double ratio = T(i, rhs) / T(i, e);
                    if (r == T.rows() || ratio < best - eps || (ratio <= best + eps && basis[i] < basis[r])) {
                        r = i;
                        best = ratio;
                    }
                }
            if (r == T.rows()) return false;  // the entering variable can grow for ever
            pivot(r, e);
        }
    }
};

}  // namespace

LPResult linprog(const Vector& c, const Matrix& A, const Vector& b) {
    require_lp("linprog", c, A, b);
    const std::size_t m = A.rows(), n = A.cols();
    // Columns: x (n), slacks (m), the phase-1 variable x₀, then the right-hand side.
    const std::size_t x0 = n + m, rhs = n + m + 1;
    Tableau tab{Matrix(m, rhs + 1), {}, std::vector<std::size_t>(m), rhs};
    for (std::size_t i = 0; i < m; ++i) {
        for (std::size_t j = 0; j < n; ++j) tab.T(i, j) = A(i, j);
        tab.T(i, n + i) = 1.0;  // slack sᵢ
        tab.T(i, x0) = -1.0;    // Ax + s − x₀ = b
        tab.T(i, rhs) = b[i];
        tab.basis[i] = n + i;
    }
    LPResult result;
    std::size_t most_negative = 0;
    for (std::size_t i = 1; i < m; ++i)
        if (b[i] < b[most_negative]) most_negative = i;
    if (m > 0 && b[most_negative] < 0.0) {
        // Phase 1: minimise x₀. Bringing x₀ in at the most negative bᵢ makes every right-hand side ≥ 0.
        std::vector<double> phase1(rhs, 0.0);
        phase1[x0] = 1.0;
        tab.price(phase1);
        tab.pivot(most_negative, x0);
        tab.run(rhs);  // bounded below by 0
        if (-tab.cost[rhs] > 1e-9) {
            result.pivots = tab.pivots;
            return result;  // min x₀ > 0: no x satisfies Ax ≤ b, x ≥ 0
        }
        for (std::size_t i = 0; i < m; ++i)  // x₀ = 0 but still basic (degenerate): pivot it out
            if (tab.basis[i] == x0)
                for (std::size_t j = 0; j < x0; ++j)
                    if (std::abs(tab.T(i, j)) > eps) {
                        tab.pivot(i, j);
                        break;
                    }
    }
    for (std::size_t i = 0; i < m; ++i) tab.T(i, x0) = 0.0;  // x₀ leaves the problem
    tab.price(std::vector<double>(c.begin(), c.end()));
    if (!tab.run(x0)) {
        result.status = LPStatus::unbounded;
        result.pivots = tab.pivots;
        return result;
    }
    result.status = LPStatus::optimal;
    result.x = Vector(n);
    for (std::size_t i = 0; i < m; ++i)
        if (tab.basis[i] < n) result.x[tab.basis[i]] = tab.T(i, rhs);
    for (std::size_t j = 0; j < n; ++j) result.value += c[j] * result.x[j];
    result.pivots = tab.pivots;
    return result;
}

LPResult vertex_enumeration(const Vector& c, const Matrix& A, const Vector& b) {
    require_lp("vertex_enumeration", c, A, b);
    const std::size_t m = A.rows(), n = A.cols(), total = m + n;
    // All constraints as rows gₖᵀx ≤ hₖ: first Ax ≤ b, then −xⱼ ≤ 0.
    Matrix G(total, n);
    Vector h(total);
    for (std::size_t i = 0; i < m; ++i) {
        for (std::size_t j = 0; j < n; ++j) G(i, j) = A(i, j);
        h[i] = b[i];
    }
    for (std::size_t j = 0; j < n; ++j) G(m + j, j) = -1.0;
    double combinations = 1.0;
    for (std::size_t k = 0; k < n; ++k) combinations *= static_cast<double>(total - k) / static_cast<double>(k + 1);
    if (combinations > 2e6) {
        std::ostringstream msg;
        msg << "vertex_enumeration: " << combinations << " choices of " << n << " active constraints out of " << total
            << " is too many to try; use linprog (the simplex method)";
        throw DomainError(msg.str());
    }
    LPResult best;
    std::vector<std::size_t> pick(n);
    for (std::size_t k = 0; k < n; ++k) pick[k] = k;
    for (;;) {
        Matrix S(n, n);
        Vector rhs(n);
        for (std::size_t k = 0; k < n; ++k) {
            for (std::size_t j = 0; j < n; ++j) S(k, j) = G(pick[k], j);
            rhs[k] = h[pick[k]];
        }
        try {
            const Vector x = solve(S, rhs);  // the intersection of the n chosen boundaries
            bool feasible = true;
            for (std::size_t r = 0; r < total && feasible; ++r) {
                double gx = 0.0;
                for (std::size_t j = 0; j < n; ++j) gx += G(r, j) * x[j];
                feasible = gx <= h[r] + 1e-9 * (1.0 + std::abs(h[r]));
            }
            double value = 0.0;
            for (std::size_t j = 0; j < n; ++j) value += c[j] * x[j];
            if (feasible && (best.status != LPStatus::optimal || value < best.value)) best = {LPStatus::optimal, x, value, 0};
        } catch (const SingularMatrixError&) {
            // parallel boundaries: no single intersection point, not a vertex
        }
        // Next combination in lexicographic order.
        std::size_t k = n;
        while (k > 0 && pick[k - 1] == total - n + (k - 1)) --k;
        if (k == 0) break;
        ++pick[k - 1];
        for (std::size_t j = k; j < n; ++j) pick[j] = pick[j - 1] + 1;
    }
    return best;
}

}  // namespace mml
