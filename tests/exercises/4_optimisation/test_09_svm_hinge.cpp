#include "testing.hpp"
#include "unit4.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

#include <vector>

// Two Gaussian clouds centred at (−2, 0) and (2, 0): the trained SVM classifies ≥ 98% of the
// training points correctly and its normal points along x₀.
TEST_CASE("4.09 SVM: separates two clouds") {
    Rng rng(409);
    const std::size_t N = 200;
    Matrix X(N, 2);
    std::vector<int> y(N);
    for (std::size_t n = 0; n < N; ++n) {
        y[n] = n % 2 ? 1 : -1;
        X(n, 0) = 2.0 * y[n] + 0.7 * rng.normal();
        X(n, 1) = rng.normal();
    }
    const Vector wb = exercises::train_linear_svm(X, y, 0.01, 0.01, 50);
    int correct = 0;
    for (std::size_t n = 0; n < N; ++n) correct += (wb[0] * X(n, 0) + wb[1] * X(n, 1) + wb[2]) * y[n] > 0;
    CHECK(correct >= 196);
    CHECK(wb[0] > 5 * std::abs(wb[1]));
    const std::vector<int> bad(N, 0);
    CHECK_THROWS_AS(exercises::train_linear_svm(X, bad, 0.01, 0.01, 1), DomainError);
}
