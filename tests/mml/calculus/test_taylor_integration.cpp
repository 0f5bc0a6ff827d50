// Tests for finite differences, Richardson limits, Taylor series and quadrature.
#include "testing.hpp"

#include "mml/calculus.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <vector>

using namespace mml;
using mml::testing::near;

// The V shape: the central-difference error for f = exp at 1 first falls like h² (truncation),
// then rises like ε/h (rounding). The best h is near ε^(1/3) ≈ 6e-6.
TEST_CASE("central difference: the error versus h is V-shaped with its minimum near eps^(1/3)") {
    auto f = [](double x) { return std::exp(x); };
    const double exact = std::exp(1.0);
    double best_h = 0.0, best_error = 1e300;
    std::vector<double> errors;
    for (int k = 1; k <= 12; ++k) {
        const double h = std::pow(10.0, -k);
        const double error = std::abs(central_difference(f, 1.0, h) - exact);
        errors.push_back(error);
        if (error < best_error) {
            best_error = error;
            best_h = h;
        }
    }
    CHECK(best_h >= 1e-7);
    CHECK(best_h <= 1e-4);
    CHECK(best_error < 1e-9);
    CHECK(errors.front() > best_error * 1e3);  // h = 0.1: truncation dominates
    CHECK(errors.back() > best_error * 1e2);   // h = 1e-12: rounding dominates
    // Forward differences are first order: halving h halves the error (for h where truncation dominates).
    const double e1 = std::abs(forward_difference(f, 1.0, 1e-2) - exact), e2 = std::abs(forward_difference(f, 1.0, 5e-3) - exact);
    CHECK(e1 / e2 == doctest::Approx(2.0).epsilon(0.01));
    CHECK(std::abs(backward_difference(f, 1.0, 1e-5) - exact) < 1e-4);
}

TEST_CASE("richardson_limit: sin(h)/h → 1 and the derivative of exp from coarse steps") {
    CHECK(richardson_limit([](double h) { return std::sin(h) / h; }, 0.5, 6, 2) == doctest::Approx(1.0).epsilon(1e-13));
    auto central = [](double h) { return (std::exp(1.0 + h) - std::exp(1.0 - h)) / (2 * h); };
    CHECK(richardson_limit(central, 0.1, 5, 2) == doctest::Approx(std::exp(1.0)).epsilon(1e-12));
    auto forward = [](double h) { return (std::exp(1.0 + h) - std::exp(1.0)) / h; };
    CHECK(richardson_limit(forward, 0.1, 6, 1) == doctest::Approx(std::exp(1.0)).epsilon(1e-9));
}

// MML Example 5.3: x⁴ at x₀ = 1 has coefficients 1, 4, 6, 4, 1 (exact from order 4 on).
TEST_CASE("taylor_coefficients: MML Example 5.3 and known series") {
    const Vector c = taylor_coefficients([](const auto& x) { return x * x * x * x; }, 1.0, 6);
    CHECK(c == near(Vector{1, 4, 6, 4, 1, 0, 0}, 1e-15));
    CHECK(taylor_polynomial(c, 1.0, 2.5) == doctest::Approx(std::pow(2.5, 4)).epsilon(1e-14));
    // exp at 0: 1/k!; sin at 0: 0, 1, 0, −1/6, 0, 1/120; log(1 + t) at 0: 0, 1, −1/2, 1/3, −1/4.
    const Vector e = taylor_coefficients([](const auto& x) { return exp(x); }, 0.0, 5);
    CHECK(e == near(Vector{1, 1, 0.5, 1.0 / 6, 1.0 / 24, 1.0 / 120}, 1e-15));
    const Vector s = taylor_coefficients([](const auto& x) { return sin(x); }, 0.0, 5);
    CHECK(s == near(Vector{0, 1, 0, -1.0 / 6, 0, 1.0 / 120}, 1e-15));
    const Vector l = taylor_coefficients([](const auto& x) { return log(1.0 + x); }, 0.0, 4);
    CHECK(l == near(Vector{0, 1, -0.5, 1.0 / 3, -0.25}, 1e-15));
    const Vector q = taylor_coefficients([](const auto& x) { return sqrt(x) / (1.0 + x) + cos(x) * pow(x, 1.5); }, 0.7, 3);
    CHECK(q[1] == doctest::Approx(derivative([](const auto& x) { return sqrt(x) / (1.0 + x) + cos(x) * pow(x, 1.5); }, 0.7))
                       .epsilon(1e-13));
}

