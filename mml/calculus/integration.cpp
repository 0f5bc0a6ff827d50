#include "mml/calculus/integration.hpp"

#include <sstream>

namespace mml {

namespace {

void check_interval(const std::string& operation, double a, double b, std::size_t n) {
    if (!std::isfinite(a) || !std::isfinite(b)) {
        std::ostringstream msg;
        msg << operation << ": the interval [" << a << ", " << b
            << "] must have finite ends (for [a, infinity) use integrate_to_infinity)";
        throw DomainError(msg.str());
    }
    if (n == 0) throw DomainError(operation + ": n = 0 panels/nodes — use n >= 1");
}

double checked(const Integrand& f, double x, const std::string& operation) {
    const double y = f(x);
    if (!std::isfinite(y)) {
        std::ostringstream msg;
        msg << operation << ": f(" << x << ") = " << y << " is not finite — the integrand must be finite on [a, b]";
        throw DomainError(msg.str());
    }
    return y;
}

}  // namespace

double riemann_left(const Integrand& f, double a, double b, std::size_t n) {
    check_interval("riemann_left", a, b, n);
    const double h = (b - a) / static_cast<double>(n);
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i) sum += checked(f, a + static_cast<double>(i) * h, "riemann_left");
    return sum * h;
}

double riemann_right(const Integrand& f, double a, double b, std::size_t n) {
    check_interval("riemann_right", a, b, n);
    const double h = (b - a) / static_cast<double>(n);
    double sum = 0.0;
    for (std::size_t i = 1; i <= n; ++i) sum += checked(f, a + static_cast<double>(i) * h, "riemann_right");
    return sum * h;
}

double riemann_midpoint(const Integrand& f, double a, double b, std::size_t n) {
    check_interval("riemann_midpoint", a, b, n);
    const double h = (b - a) / static_cast<double>(n);
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i) sum += checked(f, a + (static_cast<double>(i) + 0.5) * h, "riemann_midpoint");
    return sum * h;
}

double integrate_trapezoid(const Integrand& f, double a, double b, std::size_t n) {
    check_interval("integrate_trapezoid", a, b, n);
    const double h = (b - a) / static_cast<double>(n);
    double sum = 0.5 * (checked(f, a, "integrate_trapezoid") + checked(f, b, "integrate_trapezoid"));
    for (std::size_t i = 1; i < n; ++i) sum += checked(f, a + static_cast<double>(i) * h, "integrate_trapezoid");
    return sum * h;
}

double integrate_simpson(const Integrand& f, double a, double b, std::size_t n) {
    check_interval("integrate_simpson", a, b, n);
    if (n % 2 != 0)
        throw DomainError("integrate_simpson: n = " + std::to_string(n) +
                          " panels — Simpson's rule pairs panels, so n must be even");
    const double h = (b - a) / static_cast<double>(n);
    double sum = checked(f, a, "integrate_simpson") + checked(f, b, "integrate_simpson");
    for (std::size_t i = 1; i < n; ++i)
        sum += (i % 2 == 1 ? 4.0 : 2.0) * checked(f, a + static_cast<double>(i) * h, "integrate_simpson");
    return sum * h / 3.0;
}

