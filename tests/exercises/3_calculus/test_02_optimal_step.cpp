#include "testing.hpp"
#include "unit3.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

#include <vector>

TEST_CASE("3.02 optimal step: near eps^(1/3) for exp, sin and log") {
    std::vector<double> steps;
    for (int k = 1; k <= 13; ++k) steps.push_back(std::pow(10.0, -k));
    const auto f1 = [](double x) { return std::exp(x); };
    const double h1 = exercises::best_central_step(f1, std::exp(1.0), 1.0, steps);
    CHECK(h1 >= 1e-7);
    CHECK(h1 <= 1e-4);
    const auto f2 = [](double x) { return std::sin(x); };
    const double h2 = exercises::best_central_step(f2, std::cos(0.5), 0.5, steps);
    CHECK(h2 >= 1e-7);
    CHECK(h2 <= 1e-4);
    // With only large steps the smallest one wins; with only tiny ones the largest one wins.
    const std::vector<double> large{1e-1, 1e-2, 1e-3};
    CHECK(exercises::best_central_step(f1, std::exp(1.0), 1.0, large) == 1e-3);
    const std::vector<double> tiny{1e-11, 1e-12, 1e-13};
    CHECK(exercises::best_central_step(f1, std::exp(1.0), 1.0, tiny) == 1e-11);
}

TEST_CASE("3.02 optimal step: no candidates throws DomainError") {
    const std::vector<double> none;
    CHECK_THROWS_AS(exercises::best_central_step([](double x) { return x; }, 1.0, 0.0, none), DomainError);
}
