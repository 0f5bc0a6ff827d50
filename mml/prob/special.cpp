#include "mml/prob/special.hpp"

#include "mml/core/error.hpp"

#include <cmath>
#include <limits>
#include <sstream>
#include <string>

namespace mml {

namespace {

constexpr double eps = 1e-16;
constexpr double tiny = 1e-300;  // Lentz's guard against division by zero

void require(bool ok, const std::string& message) {
    if (!ok) throw DomainError(message);
}

std::string number(double x) {
    std::ostringstream s;
    s.precision(17);
    s << x;
    return s.str();
}

// The series P(a, x) = e^{−x} x^a / Γ(a+1) · Σₙ xⁿ / ((a+1)⋯(a+n)), good for x < a + 1.
double gamma_p_series(double a, double x) {
    double term = 1.0 / a, sum = term;
    for (int n = 1; n < 10000; ++n) {
        term *= x / (a + n);
        sum += term;
        if (std::abs(term) < std::abs(sum) * eps) break;
    }
    return sum * std::exp(-x + a * std::log(x) - std::lgamma(a));
}

// The continued fraction for Q(a, x) (Lentz), good for x ≥ a + 1.
double gamma_q_continued_fraction(double a, double x) {
    double b = x + 1.0 - a, c = 1.0 / tiny, d = 1.0 / b, h = d;
    for (int i = 1; i < 10000; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        if (std::abs(d) < tiny) d = tiny;
        c = b + an / c;
        if (std::abs(c) < tiny) c = tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < eps) break;
    }
    return std::exp(-x + a * std::log(x) - std::lgamma(a)) * h;
}

// The continued fraction of I_x(a, b) (Lentz), converging for x < (a + 1)/(a + b + 2).
double beta_continued_fraction(double a, double b, double x) {
    const double qab = a + b, qap = a + 1.0, qam = a - 1.0;
    double c = 1.0, d = 1.0 - qab * x / qap;
    if (std::abs(d) < tiny) d = tiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m < 10000; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));  // even step
        d = 1.0 + aa * d;
        if (std::abs(d) < tiny) d = tiny;
        c = 1.0 + aa / c;
        if (std::abs(c) < tiny) c = tiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));  // odd step
        d = 1.0 + aa * d;
        if (std::abs(d) < tiny) d = tiny;
        c = 1.0 + aa / c;
        if (std::abs(c) < tiny) c = tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < eps) break;
    }
    return h;
}

// Newton's method on F(x) = target inside a bracket [lo, hi], falling back to bisection whenever a
// Newton step would leave the bracket: it always converges, quadratically near the root.
template <class F, class DF>
double safeguarded_newton(F f, DF df, double target, double lo, double hi, double x) {
    for (int it = 0; it < 200; ++it) {
        const double fx = f(x) - target;
        if (fx == 0.0) return x;
        if (fx < 0.0) lo = x;  // F is increasing: the root is to the right
        else hi = x;
        const double slope = df(x);
        double next = slope > 0.0 ? x - fx / slope : 0.5 * (lo + hi);
        if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
        if (std::abs(next - x) <= 1e-15 * std::max(1.0, std::abs(x))) return next;
        x = next;
    }
    return x;
}

}  // namespace

double normal_cdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

