// mml/calculus/taylor.hpp — Taylor series by truncated Taylor arithmetic.          (MML §5.8)
//
// The Taylor polynomial of degree n of f at x₀ is
//     Tₙ(x) = Σ_{k=0}^{n} f⁽ᵏ⁾(x₀)/k! · (x − x₀)ᵏ.
// Its coefficients cₖ = f⁽ᵏ⁾(x₀)/k! can be computed exactly (up to rounding) by evaluating f on
// *truncated power series*: a Taylor number is the coefficient vector [c₀, …, cₙ] of a
// polynomial in t = x − x₀, and arithmetic keeps terms up to tⁿ:
//     (a·b)ₖ = Σ_{j≤k} aⱼ b_{k−j}                (Cauchy product — the Leibniz rule)
//     exp:  e′ = e·a′  ⇒  k eₖ = Σ_{j=1}^{k} j aⱼ e_{k−j}
// and similar recurrences for the other functions (each from "differentiate the identity").
// Dual numbers are the case n = 1. Evaluate f at x₀ + t, i.e. [x₀, 1, 0, …, 0].
#pragma once

#include "mml/core/vector.hpp"

#include <cstddef>
#include <ostream>
#include <vector>

namespace mml {

class Taylor {
public:
    // The constant c (all higher coefficients 0), truncated at degree n.
    Taylor(double c, std::size_t n);
    explicit Taylor(std::vector<double> coefficients);
    // x₀ + t, the variable itself.
    static Taylor variable(double x0, std::size_t n);

    std::size_t degree() const { return c_.size() - 1; }
    double operator[](std::size_t k) const { return c_.at(k); }
    const std::vector<double>& coefficients() const { return c_; }

private:
    std::vector<double> c_;
};

Taylor operator+(const Taylor& a, const Taylor& b);
Taylor operator-(const Taylor& a, const Taylor& b);
Taylor operator-(const Taylor& a);
Taylor operator*(const Taylor& a, const Taylor& b);
Taylor operator/(const Taylor& a, const Taylor& b);
Taylor operator+(const Taylor& a, double c);
Taylor operator+(double c, const Taylor& a);
Taylor operator-(const Taylor& a, double c);
Taylor operator-(double c, const Taylor& a);
Taylor operator*(const Taylor& a, double c);
Taylor operator*(double c, const Taylor& a);
Taylor operator/(const Taylor& a, double c);
Taylor operator/(double c, const Taylor& a);
Taylor exp(const Taylor& a);
Taylor log(const Taylor& a);   // DomainError unless a₀ > 0
Taylor sqrt(const Taylor& a);  // DomainError unless a₀ > 0
Taylor pow(const Taylor& a, double p);  // a^p = exp(p log a), a₀ > 0
Taylor sin(const Taylor& a);
Taylor cos(const Taylor& a);
std::ostream& operator<<(std::ostream& out, const Taylor& a);

// The n + 1 coefficients f⁽ᵏ⁾(x₀)/k!, k = 0…n, of f at x₀ (f a generic scalar callable).
template <class F>
Vector taylor_coefficients(F f, double x0, std::size_t n) {
    const Taylor y = f(Taylor::variable(x0, n));
    return Vector(y.coefficients());
}

// Tₙ(x) = Σ cₖ (x − x₀)ᵏ by Horner's rule.
double taylor_polynomial(const Vector& coefficients, double x0, double x);

}  // namespace mml
