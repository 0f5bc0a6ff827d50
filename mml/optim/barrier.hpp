// mml/optim/barrier.hpp — inequality constraints by a logarithmic barrier.   (MML §7.2; Boyd & Vandenberghe §11.3)
//
// To minimise f(x) subject to gᵢ(x) ≤ 0 (i = 1…m), replace the hard wall at gᵢ = 0 by a smooth
// one: for a parameter t > 0 minimise
//     φ_t(x) = t·f(x) − Σᵢ log(−gᵢ(x)),
// which is +∞ outside the feasible set and pushes the iterates away from its boundary. Each
// minimiser x*(t) is strictly feasible, and with λᵢ = −1/(t gᵢ(x*(t))) > 0 it satisfies the KKT
// stationarity condition exactly; only complementary slackness is off, by λᵢgᵢ = −1/t. So
//     f(x*(t)) − f* ≤ m/t                                  (the duality gap),
// and the method multiplies t by μ (here 10) until m/t is below the tolerance, warm-starting
// Newton's method (derivatives by nested dual numbers, unit 3) from the previous minimiser. A
// Newton step that would leave the feasible set is halved until it stays inside.
#pragma once

#include "mml/calculus/autodiff.hpp"
#include "mml/core/error.hpp"
#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"
#include "mml/linalg/lu.hpp"

#include <cmath>
#include <cstddef>
#include <limits>
#include <string>
#include <vector>

namespace mml {

struct BarrierResult {
    Vector x;
    double value = 0.0;          // f(x)
    Vector lambda;               // the dual estimates λᵢ = −1/(t gᵢ(x))
    double duality_gap = 0.0;    // m/t at the end: f(x) − f* ≤ duality_gap
    std::size_t outer_iterations = 0;
    std::size_t newton_steps = 0;
};

// f(x) and g(x) are generic callables (g returns a std::vector of the m constraint values, all of
// which must be < 0 at x0). Tolerance: the final duality gap m/t.
template <class F, class G>
BarrierResult barrier_method(F f, G g, const Vector& x0, double tolerance = 1e-8);

// ---- template definition ----------------------------------------------------------------------
template <class F, class G>
BarrierResult barrier_method(F f, G g, const Vector& x0, double tolerance) {
    const std::vector<double> g0 = g(std::vector<double>(x0.begin(), x0.end()));
    const std::size_t m = g0.size();
    for (std::size_t i = 0; i < m; ++i)
        if (!(g0[i] < 0.0))
            throw DomainError("barrier_method: x0 is not strictly feasible — constraint " + std::to_string(i) + " has g(x0) = " +
                              std::to_string(g0[i]) + " (it must be < 0 for log(−g) to exist); start inside the feasible set");
    if (!(tolerance > 0.0)) throw DomainError("barrier_method: the tolerance on the duality gap must be positive");
    double t = 1.0;
    Vector x = x0;
    BarrierResult result;
    // φ_t(x) = t f(x) − Σ log(−gᵢ(x)), generic so that gradient/hessian can differentiate it.
    auto phi = [&](const auto& z) {
        auto gz = g(z);
        auto value = t * f(z);
        for (const auto& gi : gz) value = value - log(-gi);
        return value;
    };
    auto strictly_feasible = [&](const Vector& z) {
        for (double gi : g(std::vector<double>(z.begin(), z.end())))
            if (!(gi < 0.0)) return false;
        return true;
    };
    for (;;) {
        // Centering: Newton's method on φ_t from the previous centre.
        for (std::size_t k = 0;; ++k) {
            if (k == 200) throw NotConvergedError("barrier_method: Newton's method did not centre in 200 steps at t = " + std::to_string(t));
            const Vector grad = gradient(phi, x);
            const Vector step = -1.0 * solve(hessian(phi, x), grad);
            double decrement = 0.0;  // λ(x)² = −∇φᵀ step, the Newton decrement
            for (std::size_t j = 0; j < x.size(); ++j) decrement -= grad[j] * step[j];
            // λ²/2 bounds φ_t(x) − min φ_t near the minimum, so f is then within 1e-10/t of f(x*(t)).
            if (decrement / 2.0 <= 1e-10) break;
            double alpha = 1.0;  // backtrack: stay strictly feasible and decrease φ_t
            const double phi_x = phi(x);
            // φ_t grows like t: at t = 10¹⁰ its rounding error (~10⁻⁶) can exceed the decrease the
            // Armijo test asks for, so a decrease within rounding also counts.
            const double rounding = 16.0 * std::numeric_limits<double>::epsilon() * std::abs(phi_x);
            while (alpha > 1e-16) {
                const Vector trial = x + alpha * step;
                if (strictly_feasible(trial) && phi(trial) <= phi_x - 0.25 * alpha * decrement + rounding) break;
                alpha *= 0.5;
            }
            if (alpha <= 1e-16) break;  // no further progress possible in floating point
            x += alpha * step;
            ++result.newton_steps;
        }
        ++result.outer_iterations;
        if (static_cast<double>(m) / t <= tolerance || m == 0) break;
        t *= 10.0;  // μ = 10
    }
    const std::vector<double> gx = g(std::vector<double>(x.begin(), x.end()));
    result.x = x;
    result.value = f(std::vector<double>(x.begin(), x.end()));
    result.lambda = Vector(m);
    for (std::size_t i = 0; i < m; ++i) result.lambda[i] = -1.0 / (t * gx[i]);
    result.duality_gap = static_cast<double>(m) / t;
    return result;
}

}  // namespace mml
