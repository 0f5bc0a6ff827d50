#include "testing.hpp"
#include "unit3.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("3.03 dual arithmetic: known values") {
    const Dual<> x(3.0, 1.0);
    const Dual<> sq = exercises::dual_multiply(x, x);
    CHECK(sq.value == 9.0);
    CHECK(sq.derivative == 6.0);
    const Dual<> one(1.0, 0.0);
    const Dual<> inv = exercises::dual_divide(one, x);
    CHECK(inv.value == doctest::Approx(1.0 / 3.0));
    CHECK(inv.derivative == doctest::Approx(-1.0 / 9.0));
}

// The ε-parts must be the product and quotient rules: compare with mml's Dual on random pairs.
TEST_CASE("3.03 dual arithmetic: agrees with the library on random duals (seeded)") {
    Rng rng(303);
    for (int trial = 0; trial < 100; ++trial) {
        const Dual<> a(2 * rng.uniform() - 1, 2 * rng.uniform() - 1), b(1 + rng.uniform(), 2 * rng.uniform() - 1);
        const Dual<> p = exercises::dual_multiply(a, b), q = exercises::dual_divide(a, b);
        CHECK(p.value == doctest::Approx((a * b).value).epsilon(1e-15));
        CHECK(p.derivative == doctest::Approx((a * b).derivative).epsilon(1e-14));
        CHECK(q.value == doctest::Approx((a / b).value).epsilon(1e-15));
        CHECK(q.derivative == doctest::Approx((a / b).derivative).epsilon(1e-14));
    }
}

TEST_CASE("3.03 dual arithmetic: dividing by zero throws DomainError") {
    const Dual<> a(1.0, 1.0), zero(0.0, 1.0);
    CHECK_THROWS_AS(exercises::dual_divide(a, zero), DomainError);
}