double inverse_normal_cdf(double p) {
    require(p >= 0.0 && p <= 1.0, "inverse_normal_cdf: p = " + number(p) + " must lie in [0, 1]");
    if (p == 0.0) return -std::numeric_limits<double>::infinity();
    if (p == 1.0) return std::numeric_limits<double>::infinity();
    // First guess: a classic rational approximation of the tails and centre (about 1e-9 accurate) ...
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                               1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                               6.680131188771972e+01,  -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                               -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    double x = 0.0;
    const double low = 0.02425;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - low) {
        const double q = p - 0.5, r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        const double q = std::sqrt(-2 * std::log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    // ... then Halley steps on Φ(x) − p, with the error computed in the tail where it is small
    // (1 − Φ(x) = Φ(−x)), so that p close to 1 keeps its accuracy.
    for (int it = 0; it < 3; ++it) {
        const double e = p < 0.5 ? normal_cdf(x) - p : (1.0 - p) - normal_cdf(-x);
        const double density = std::exp(-0.5 * x * x) / std::sqrt(2 * std::acos(-1.0));
        const double u = e / density;
        x -= u / (1.0 + 0.5 * x * u);
    }
    return x;
}

double regularized_gamma_p(double a, double x) {
    require(a > 0.0, "regularized_gamma_p: a = " + number(a) + " must be > 0");
    require(x >= 0.0, "regularized_gamma_p: x = " + number(x) + " must be >= 0");
    if (x == 0.0) return 0.0;
    if (std::isinf(x)) return 1.0;
    return x < a + 1.0 ? gamma_p_series(a, x) : 1.0 - gamma_q_continued_fraction(a, x);
}

double regularized_gamma_q(double a, double x) {
    require(a > 0.0, "regularized_gamma_q: a = " + number(a) + " must be > 0");
    require(x >= 0.0, "regularized_gamma_q: x = " + number(x) + " must be >= 0");
    if (x == 0.0) return 1.0;
    if (std::isinf(x)) return 0.0;
    return x < a + 1.0 ? 1.0 - gamma_p_series(a, x) : gamma_q_continued_fraction(a, x);
}

double regularized_beta(double a, double b, double x) {
    require(a > 0.0 && b > 0.0, "regularized_beta: a = " + number(a) + " and b = " + number(b) + " must be > 0");
    require(x >= 0.0 && x <= 1.0, "regularized_beta: x = " + number(x) + " must lie in [0, 1]");
    if (x == 0.0 || x == 1.0) return x;
    // The prefactor x^a (1−x)^b / (a B(a, b)), in log-space.
    const double log_front = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    // The continued fraction converges fast for x < (a+1)/(a+b+2); otherwise use I_x(a,b) = 1 − I_{1−x}(b,a).
    if (x < (a + 1.0) / (a + b + 2.0)) return std::exp(log_front) * beta_continued_fraction(a, b, x) / a;
    return 1.0 - std::exp(log_front) * beta_continued_fraction(b, a, 1.0 - x) / b;
}

double inverse_regularized_gamma_p(double a, double p) {
    require(a > 0.0, "inverse_regularized_gamma_p: a = " + number(a) + " must be > 0");
    require(p >= 0.0 && p <= 1.0, "inverse_regularized_gamma_p: p = " + number(p) + " must lie in [0, 1]");
    if (p == 0.0) return 0.0;
    if (p == 1.0) return std::numeric_limits<double>::infinity();
    double hi = std::max(1.0, a);
    while (regularized_gamma_p(a, hi) < p) hi *= 2.0;  // bracket the root
    auto density = [a](double x) { return std::exp((a - 1) * std::log(x) - x - std::lgamma(a)); };
    return safeguarded_newton([a](double x) { return regularized_gamma_p(a, x); }, density, p, 0.0, hi, 0.5 * hi);
}

double inverse_regularized_beta(double a, double b, double p) {
    require(a > 0.0 && b > 0.0, "inverse_regularized_beta: a and b must be > 0");
    require(p >= 0.0 && p <= 1.0, "inverse_regularized_beta: p = " + number(p) + " must lie in [0, 1]");
    if (p == 0.0 || p == 1.0) return p;
    auto density = [a, b](double x) {
        return std::exp((a - 1) * std::log(x) + (b - 1) * std::log1p(-x) + std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b));
    };
    return safeguarded_newton([a, b](double x) { return regularized_beta(a, b, x); }, density, p, 0.0, 1.0, a / (a + b));
}

namespace {
void require_positive_argument(const char* name, double x) {
    if (!(x > 0.0) || !std::isfinite(x)) {
        std::ostringstream msg;
        msg << name << ": x = " << x << " must be positive and finite (poles at 0, −1, −2, …)";
        throw DomainError(msg.str());
    }
}
}  // namespace

double digamma(double x) {
    require_positive_argument("digamma", x);
    double shift = 0.0;  // Σ 1/x over the recurrence steps
    for (; x < 15.0; x += 1.0) shift += 1.0 / x;
    const double r = 1.0 / (x * x);
    const double series = r * (1.0 / 12 - r * (1.0 / 120 - r * (1.0 / 252 - r * (1.0 / 240 - r / 132))));
    return std::log(x) - 0.5 / x - series - shift;
}

double trigamma(double x) {
    require_positive_argument("trigamma", x);
    double shift = 0.0;  // Σ 1/x² over the recurrence steps
    for (; x < 15.0; x += 1.0) shift += 1.0 / (x * x);
    const double r = 1.0 / (x * x);
    const double series = (1.0 / 6 - r * (1.0 / 30 - r * (1.0 / 42 - r * (1.0 / 30 - r * 5.0 / 66)))) / (x * x * x);
    return 1.0 / x + 0.5 * r + series + shift;
}

}  // namespace mml
