// mml/calculus/dual.hpp — forward-mode automatic differentiation with dual numbers.   (MML §5.2, §5.6)
//
// A dual number a + b·ε has ε² = 0. Put x + 1·ε into a function and the ε-part of the result is
// the derivative — exactly, not by a finite difference:
//
//     f(x + ε) = f(x) + f′(x)·ε        (Taylor's theorem; every ε² and higher term vanishes)
//
// So a Dual carries a value and a derivative, and every operation below is the lecture's rule
// for derivatives written as arithmetic on pairs: (u, u′)·(v, v′) = (uv, u′v + uv′) is the
// product rule, sin(u, u′) = (sin u, cos u · u′) is the chain rule. Composing operations
// composes the rules, which is the chain rule for the whole program.
//
// Dual<T> is generic over its scalar T so that duals can be nested: Dual<Dual<double>> carries
// second derivatives, which is how hessian() works (calculus/autodiff.hpp).
//
//     Dual<> x(3.0, 1.0);          // x = 3, dx/dx = 1
//     Dual<> y = x * sin(x);       // y.value = 3 sin 3, y.derivative = sin 3 + 3 cos 3
#pragma once

#include "mml/core/error.hpp"

#include <cmath>
#include <ostream>
#include <sstream>

namespace mml {

template <class T = double>
struct Dual {
    T value{};       // u
    T derivative{};  // u′ (the ε-part)

    Dual() = default;
    Dual(double v) : value(v), derivative(0.0) {}  // a constant: derivative 0 (implicit, so 2.0 * x works)
    Dual(T v, T d) : value(v), derivative(d) {}

