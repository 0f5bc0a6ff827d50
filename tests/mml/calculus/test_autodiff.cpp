// Tests for forward mode (Dual, derivative, gradient, jacobian, hessian) and reverse mode (Var).
#include "testing.hpp"

#include "mml/calculus.hpp"
#include "mml/linalg.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <vector>

using namespace mml;
using mml::testing::near;

// Each derivative rule against its closed form at a few points; relative 1e-13 (the rules are exact,
// so only the rounding of evaluating the closed form differs: a few ε).
TEST_CASE("Dual: every elementary rule matches its closed-form derivative") {
    for (double x : {0.3, 0.7, 1.1, 2.5}) {
        CHECK(derivative([](const auto& t) { return exp(t); }, x) == doctest::Approx(std::exp(x)).epsilon(1e-13));
        CHECK(derivative([](const auto& t) { return log(t); }, x) == doctest::Approx(1.0 / x).epsilon(1e-13));
        CHECK(derivative([](const auto& t) { return sqrt(t); }, x) == doctest::Approx(0.5 / std::sqrt(x)).epsilon(1e-13));
        CHECK(derivative([](const auto& t) { return pow(t, 3.5); }, x) ==
              doctest::Approx(3.5 * std::pow(x, 2.5)).epsilon(1e-13));
        CHECK(derivative([](const auto& t) { return sin(t); }, x) == doctest::Approx(std::cos(x)).epsilon(1e-13));
        CHECK(derivative([](const auto& t) { return cos(t); }, x) == doctest::Approx(-std::sin(x)).epsilon(1e-13));
        CHECK(derivative([](const auto& t) { return tan(t); }, x) ==
              doctest::Approx(1.0 / (std::cos(x) * std::cos(x))).epsilon(1e-13));
        CHECK(derivative([](const auto& t) { return atan(t); }, x) == doctest::Approx(1.0 / (1.0 + x * x)).epsilon(1e-13));
        CHECK(derivative([](const auto& t) { return tanh(t); }, x) ==
              doctest::Approx(1.0 - std::tanh(x) * std::tanh(x)).epsilon(1e-13));
        const double s = 1.0 / (1.0 + std::exp(-x));
        CHECK(derivative([](const auto& t) { return sigmoid(t); }, x) == doctest::Approx(s * (1 - s)).epsilon(1e-13));
        CHECK(derivative([](const auto& t) { return abs(-3.0 * t); }, x) == doctest::Approx(3.0));
        CHECK(derivative([](const auto& t) { return 1.0 / t; }, x) == doctest::Approx(-1.0 / (x * x)).epsilon(1e-13));
        CHECK(derivative([](const auto& t) { return t * sin(t) / (1.0 + t * t); }, x) ==
              doctest::Approx((std::sin(x) + x * std::cos(x)) / (1 + x * x) - 2 * x * x * std::sin(x) / ((1 + x * x) * (1 + x * x)))
                  .epsilon(1e-13));
    }
}

// MML Example 5.15: f(x, y) = x² + 2xy + y³ at (1, 2): f = 13, ∇f = [6, 14], H = [[2, 2], [2, 12]] (exact).
TEST_CASE("gradient and hessian: MML Example 5.15") {
    auto f = [](const auto& x) { return x[0] * x[0] + 2.0 * x[0] * x[1] + x[1] * x[1] * x[1]; };
    const Vector p{1, 2};
    CHECK(f(p) == 13.0);
    CHECK(gradient(f, p) == Vector{6, 14});
    CHECK(hessian(f, p) == Matrix{{2, 2}, {2, 12}});
    CHECK(grad_reverse(f, p) == Vector{6, 14});
}