// The error of the degree-n Taylor polynomial shrinks like |x − x₀|^(n+1): halving the distance
// divides it by about 2^(n+1).
TEST_CASE("Taylor polynomial: the error shrinks like |x - x0|^(n+1)") {
    for (std::size_t n : {1u, 2u, 3u, 4u}) {
        const Vector c = taylor_coefficients([](const auto& x) { return exp(x); }, 0.0, n);
        const double e1 = std::abs(taylor_polynomial(c, 0.0, 0.1) - std::exp(0.1));
        const double e2 = std::abs(taylor_polynomial(c, 0.0, 0.05) - std::exp(0.05));
        CHECK(e1 / e2 == doctest::Approx(std::pow(2.0, static_cast<double>(n + 1))).epsilon(0.1));
    }
}

// The second-order expansion f(x₀ + δ) ≈ f(x₀) + ∇fᵀδ + ½δᵀHδ has error O(‖δ‖³).
TEST_CASE("multivariate Taylor: second-order expansion from gradient and Hessian") {
    auto f = [](const auto& x) { return exp(x[0]) * sin(x[1]) + x[0] * x[1] * x[1]; };
    const Vector x0{0.2, 0.4};
    const Vector g = gradient(f, x0);
    const Matrix H = hessian(f, x0);
    double previous = 0.0;
    for (double t : {1e-1, 5e-2}) {
        const Vector d{t, -t};
        const double quadratic = f(x0) + (g[0] * d[0] + g[1] * d[1]) + 0.5 * (d[0] * (H * d)[0] + d[1] * (H * d)[1]);
        const double error = std::abs(f(x0 + d) - quadratic);
        if (previous > 0) CHECK(previous / error == doctest::Approx(8.0).epsilon(0.15));
        previous = error;
    }
}

TEST_CASE("quadrature: the course's integrals") {
    auto inv = [](double x) { return 1.0 / x; };
    auto xsin = [](double x) { return x * std::sin(x * x); };
    const double ln2 = std::log(2.0), root_pi = std::sqrt(std::acos(-1.0));
    CHECK(integrate_simpson(inv, 1, 2, 200) == doctest::Approx(ln2).epsilon(1e-10));
    CHECK(integrate_trapezoid(inv, 1, 2, 2000) == doctest::Approx(ln2).epsilon(1e-7));
    CHECK(integrate_gauss_legendre(inv, 1, 2, 20) == doctest::Approx(ln2).epsilon(1e-15));
    CHECK(integrate_adaptive(inv, 1, 2, 1e-12) == doctest::Approx(ln2).epsilon(1e-11));
    CHECK(integrate_adaptive(xsin, 0, root_pi, 1e-12) == doctest::Approx(1.0).epsilon(1e-11));
    CHECK(integrate_gauss_legendre(xsin, 0, root_pi, 30) == doctest::Approx(1.0).epsilon(1e-14));
    CHECK(riemann_midpoint(inv, 1, 2, 1000) == doctest::Approx(ln2).epsilon(1e-7));
    // a > b: the sign convention ∫ₐᵇ = −∫ᵦᵃ.
    CHECK(integrate_simpson(inv, 2, 1, 200) == doctest::Approx(-ln2).epsilon(1e-10));
    CHECK(integrate_gauss_legendre(inv, 2, 1, 20) == doctest::Approx(-ln2).epsilon(1e-15));
    // ∫₀^∞ e⁻ˣ dx = 1 and ∫₀^∞ e^{−x²} dx = √π/2 by the change of variable.
    CHECK(integrate_to_infinity([](double x) { return std::exp(-x); }, 0.0, 1e-11) == doctest::Approx(1.0).epsilon(1e-9));
    CHECK(integrate_to_infinity([](double x) { return std::exp(-x * x); }, 0.0, 1e-11) ==
          doctest::Approx(root_pi / 2).epsilon(1e-9));
}

