#include "testing.hpp"
#include "unit7.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;
using mml::testing::rel_near;

TEST_CASE("7.09 softmax cross-entropy: Z = 0 by hand, and scores of ±1000") {
    const auto r = exercises::softmax_ce(Matrix(2, 4), {1, 3});
    CHECK(r.loss == near(2.0 * std::log(4.0), 1e-15));
    CHECK(r.dZ == near(Matrix{{0.25, -0.75, 0.25, 0.25}, {0.25, 0.25, 0.25, -0.75}}, 1e-15));  // p − onehot
    // e^{1000} overflows: only the shifted form gives these.
    const auto big = exercises::softmax_ce(Matrix{{1000, 0, -1000}}, {2});
    CHECK(big.loss == rel_near(2000.0, 1e-15));
    CHECK(big.dZ == near(Matrix{{1, 0, -1}}, 1e-15));
    CHECK_THROWS_AS(exercises::softmax_ce(Matrix(2, 3), {0, 3}), DomainError);
    CHECK_THROWS_AS(exercises::softmax_ce(Matrix(2, 3), {0}), DimensionError);
}

TEST_CASE("7.09 softmax cross-entropy: against the library on random scores") {
    Rng rng(709);
    const Matrix Z = 4.0 * mml::testing::random_matrix(rng, 7, 5);
    const std::vector<std::size_t> y{0, 4, 2, 2, 1, 3, 0};
    const CrossEntropy expected = softmax_cross_entropy(Z, y);
    const auto r = exercises::softmax_ce(Z, y);
    CHECK(r.loss == rel_near(expected.loss, 1e-14));
    CHECK(r.dZ == near(expected.gradient, 1e-15));
}
