#include "testing.hpp"
#include "unit5.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("5.07 log-normal: known values") {
    CHECK(exercises::lognormal_density(1.0, 0.0, 1.0) == doctest::Approx(1 / std::sqrt(2 * std::acos(-1.0))).epsilon(1e-14));
    CHECK(exercises::lognormal_density(-1.0, 0.0, 1.0) == 0.0);
}

// Integrates to 1 (Gauss–Legendre on pieces, after y = eᵗ) and equals mml::transformed_density with autodiff.
TEST_CASE("5.07 log-normal: a density that integrates to 1; agrees with transformed_density") {
    const double mu = 0.3, sigma = 0.7;
    double total = 0;
    for (int k = 0; k < 40; ++k) {  // ∫₀^∞ p_Y(y) dy = ∫ p_Y(eᵗ) eᵗ dt over t ∈ [−8, 9]
        const double t0 = -8 + 17.0 * k / 40, t1 = -8 + 17.0 * (k + 1) / 40;
        total += integrate_gauss_legendre([&](double t) { return exercises::lognormal_density(std::exp(t), mu, sigma) * std::exp(t); }, t0, t1, 20);
    }
    CHECK(total == doctest::Approx(1.0).epsilon(1e-10));
    const Normal n(mu, sigma);
    for (double y : {0.2, 1.0, 3.5}) {
        const double expected = transformed_density([&](double x) { return n.pdf(x); }, [](const auto& v) { return log(v); }, y);
        CHECK(exercises::lognormal_density(y, mu, sigma) == doctest::Approx(expected).epsilon(1e-13));
    }
    CHECK_THROWS_AS(exercises::lognormal_density(1.0, 0.0, 0.0), DomainError);
}
