#include "testing.hpp"
#include "unit3.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

#include <vector>

TEST_CASE("3.07 Taylor polynomial: MML Example 5.3 (x^4 at 1) is exact from degree 4") {
    const std::vector<double> d{1, 4, 12, 24, 24};
    for (double x : {-1.0, 0.0, 0.5, 2.0, 3.0}) CHECK(exercises::taylor_polynomial_value(d, 1.0, x) == doctest::Approx(std::pow(x, 4)).epsilon(1e-14));
    const std::vector<double> d2{1, 4, 12};  // degree 2: 1 + 4(x−1) + 6(x−1)²
    CHECK(exercises::taylor_polynomial_value(d2, 1.0, 2.0) == doctest::Approx(11.0));
}

// exp at 0: the error of the degree-n polynomial at x shrinks like x^(n+1)/(n+1)!.
TEST_CASE("3.07 Taylor polynomial: exp's series converges, with the expected error") {
    for (std::size_t n = 1; n <= 12; ++n) {
        const std::vector<double> d(n + 1, 1.0);  // every derivative of exp at 0 is 1
        const double x = 0.5;
        const double error = std::abs(exercises::taylor_polynomial_value(d, 0.0, x) - std::exp(x));
        double bound = std::exp(x);  // Lagrange remainder ≤ e^x x^(n+1)/(n+1)!
        for (std::size_t k = 1; k <= n + 1; ++k) bound *= x / static_cast<double>(k);
        CHECK(error <= bound * (1 + 1e-9) + 1e-15);
    }
    const std::vector<double> none;
    CHECK_THROWS_AS(exercises::taylor_polynomial_value(none, 0.0, 1.0), DomainError);
}