// MML Example 5.6: ∂/∂y (x + 2y³)² = 12(x + 2y³)y².
TEST_CASE("gradient: MML Example 5.6, the chain rule") {
    auto f = [](const auto& v) { return pow(v[0] + 2.0 * v[1] * v[1] * v[1], 2.0); };
    for (double x : {-1.0, 0.5, 2.0})
        for (double y : {-0.5, 1.0, 1.5}) {
            const Vector p{x, y};
            const double expected = 12.0 * (x + 2 * y * y * y) * y * y;
            CHECK(gradient(f, p)[1] == doctest::Approx(expected).epsilon(1e-13));
            CHECK(grad_reverse(f, p)[1] == doctest::Approx(expected).epsilon(1e-13));
        }
}

namespace {
// The three gradient-check functions of the course (known-values.md), B = [[3, −1], [−1, 3]].
template <class X>
auto quad(const X& x, double b00, double b01, double b11, double c0, double c1) {  // (x−c)ᵀB(x−c)
    auto d0 = x[0] - c0;
    auto d1 = x[1] - c1;
    return b00 * d0 * d0 + 2.0 * b01 * d0 * d1 + b11 * d1 * d1;
}
auto f1 = [](const auto& x) { return quad(x, 3, -1, 3, 0, 0) + x[0] * x[0] + x[1] * x[1] - x[0] + (-x[1]); };
auto f2 = [](const auto& x) { return sin(quad(x, 1, 0, 1, 1, 0)) + quad(x, 3, -1, 3, 0, -1); };
auto f3 = [](const auto& x) {
    // log det(0.01 I + x xᵀ) = log((0.01 + x₀²)(0.01 + x₁²) − x₀²x₁²) for 2x2
    auto det = (0.01 + x[0] * x[0]) * (0.01 + x[1] * x[1]) - x[0] * x[0] * x[1] * x[1];
    return 1.0 - exp(-quad(x, 1, 0, 1, 1, 0)) - exp(-quad(x, 3, -1, 3, 0, -1)) + 0.1 * log(det);
};
}  // namespace

// Forward mode, reverse mode and central differences agree. FD accuracy with h = 1e-6 is ~1e-9.
TEST_CASE("gradient checks: forward = reverse = finite differences on the course's three functions") {
    Rng rng(301);
    for (int trial = 0; trial < 20; ++trial) {
        const Vector x = testing::random_vector(rng, 2);
        for (int which = 0; which < 3; ++which) {
            Vector forward, reverse, fd;
            if (which == 0) { forward = gradient(f1, x); reverse = grad_reverse(f1, x); fd = gradient_central_difference(f1, x); }
            if (which == 1) { forward = gradient(f2, x); reverse = grad_reverse(f2, x); fd = gradient_central_difference(f2, x); }
            if (which == 2) { forward = gradient(f3, x); reverse = grad_reverse(f3, x); fd = gradient_central_difference(f3, x); }
            INFO("function f" << which + 1 << " at " << x);
            CHECK(forward == near(reverse, 1e-13));
            CHECK(forward == near(fd, 1e-7));
        }
    }
    // f₁ has the closed form ∇f₁ = (B + Bᵀ)x + 2x − a + b.
    const Vector x{0.3, -0.7};
    CHECK(gradient(f1, x) == near(Vector{2 * (3 * 0.3 - (-0.7)) + 0.6 - 1, 2 * (-0.3 + 3 * -0.7) - 1.4 - 1}, 1e-14));
}

TEST_CASE("jacobian and directional derivative") {
    auto F = [](const auto& x) {
        using T = std::decay_t<decltype(x[0])>;
        return std::vector<T>{x[0] * x[1], sin(x[0]) + x[1] * x[1], exp(x[1])};
    };
    const Vector p{0.5, -1.0};
    const Matrix J = jacobian(F, p);
    const Matrix expected{{-1.0, 0.5}, {std::cos(0.5), -2.0}, {0.0, std::exp(-1.0)}};
    CHECK(J == near(expected, 1e-15));
    auto f = [](const auto& x) { return x[0] * x[0] * x[1]; };
    const Vector v{1, 2};
    CHECK(directional_derivative(f, p, v) == doctest::Approx(gradient(f, p)[0] * 1 + gradient(f, p)[1] * 2));
}

