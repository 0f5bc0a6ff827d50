#include "testing.hpp"
#include "unit4.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("4.07 Lagrange: x1 x2 on the line x1 + x2 = 1") {
    const Vector z = exercises::maximise_product_on_line(1.0);
    CHECK(z == near(Vector{0.5, 0.5, 0.5}, 1e-15));
}

// For any c the answer is (c/2, c/2) with λ = c/2, and it agrees with mml::solve_equality_qp and lagrange_solve.
TEST_CASE("4.07 Lagrange: agrees with the library's KKT and Lagrange-Newton solvers") {
    for (double c : {-3.0, 0.4, 2.0, 10.0}) {
        const Vector z = exercises::maximise_product_on_line(c);
        CHECK(z == near(Vector{c / 2, c / 2, c / 2}, 1e-14));
        const Matrix Q{{0, -1}, {-1, 0}}, A{{1, 1}};
        const Vector zero{0, 0}, b{c};
        const auto kkt = solve_equality_qp(Q, zero, A, b);
        CHECK(kkt.x[0] == doctest::Approx(z[0]));
        CHECK(kkt.lambda[0] == doctest::Approx(z[2]));
    }
}