GaussLegendreRule gauss_legendre_rule(std::size_t n) {
    if (n == 0 || n > 64) throw DomainError("gauss_legendre_rule: n = " + std::to_string(n) + " — use 1 <= n <= 64");
    GaussLegendreRule rule{std::vector<double>(n), std::vector<double>(n)};
    const double pi = std::acos(-1.0);
    const double nd = static_cast<double>(n);
    for (std::size_t i = 0; i < n; ++i) {
        // Initial guess: the i-th root is close to cos(π(i + 3/4)/(n + 1/2)).
        double x = std::cos(pi * (static_cast<double>(i) + 0.75) / (nd + 0.5));
        double dp = 0.0;
        for (int iteration = 0; iteration < 100; ++iteration) {
            double p0 = 1.0, p1 = x;  // P₀, P₁, then the recurrence up to Pₙ
            for (std::size_t k = 1; k < n; ++k) {
                const double kd = static_cast<double>(k);
                const double p2 = ((2.0 * kd + 1.0) * x * p1 - kd * p0) / (kd + 1.0);
                p0 = p1;
                p1 = p2;
            }
            const double pn = n == 1 ? x : p1, pn_1 = n == 1 ? 1.0 : p0;
            dp = nd * (x * pn - pn_1) / (x * x - 1.0);  // Pₙ′ = n(x Pₙ − Pₙ₋₁)/(x² − 1)
            const double step = pn / dp;                 // Newton: x ← x − Pₙ(x)/Pₙ′(x)
            x -= step;
            if (std::abs(step) <= 1e-16) break;
        }
        // Recompute Pₙ′ at the converged root for the weight.
        double p0 = 1.0, p1 = x;
        for (std::size_t k = 1; k < n; ++k) {
            const double kd = static_cast<double>(k);
            const double p2 = ((2.0 * kd + 1.0) * x * p1 - kd * p0) / (kd + 1.0);
            p0 = p1;
            p1 = p2;
        }
        dp = n == 1 ? 1.0 : nd * (x * p1 - p0) / (x * x - 1.0);
        rule.nodes[i] = x;
        rule.weights[i] = 2.0 / ((1.0 - x * x) * dp * dp);
    }
    return rule;
}

double integrate_gauss_legendre(const Integrand& f, double a, double b, std::size_t n) {
    check_interval("integrate_gauss_legendre", a, b, n);
    const GaussLegendreRule rule = gauss_legendre_rule(n);
    const double mid = 0.5 * (a + b), half = 0.5 * (b - a);  // x ∈ [−1, 1] ↦ mid + half·x ∈ [a, b]
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        sum += rule.weights[i] * checked(f, mid + half * rule.nodes[i], "integrate_gauss_legendre");
    return half * sum;
}

namespace {

double adaptive(const Integrand& f, double a, double b, double fa, double fm, double fb, double whole, double tol,
                int depth) {
    const double m = 0.5 * (a + b);
    const double lm = 0.5 * (a + m), rm = 0.5 * (m + b);
    const double flm = checked(f, lm, "integrate_adaptive"), frm = checked(f, rm, "integrate_adaptive");
    const double left = (m - a) / 6.0 * (fa + 4.0 * flm + fm);
    const double right = (b - m) / 6.0 * (fm + 4.0 * frm + fb);
    const double difference = left + right - whole;
    if (std::abs(difference) <= 15.0 * tol) return left + right + difference / 15.0;  // Richardson-corrected
    if (depth >= 50) {
        std::ostringstream msg;
        msg << "integrate_adaptive: could not reach the tolerance on [" << a << ", " << b
            << "] after 50 halvings — the integrand may be singular or discontinuous there";
        throw NotConvergedError(msg.str());
    }
    return adaptive(f, a, m, fa, flm, fm, left, tol / 2.0, depth + 1) +
           adaptive(f, m, b, fm, frm, fb, right, tol / 2.0, depth + 1);
}

}  // namespace

double integrate_adaptive(const Integrand& f, double a, double b, double tol) {
    check_interval("integrate_adaptive", a, b, 1);
    if (!(tol > 0.0)) throw DomainError("integrate_adaptive: the tolerance must be positive");
    if (a == b) return 0.0;
    const double fa = checked(f, a, "integrate_adaptive"), fb = checked(f, b, "integrate_adaptive");
    const double m = 0.5 * (a + b), fm = checked(f, m, "integrate_adaptive");
    const double whole = (b - a) / 6.0 * (fa + 4.0 * fm + fb);
    return adaptive(f, a, b, fa, fm, fb, whole, tol, 0);
}

double integrate_to_infinity(const Integrand& f, double a, double tol) {
    if (!std::isfinite(a)) throw DomainError("integrate_to_infinity: the lower limit a must be finite");
    // x = a + t/(1 − t) maps [0, 1) onto [a, ∞); the integrand g(t) = f(x)/(1 − t)² → 0 as t → 1 when f
    // decays faster than 1/x², and we evaluate g at t = 1 as that limit, 0.
    const Integrand g = [&](double t) {
        if (t >= 1.0) return 0.0;
        const double s = 1.0 - t;
        return f(a + t / s) / (s * s);
    };
    return integrate_adaptive(g, 0.0, 1.0, tol);
}

}  // namespace mml
