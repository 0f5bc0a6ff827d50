#include "mml/optim/gradient_methods.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"
#include "mml/linalg/cholesky.hpp"

#include <cmath>
#include <sstream>
#include <utility>

namespace mml {

namespace {

double length(const Vector& v) {
    double s = 0.0;
    for (double vi : v) s += vi * vi;
    return std::sqrt(s);
}

void check_start(const std::string& method, const Vector& x0, const OptimOptions& o) {
    require_finite(method, x0);
    if (!(o.learning_rate > 0.0)) {
        std::ostringstream msg;
        msg << method << ": the learning rate is " << o.learning_rate << " — it must be > 0";
        throw DomainError(msg.str());
    }
}

// f(x), refusing a non-finite value: an overflowing objective means the method diverged (step too large).
double evaluate(const Objective& f, const Vector& x, const std::string& method, std::size_t iteration) {
    const double value = f(x);
    if (!std::isfinite(value)) {
        std::ostringstream msg;
        msg << method << ": f(x) is " << value << " at iteration " << iteration
            << " — the iterates diverged; use a smaller learning rate (a fixed step must stay below 2/lambda_max)";
        throw DomainError(msg.str());
    }
    return value;
}

// The shared loop: `step` maps (x, ∇f(x), k) to the next x. Stops on ‖∇f‖ ≤ tolerance or the iteration limit.
template <class Step>
OptimResult iterate(const std::string& method, const Objective& f, const GradientFunction& grad, const Vector& x0,
                    const OptimOptions& o, Step step) {
    check_start(method, x0, o);
    OptimResult r;
    r.x = x0;
    if (o.record_path) r.path.push_back(x0);
    for (std::size_t k = 0;; ++k) {
        const Vector g = grad(r.x);
        require_finite(method + " (gradient)", g);
        if (length(g) <= o.tolerance) {
            r.converged = true;
            r.reason = "the gradient norm is below the tolerance";
            r.iterations = k;
            break;
        }
        if (k == o.max_iterations) {
            r.reason = "reached max_iterations = " + std::to_string(o.max_iterations) + " before the gradient norm fell below the tolerance";
            r.iterations = k;
            break;
        }
        Vector next = step(r.x, g, k);
        if (next == r.x) {  // only a failed line search returns x itself: f cannot be lowered in floating point
            std::ostringstream why;
            why << "no decrease possible: the line search found no step that lowers f (f is flat to rounding here) "
                << "while ||grad f|| = " << length(g) << " is above the tolerance " << o.tolerance
                << "; the tolerance is finer than f's rounding allows";
            r.reason = why.str();
            r.iterations = k;
            break;
        }
        r.x = std::move(next);
        evaluate(f, r.x, method, k + 1);
        if (o.record_path) r.path.push_back(r.x);
    }
    r.value = evaluate(f, r.x, method, r.iterations);
    return r;
}

}  // namespace

OptimResult gradient_descent(const Objective& f, const GradientFunction& grad, const Vector& x0, const OptimOptions& o) {
    return iterate("gradient_descent", f, grad, x0, o, [&](const Vector& x, const Vector& g, std::size_t) {
        if (!o.line_search) return x - o.learning_rate * g;  // x − γ∇f(x)
        // Backtracking (Armijo): halve γ until f(x − γg) ≤ f(x) − ½γ‖g‖² (sufficient decrease).
        const double fx = f(x), gg = length(g) * length(g);
        double gamma = o.learning_rate;
        for (int halvings = 0; halvings < 60; ++halvings, gamma *= 0.5) {
            const Vector candidate = x - gamma * g;
            const double fc = f(candidate);
            // fc < fx as well: when ½γ‖g‖² is below f's rounding, fx − ½γ‖g‖² rounds to fx and
            // "no change" would pass the test — the iterates would creep without ever improving f.
            if (std::isfinite(fc) && fc < fx && fc <= fx - 0.5 * gamma * gg) return candidate;
        }
        return x;  // no γ ≥ 2⁻⁶⁰γ₀ decreases f: signal "no progress" (iterate() stops and says why)
    });
}

OptimResult momentum(const Objective& f, const GradientFunction& grad, const Vector& x0, const OptimOptions& o) {
    Vector v(x0.size());  // the velocity
    return iterate("momentum", f, grad, x0, o, [&](const Vector& x, const Vector& g, std::size_t) {
        v = o.momentum * v - o.learning_rate * g;  // v ← βv − γ∇f(x)
        return x + v;
    });
}

OptimResult nesterov(const Objective& f, const GradientFunction& grad, const Vector& x0, const OptimOptions& o) {
    Vector v(x0.size());
    return iterate("nesterov", f, grad, x0, o, [&](const Vector& x, const Vector&, std::size_t) {
        const Vector ahead = x + o.momentum * v;  // look ahead along the velocity ...
        v = o.momentum * v - o.learning_rate * grad(ahead);  // ... and take the gradient there
        return x + v;
    });
}

OptimResult adam(const Objective& f, const GradientFunction& grad, const Vector& x0, const OptimOptions& o) {
    Vector m(x0.size()), s(x0.size());  // running averages of g and g² (per coordinate)
    return iterate("adam", f, grad, x0, o, [&](const Vector& x, const Vector& g, std::size_t k) {
        const double t = static_cast<double>(k + 1);
        Vector next = x;
        for (std::size_t i = 0; i < x.size(); ++i) {
            m[i] = o.beta1 * m[i] + (1 - o.beta1) * g[i];
            s[i] = o.beta2 * s[i] + (1 - o.beta2) * g[i] * g[i];
            const double m_hat = m[i] / (1 - std::pow(o.beta1, t));  // bias correction: m, s start at 0
            const double s_hat = s[i] / (1 - std::pow(o.beta2, t));
            next[i] -= o.learning_rate * m_hat / (std::sqrt(s_hat) + o.epsilon);
        }
        return next;
    });
}

OptimResult newton(const Objective& f, const GradientFunction& grad, const HessianFunction& hess, const Vector& x0,
                   const OptimOptions& o) {
    OptimOptions unit = o;
    unit.learning_rate = 1.0;  // Newton's natural step is the full step
    return iterate("newton", f, grad, x0, unit, [&](const Vector& x, const Vector& g, std::size_t) {
        const Matrix H = hess(x);
        // Solve (H + μI) d = −g with the smallest μ ∈ {0, 1e-8·scale, ×10, …} for which Cholesky
        // succeeds: then the matrix is positive definite and d is a descent direction.
        double scale = 0.0;
        for (std::size_t i = 0; i < H.rows(); ++i) scale = std::max(scale, std::abs(H(i, i)));
        double mu = 0.0;
        Vector d;
        for (int attempt = 0; attempt < 40; ++attempt) {
            try {
                const Matrix L = cholesky(H + mu * Matrix::identity(H.rows()));
                d = -1.0 * cholesky_solve(L, g);
                break;
            } catch (const DomainError&) {
                mu = mu == 0.0 ? 1e-8 * std::max(1.0, scale) : 10.0 * mu;
            }
        }
        if (d.empty()) d = -1.0 * g;  // give up on curvature: a gradient step
        // Damping: backtrack from the full step until f decreases sufficiently (Armijo on gᵀd < 0).
        const double fx = f(x), slope = [&] { double s = 0; for (std::size_t i = 0; i < g.size(); ++i) s += g[i] * d[i]; return s; }();
        double t = 1.0;
        for (int halvings = 0; halvings < 60; ++halvings, t *= 0.5) {
            const double ft = f(x + t * d);
            if (std::isfinite(ft) && ft <= fx + 1e-4 * t * slope) break;
        }
        return x + t * d;
    });
}

}  // namespace mml