// Hessians from nested duals against finite differences of the (exact) gradient, and symmetry.
TEST_CASE("hessian: symmetric, and equals the Jacobian of the gradient") {
    Rng rng(302);
    auto f = [](const auto& x) { return exp(x[0] * x[1]) + sin(x[2]) * x[0] * x[0] + log(1.0 + x[1] * x[1]); };
    for (int trial = 0; trial < 10; ++trial) {
        const Vector x = testing::random_vector(rng, 3);
        const Matrix H = hessian(f, x);
        CHECK(H == near(transpose(H), 0.0));
        for (std::size_t j = 0; j < 3; ++j) {
            Vector xp = x, xm = x;
            xp[j] += 1e-6;
            xm[j] -= 1e-6;
            const Vector column = (gradient(f, xp) - gradient(f, xm)) / 2e-6;
            CHECK(H.col(j) == near(column, 1e-7));
        }
    }
}

// Backpropagation through a two-layer network y = w₂ᵀ tanh(W₁x + b₁) + b₂ with squared loss: the
// gradient with respect to all 17 parameters, by reverse mode, forward mode and finite differences.
TEST_CASE("reverse mode: a two-layer neural network's gradient equals forward mode and finite differences") {
    Rng rng(303);
    const Vector input{0.5, -1.2};
    const double target = 0.3;
    auto loss = [&](const auto& theta) {  // theta: W₁ (4x2, row-major), b₁ (4), w₂ (4), b₂ (1)
        auto out = theta[16];
        for (std::size_t h = 0; h < 4; ++h) {
            auto z = theta[8 + h] + theta[2 * h] * input[0] + theta[2 * h + 1] * input[1];
            out = out + theta[12 + h] * tanh(z);
        }
        auto r = out - target;
        return 0.5 * r * r;
    };
    const Vector theta = testing::random_vector(rng, 17);
    const Vector g_reverse = grad_reverse(loss, theta);
    CHECK(g_reverse == near(gradient(loss, theta), 1e-14));
    CHECK(g_reverse == near(gradient_central_difference(loss, theta), 1e-8));
    CHECK(tape_size() == 0);  // grad_reverse leaves the tape empty
}

// Hundreds of nested operations: forward and reverse agree to 1e-13 relative.
TEST_CASE("deep compositions: forward and reverse agree over 600 nested operations") {
    auto deep = [](const auto& x) {
        auto y = x[0];
        for (int k = 0; k < 200; ++k) y = sin(y) + 0.5 * y * x[1] / (1.0 + y * y);
        return y;
    };
    const Vector x{0.7, 0.9};
    CHECK(grad_reverse(deep, x) == near(gradient(deep, x), 1e-13));
}

TEST_CASE("Var: manual use of the tape") {
    clear_tape();
    Var x(2.0), y(3.0);
    Var z = x * y + sin(x);
    z.backward();
    CHECK(z.value() == doctest::Approx(6.0 + std::sin(2.0)));
    CHECK(x.adjoint() == doctest::Approx(3.0 + std::cos(2.0)));
    CHECK(y.adjoint() == doctest::Approx(2.0));
    clear_tape();
    CHECK(tape_size() == 0);
}

TEST_CASE("autodiff: log and sqrt of invalid values throw DomainError") {
    CHECK_THROWS_AS(derivative([](const auto& t) { return log(t); }, -1.0), DomainError);
    CHECK_THROWS_AS(derivative([](const auto& t) { return sqrt(t); }, -1.0), DomainError);
    const Vector bad{-1.0};
    CHECK_THROWS_AS(grad_reverse([](const auto& x) { return log(x[0]); }, bad), DomainError);
    clear_tape();
    const Vector nan{std::nan("")};
    CHECK_THROWS_AS(gradient([](const auto& x) { return x[0]; }, nan), DomainError);
    CHECK_THROWS_AS(derivative([](const auto& t) { return t; }, INFINITY), DomainError);
}