// Gauss–Legendre with n nodes is exact for polynomials up to degree 2n − 1 and not beyond;
// with 8 nodes smooth functions on [0, 1] are integrated to 1e-14.
TEST_CASE("Gauss-Legendre: exact to degree 2n - 1, weights sum to 2, 8 nodes give 1e-14") {
    for (std::size_t n : {1u, 2u, 3u, 5u, 10u, 20u, 64u}) {
        const auto rule = gauss_legendre_rule(n);
        double sum = 0.0;
        for (double w : rule.weights) sum += w;
        CHECK(sum == doctest::Approx(2.0).epsilon(1e-14));
        const double degree = static_cast<double>(2 * n - 1);
        auto monomial = [degree](double x) { return std::pow(x, degree) + std::pow(x, degree - 1.0); };
        const double exact = 1.0 / (degree + 1.0) + 1.0 / degree;  // ∫₀¹ x^d + x^(d−1)
        CHECK(integrate_gauss_legendre(monomial, 0, 1, n) == doctest::Approx(exact).epsilon(1e-13));
    }
    CHECK(integrate_gauss_legendre([](double x) { return std::exp(x); }, 0, 1, 8) ==
          doctest::Approx(std::exp(1.0) - 1.0).epsilon(1e-14));
    CHECK(integrate_gauss_legendre([](double x) { return std::cos(x); }, 0, 1, 8) ==
          doctest::Approx(std::sin(1.0)).epsilon(1e-14));
    // Degree 2n is not exact for n = 2: ∫₀¹ x⁴ = 0.2.
    CHECK(std::abs(integrate_gauss_legendre([](double x) { return std::pow(x, 4); }, 0, 1, 2) - 0.2) > 1e-4);
}

// Order of convergence: doubling n divides the error by 2^p for a rule of order p.
TEST_CASE("quadrature: measured orders of convergence (Riemann 1, midpoint and trapezoid 2, Simpson 4)") {
    auto f = [](double x) { return std::exp(x); };
    const double exact = std::exp(1.0) - 1.0;
    auto ratio = [&](auto rule, std::size_t n) {
        return std::abs(rule(f, 0.0, 1.0, n) - exact) / std::abs(rule(f, 0.0, 1.0, 2 * n) - exact);
    };
    CHECK(ratio(riemann_left, 64) == doctest::Approx(2.0).epsilon(0.02));
    CHECK(ratio(riemann_right, 64) == doctest::Approx(2.0).epsilon(0.02));
    CHECK(ratio(riemann_midpoint, 64) == doctest::Approx(4.0).epsilon(0.01));
    CHECK(ratio(integrate_trapezoid, 64) == doctest::Approx(4.0).epsilon(0.01));
    CHECK(ratio(integrate_simpson, 16) == doctest::Approx(16.0).epsilon(0.01));
}

// The Fundamental Theorem of Calculus: d/dx ∫ₐˣ f = f(x), and ∫ₐᵇ F′ = F(b) − F(a).
TEST_CASE("Fundamental Theorem of Calculus") {
    auto f = [](double t) { return std::cos(t) * std::exp(-t / 3); };
    auto area = [&](double x) { return integrate_gauss_legendre(f, 0.0, x, 30); };
    for (double x : {0.5, 1.0, 2.0}) CHECK(central_difference(area, x, 1e-4) == doctest::Approx(f(x)).epsilon(1e-8));
    auto F = [](double x) { return std::sin(x) * x * x; };
    auto dF = [&](double x) { return derivative([](const auto& t) { return sin(t) * t * t; }, x); };
    CHECK(integrate_gauss_legendre(dF, 0.3, 2.1, 30) == doctest::Approx(F(2.1) - F(0.3)).epsilon(1e-13));
}

TEST_CASE("quadrature: bad input throws typed errors") {
    auto f = [](double x) { return x; };
    CHECK_THROWS_AS(integrate_trapezoid(f, 0, 1, 0), DomainError);
    CHECK_THROWS_AS(integrate_simpson(f, 0, 1, 3), DomainError);
    CHECK_THROWS_AS(integrate_gauss_legendre(f, 0, 1, 0), DomainError);
    CHECK_THROWS_AS(integrate_gauss_legendre(f, 0, 1, 65), DomainError);
    CHECK_THROWS_AS(integrate_trapezoid(f, 0, INFINITY, 10), DomainError);
    CHECK_THROWS_AS(integrate_adaptive([](double x) { return 1.0 / x; }, 0.0, 1.0), DomainError);  // f(0) = inf
    CHECK_THROWS_AS(integrate_adaptive([](double x) { return x < 0.5 ? 0.0 : 1.0 / std::sqrt(x - 0.5 + 1e-300); }, 0.0, 1.0, 1e-14), NotConvergedError);
    CHECK_THROWS_AS(central_difference(f, 0.0, 0.0), DomainError);
}
