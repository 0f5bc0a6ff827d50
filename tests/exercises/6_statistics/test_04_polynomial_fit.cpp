#include "testing.hpp"
#include "unit6.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

#include <numbers>

TEST_CASE("6.04 polynomial features: the design matrix") {
    CHECK(exercises::polynomial_design(Vector{2, -1}, 3) == Matrix{{1, 2, 4, 8}, {1, -1, 1, -1}});
    CHECK(exercises::polynomial_design(Vector{0.5}, 0) == Matrix{{1}});
}

TEST_CASE("6.04 the under/over-fitting curve on noisy sin(pi x)") {
    Rng rng(604);
    auto sample = [&](std::size_t N, Vector& x, Vector& y) {
        x = Vector(N);
        y = Vector(N);
        for (std::size_t n = 0; n < N; ++n) {
            x[n] = 2.0 * rng.uniform() - 1.0;
            y[n] = std::sin(std::numbers::pi * x[n]) + 0.3 * rng.normal();
        }
    };
    Vector x_train, y_train, x_test, y_test;
    sample(15, x_train, y_train);
    sample(2000, x_test, y_test);
    std::vector<std::pair<double, double>> errors;
    for (std::size_t K = 0; K <= 12; ++K) errors.push_back(exercises::polynomial_fit_errors(x_train, y_train, x_test, y_test, K));
    // The same numbers as the library's degree_curve (both least squares by QR; 1e-8 relative
    // allows for a different but equally stable solver of the same small problem).
    std::vector<std::size_t> degrees;
    for (std::size_t K = 0; K <= 12; ++K) degrees.push_back(K);
    const auto reference = degree_curve(x_train, y_train, x_test, y_test, degrees);
    for (std::size_t K = 0; K <= 12; ++K) {
        CHECK(errors[K].first == near(reference[K].train_mse, 1e-8 * (1.0 + reference[K].train_mse)));
        CHECK(errors[K].second == near(reference[K].test_mse, 1e-6 * (1.0 + reference[K].test_mse)));
    }
    for (std::size_t K = 1; K <= 12; ++K) CHECK(errors[K].first <= errors[K - 1].first * (1.0 + 1e-9));
    CHECK(errors[0].second > errors[5].second);   // under-fitting
    CHECK(errors[12].second > errors[5].second);  // over-fitting
    CHECK_THROWS_AS(exercises::polynomial_fit_errors(Vector{1, 2}, Vector{1, 2}, x_test, y_test, 2), DomainError);
}
