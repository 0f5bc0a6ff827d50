#include "mml/calculus/taylor.hpp"

#include "mml/core/error.hpp"

#include <cmath>
#include <sstream>
#include <string>

namespace mml {

Taylor::Taylor(double c, std::size_t n) : c_(n + 1, 0.0) { c_[0] = c; }
Taylor::Taylor(std::vector<double> coefficients) : c_(std::move(coefficients)) {
    if (c_.empty()) throw DimensionError("Taylor: a Taylor number needs at least the coefficient c0");
}
Taylor Taylor::variable(double x0, std::size_t n) {
    Taylor t(x0, n);
    if (n >= 1) t.c_[1] = 1.0;
    return t;
}

namespace {
std::size_t common_degree(const Taylor& a, const Taylor& b) {
    if (a.degree() != b.degree())
        throw DimensionError("Taylor arithmetic: degrees " + std::to_string(a.degree()) + " and " +
                             std::to_string(b.degree()) + " differ");
    return a.degree();
}
}  // namespace

Taylor operator+(const Taylor& a, const Taylor& b) {
    std::vector<double> c(common_degree(a, b) + 1);
    for (std::size_t k = 0; k < c.size(); ++k) c[k] = a[k] + b[k];
    return Taylor(c);
}
Taylor operator-(const Taylor& a, const Taylor& b) { return a + (-b); }
Taylor operator-(const Taylor& a) { return -1.0 * a; }
Taylor operator*(const Taylor& a, const Taylor& b) {  // Cauchy product, truncated at degree n
    std::vector<double> c(common_degree(a, b) + 1, 0.0);
    for (std::size_t k = 0; k < c.size(); ++k)
        for (std::size_t j = 0; j <= k; ++j) c[k] += a[j] * b[k - j];
    return Taylor(c);
}
Taylor operator/(const Taylor& a, const Taylor& b) {  // q = a/b  ⇔  q·b = a: qₖ = (aₖ − Σ_{j<k} qⱼ b_{k−j}) / b₀
    std::vector<double> q(common_degree(a, b) + 1, 0.0);
    if (b[0] == 0.0) throw DomainError("Taylor division: the divisor's value b0 is 0");
    for (std::size_t k = 0; k < q.size(); ++k) {
        double s = a[k];
        for (std::size_t j = 0; j < k; ++j) s -= q[j] * b[k - j];
        q[k] = s / b[0];
    }
    return Taylor(q);
}
Taylor operator+(const Taylor& a, double c) {
    std::vector<double> r = a.coefficients();
    r[0] += c;
    return Taylor(r);
}
Taylor operator+(double c, const Taylor& a) { return a + c; }
Taylor operator-(const Taylor& a, double c) { return a + (-c); }
Taylor operator-(double c, const Taylor& a) { return (-a) + c; }
Taylor operator*(const Taylor& a, double c) {
    std::vector<double> r = a.coefficients();
    for (double& x : r) x *= c;
    return Taylor(r);
}
Taylor operator*(double c, const Taylor& a) { return a * c; }
Taylor operator/(const Taylor& a, double c) { return a * (1.0 / c); }
Taylor operator/(double c, const Taylor& a) { return Taylor(c, a.degree()) / a; }

Taylor exp(const Taylor& a) {  // e′ = e a′  ⇒  k eₖ = Σ_{j=1}^{k} j aⱼ e_{k−j}
    std::vector<double> e(a.degree() + 1, 0.0);
    e[0] = std::exp(a[0]);
    for (std::size_t k = 1; k < e.size(); ++k) {
        double s = 0.0;
        for (std::size_t j = 1; j <= k; ++j) s += static_cast<double>(j) * a[j] * e[k - j];
        e[k] = s / static_cast<double>(k);
    }
    return Taylor(e);
}
Taylor log(const Taylor& a) {  // l′ = a′/a  ⇒  k lₖ a₀ = k aₖ − Σ_{j=1}^{k−1} j lⱼ a_{k−j}
    if (!(a[0] > 0.0)) {
        std::ostringstream msg;
        msg << "log(Taylor): the value a0 = " << a[0] << " must be > 0";
        throw DomainError(msg.str());
    }
    std::vector<double> l(a.degree() + 1, 0.0);
    l[0] = std::log(a[0]);
    for (std::size_t k = 1; k < l.size(); ++k) {
        double s = static_cast<double>(k) * a[k];
        for (std::size_t j = 1; j < k; ++j) s -= static_cast<double>(j) * l[j] * a[k - j];
        l[k] = s / (static_cast<double>(k) * a[0]);
    }
    return Taylor(l);
}
Taylor sqrt(const Taylor& a) {  // r² = a  ⇒  2 r₀ rₖ = aₖ − Σ_{j=1}^{k−1} rⱼ r_{k−j}
    if (!(a[0] > 0.0)) {
        std::ostringstream msg;
        msg << "sqrt(Taylor): the value a0 = " << a[0] << " must be > 0 (sqrt is not differentiable at 0)";
        throw DomainError(msg.str());
    }
    std::vector<double> r(a.degree() + 1, 0.0);
    r[0] = std::sqrt(a[0]);
    for (std::size_t k = 1; k < r.size(); ++k) {
        double s = a[k];
        for (std::size_t j = 1; j < k; ++j) s -= r[j] * r[k - j];
        r[k] = s / (2.0 * r[0]);
    }
    return Taylor(r);
}
Taylor pow(const Taylor& a, double p) { return exp(p * log(a)); }
namespace {
// sin and cos together: s′ = c a′, c′ = −s a′  ⇒  k sₖ = Σ j aⱼ c_{k−j},  k cₖ = −Σ j aⱼ s_{k−j}.
void sin_cos(const Taylor& a, std::vector<double>& s, std::vector<double>& c) {
    s.assign(a.degree() + 1, 0.0);
    c.assign(a.degree() + 1, 0.0);
    s[0] = std::sin(a[0]);
    c[0] = std::cos(a[0]);
    for (std::size_t k = 1; k < s.size(); ++k) {
        double ss = 0.0, cc = 0.0;
        for (std::size_t j = 1; j <= k; ++j) {
            ss += static_cast<double>(j) * a[j] * c[k - j];
            cc -= static_cast<double>(j) * a[j] * s[k - j];
        }
        s[k] = ss / static_cast<double>(k);
        c[k] = cc / static_cast<double>(k);
    }
}
}  // namespace
Taylor sin(const Taylor& a) {
    std::vector<double> s, c;
    sin_cos(a, s, c);
    return Taylor(s);
}
Taylor cos(const Taylor& a) {
    std::vector<double> s, c;
    sin_cos(a, s, c);
    return Taylor(c);
}

std::ostream& operator<<(std::ostream& out, const Taylor& a) {
    for (std::size_t k = 0; k <= a.degree(); ++k) out << (k ? " + " : "") << a[k] << "·t^" << k;
    return out;
}

double taylor_polynomial(const Vector& coefficients, double x0, double x) {
    double result = 0.0;  // Horner: c₀ + t(c₁ + t(c₂ + …))
    for (std::size_t k = coefficients.size(); k-- > 0;) result = result * (x - x0) + coefficients[k];
    return result;
}

}  // namespace mml
