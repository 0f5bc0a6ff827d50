#include "testing.hpp"
#include "unit7.hpp"

#include <doctest/doctest.h>

using namespace mml;
using mml::testing::near;

TEST_CASE("7.06 SVM dual objective: the hard-margin example by hand") {
    // x = (2, 0), (0, 0), y = +1, −1, α = ½ each: w = (1, 0), D = 1 − ½‖w‖² = ½.
    const Matrix X{{2, 0}, {0, 0}};
    const Matrix K = gram_matrix(Kernel::linear(), X);
    CHECK(exercises::svm_dual(Vector{0.5, 0.5}, {1, -1}, K) == near(0.5, 1e-15));
    // Opposite labels flip the sign of the cross term: with y = +1, +1 (and K₁₂ ≠ 0) it differs.
    const Matrix K2{{2, 1}, {1, 3}};
    CHECK(exercises::svm_dual(Vector{1, 2}, {1, -1}, K2) == near(3.0 - 0.5 * (2 - 4 + 12), 1e-15));
    CHECK(exercises::svm_dual(Vector{1, 2}, {1, 1}, K2) == near(3.0 - 0.5 * (2 + 4 + 12), 1e-15));
    CHECK_THROWS_AS(exercises::svm_dual(Vector{1, 2}, {1}, K2), DimensionError);
}

TEST_CASE("7.06 SVM dual objective: at a trained SVM it equals the library's value") {
    Rng rng(706);
    Matrix X = mml::testing::random_matrix(rng, 20, 2);
    std::vector<int> y(20);
    for (std::size_t n = 0; n < 20; ++n) y[n] = X(n, 0) + 0.3 * X(n, 1) > 0 ? 1 : -1;
    const SvmModel model = svm_fit(X, y, Kernel::rbf(1.0), 2.0);
    const Matrix K = gram_matrix(Kernel::rbf(1.0), X);
    CHECK(exercises::svm_dual(model.alpha, y, K) == near(svm_dual_objective(model.alpha, y, K), 1e-13));
}