    Dual& operator+=(const Dual& b) { return *this = *this + b; }
    Dual& operator-=(const Dual& b) { return *this = *this - b; }
    Dual& operator*=(const Dual& b) { return *this = *this * b; }
    Dual& operator/=(const Dual& b) { return *this = *this / b; }
};

// The scalar inside a Dual, for any depth of nesting: value_of(Dual<Dual<double>>) is a double.
inline double value_of(double x) { return x; }
template <class T>
double value_of(const Dual<T>& x) {
    return value_of(x.value);
}

// ---- arithmetic: one line per rule -------------------------------------------------------------
template <class T> Dual<T> operator+(const Dual<T>& u, const Dual<T>& v) { return {u.value + v.value, u.derivative + v.derivative}; }  // (u + v)′ = u′ + v′
template <class T> Dual<T> operator-(const Dual<T>& u, const Dual<T>& v) { return {u.value - v.value, u.derivative - v.derivative}; }  // (u − v)′ = u′ − v′
template <class T> Dual<T> operator-(const Dual<T>& u) { return {-u.value, -u.derivative}; }
template <class T> Dual<T> operator*(const Dual<T>& u, const Dual<T>& v) {  // product rule (uv)′ = u′v + uv′
    return {u.value * v.value, u.derivative * v.value + u.value * v.derivative};
}
template <class T> Dual<T> operator/(const Dual<T>& u, const Dual<T>& v) {  // quotient rule (u/v)′ = (u′v − uv′)/v²
    return {u.value / v.value, (u.derivative * v.value - u.value * v.derivative) / (v.value * v.value)};
}
// With a plain number c (a constant, c′ = 0).
template <class T> Dual<T> operator+(const Dual<T>& u, double c) { return {u.value + c, u.derivative}; }
template <class T> Dual<T> operator+(double c, const Dual<T>& u) { return {c + u.value, u.derivative}; }
template <class T> Dual<T> operator-(const Dual<T>& u, double c) { return {u.value - c, u.derivative}; }
template <class T> Dual<T> operator-(double c, const Dual<T>& u) { return {c - u.value, -u.derivative}; }
template <class T> Dual<T> operator*(const Dual<T>& u, double c) { return {u.value * c, u.derivative * c}; }
template <class T> Dual<T> operator*(double c, const Dual<T>& u) { return {c * u.value, c * u.derivative}; }
template <class T> Dual<T> operator/(const Dual<T>& u, double c) { return {u.value / c, u.derivative / c}; }
template <class T> Dual<T> operator/(double c, const Dual<T>& v) {  // (c/v)′ = −c v′/v²
    return {c / v.value, -c * v.derivative / (v.value * v.value)};
}

// Comparisons look at the value only (so `if (x < 0)` branches as it would for a double).
template <class T> bool operator<(const Dual<T>& u, const Dual<T>& v) { return u.value < v.value; }
template <class T> bool operator>(const Dual<T>& u, const Dual<T>& v) { return u.value > v.value; }
template <class T> bool operator<=(const Dual<T>& u, const Dual<T>& v) { return u.value <= v.value; }
template <class T> bool operator>=(const Dual<T>& u, const Dual<T>& v) { return u.value >= v.value; }
template <class T> bool operator==(const Dual<T>& u, const Dual<T>& v) { return u.value == v.value; }
template <class T> bool operator<(const Dual<T>& u, double c) { return u.value < c; }
template <class T> bool operator>(const Dual<T>& u, double c) { return u.value > c; }
template <class T> bool operator<=(const Dual<T>& u, double c) { return u.value <= c; }
template <class T> bool operator>=(const Dual<T>& u, double c) { return u.value >= c; }
template <class T> bool operator<(double c, const Dual<T>& u) { return c < u.value; }
template <class T> bool operator>(double c, const Dual<T>& u) { return c > u.value; }

// ---- elementary functions: the chain rule, f(u)′ = f′(u)·u′ ---------------------------------------
using std::atan;
using std::cos;
using std::exp;
using std::log;
using std::sin;
using std::sqrt;
using std::tan;
using std::tanh;

template <class T> Dual<T> exp(const Dual<T>& u) {  // (eᵘ)′ = eᵘ u′
    const T e = exp(u.value);
    return {e, e * u.derivative};
}
template <class T> Dual<T> log(const Dual<T>& u) {  // (ln u)′ = u′/u, only for u > 0
    if (!(value_of(u) > 0.0)) {
        std::ostringstream msg;
        msg << "log(Dual): the argument's value is " << value_of(u) << " — log is defined only for values > 0";
        throw DomainError(msg.str());
    }
    return {log(u.value), u.derivative / u.value};
}
template <class T> Dual<T> sqrt(const Dual<T>& u) {  // (√u)′ = u′/(2√u), only for u ≥ 0
    if (value_of(u) < 0.0) {
        std::ostringstream msg;
        msg << "sqrt(Dual): the argument's value is " << value_of(u) << " — sqrt needs a value >= 0";
        throw DomainError(msg.str());
    }
    const T r = sqrt(u.value);
    return {r, u.derivative / (2.0 * r)};
}
template <class T> Dual<T> pow(const Dual<T>& u, double p) {  // (uᵖ)′ = p uᵖ⁻¹ u′
    using std::pow;
    return {pow(u.value, p), p * pow(u.value, p - 1.0) * u.derivative};
}
template <class T> Dual<T> pow(const Dual<T>& u, const Dual<T>& v) {  // uᵛ = e^{v ln u}
    return exp(v * log(u));
}
template <class T> Dual<T> sin(const Dual<T>& u) { return {sin(u.value), cos(u.value) * u.derivative}; }   // (sin u)′ = cos u · u′
template <class T> Dual<T> cos(const Dual<T>& u) { return {cos(u.value), -sin(u.value) * u.derivative}; }  // (cos u)′ = −sin u · u′
template <class T> Dual<T> tan(const Dual<T>& u) {  // (tan u)′ = (1 + tan² u) u′
    const T t = tan(u.value);
    return {t, (1.0 + t * t) * u.derivative};
}
template <class T> Dual<T> atan(const Dual<T>& u) { return {atan(u.value), u.derivative / (1.0 + u.value * u.value)}; }  // (atan u)′ = u′/(1 + u²)
template <class T> Dual<T> tanh(const Dual<T>& u) {  // (tanh u)′ = (1 − tanh² u) u′
    const T t = tanh(u.value);
    return {t, (1.0 - t * t) * u.derivative};
}
template <class T> Dual<T> abs(const Dual<T>& u) {  // |u|′ = sign(u) u′ (we take sign(0) = +1)
    return value_of(u) < 0.0 ? -u : u;
}

// The logistic sigmoid σ(u) = 1/(1 + e⁻ᵘ), with σ′ = σ(1 − σ) (used by logistic regression, unit 6).
inline double sigmoid(double u) { return u >= 0.0 ? 1.0 / (1.0 + std::exp(-u)) : std::exp(u) / (1.0 + std::exp(u)); }
template <class T> Dual<T> sigmoid(const Dual<T>& u) {
    const T s = sigmoid(u.value);
    return {s, s * (1.0 - s) * u.derivative};
}

template <class T>
std::ostream& operator<<(std::ostream& out, const Dual<T>& u) {
    return out << u.value << " + " << u.derivative << "ε";
}

}  // namespace mml
