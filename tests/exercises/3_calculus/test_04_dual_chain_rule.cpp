#include "testing.hpp"
#include "unit3.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("3.04 chain rule: known values") {
    const Dual<> zero(0.0, 1.0);
    CHECK(exercises::dual_sin(zero).value == 0.0);
    CHECK(exercises::dual_sin(zero).derivative == 1.0);
    const Dual<> z2(0.0, 2.0);
    CHECK(exercises::dual_exp(z2).value == 1.0);
    CHECK(exercises::dual_exp(z2).derivative == 2.0);
}

// Compositions: d/dx exp(sin x) = exp(sin x) cos x and d/dx sin(exp x) = cos(eˣ) eˣ, to 1e-14.
TEST_CASE("3.04 chain rule: compositions give the derivative of the composition") {
    for (double x : {-1.0, 0.3, 1.7}) {
        const Dual<> d(x, 1.0);
        const Dual<> a = exercises::dual_exp(exercises::dual_sin(d));
        CHECK(a.derivative == doctest::Approx(std::exp(std::sin(x)) * std::cos(x)).epsilon(1e-14));
        const Dual<> b = exercises::dual_sin(exercises::dual_exp(d));
        CHECK(b.derivative == doctest::Approx(std::cos(std::exp(x)) * std::exp(x)).epsilon(1e-14));
        CHECK(exercises::dual_sin(d).derivative == doctest::Approx(mml::sin(d).derivative).epsilon(1e-15));
    }
}
