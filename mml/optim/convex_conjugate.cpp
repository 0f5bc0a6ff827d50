// mml/optim/convex_conjugate.cpp — convex conjugates, numeric and closed form. (MML §7.3.3)
#include "mml/optim/convex_conjugate.hpp"

#include "mml/core/error.hpp"
#include "mml/linalg/cholesky.hpp"

#include <cmath>
#include <limits>
#include <sstream>

namespace mml {

double convex_conjugate(const std::function<double(double)>& f, double s, double a, double b) {
    if (!(a < b) || !std::isfinite(a) || !std::isfinite(b)) {
        std::ostringstream msg;
        msg << "convex_conjugate: the search interval [" << a << ", " << b << "] must be finite with a < b";
        throw DomainError(msg.str());
    }
    // Golden-section search for the maximum of h(x) = s x − f(x): keep a bracket [lo, hi] and two
    // interior points at the golden ratio, dropping the side with the smaller value each step
    // (the bracket shrinks by 0.618 per evaluation).
    auto h = [&](double x) { return s * x - f(x); };
    const double r = (std::sqrt(5.0) - 1.0) / 2.0;
    double lo = a, hi = b;
    double x1 = hi - r * (hi - lo), x2 = lo + r * (hi - lo);
    double h1 = h(x1), h2 = h(x2);
    while (hi - lo > 1e-10 * (b - a)) {
        if (h1 < h2) {
            lo = x1;
            x1 = x2, h1 = h2;
            x2 = lo + r * (hi - lo), h2 = h(x2);
        } else {
            hi = x2;
            x2 = x1, h2 = h1;
            x1 = hi - r * (hi - lo), h1 = h(x1);
        }
    }
    // The maximum may sit on the boundary (then the supremum over ℝ may be larger: widen [a, b]).
    return std::max({h(0.5 * (lo + hi)), h(a), h(b)});
}

double conjugate_half_square(double s) { return 0.5 * s * s; }

double conjugate_abs(double s) { return std::abs(s) <= 1.0 ? 0.0 : std::numeric_limits<double>::infinity(); }

double conjugate_exp(double s) {
    if (s < 0.0) return std::numeric_limits<double>::infinity();
    if (s == 0.0) return 0.0;  // sup_x (−eˣ) = 0, approached as x → −∞
    return s * std::log(s) - s;
}

double conjugate_quadratic(const Matrix& Q, const Vector& s) {
    const Vector Qinv_s = cholesky_solve(cholesky(Q), s);  // DomainError unless Q ≻ 0
    double v = 0.0;
    for (std::size_t i = 0; i < s.size(); ++i) v += s[i] * Qinv_s[i];
    return 0.5 * v;
}

}  // namespace mml
