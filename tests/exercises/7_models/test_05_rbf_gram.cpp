#include "testing.hpp"
#include "unit7.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("7.05 RBF Gram matrix: values by hand") {
    // ‖(1, 2) − (3, 4)‖² = 8: exp(−0.5·8) = e⁻⁴ (not e^{−0.5·√8}, not e^{−8/4}).
    const Matrix K = exercises::rbf_gram(Matrix{{1, 2}, {3, 4}, {1, 2}}, 0.5);
    REQUIRE(K.rows() == 3);
    REQUIRE(K.cols() == 3);
    CHECK(K == near(Matrix{{1, std::exp(-4.0), 1}, {std::exp(-4.0), 1, std::exp(-4.0)}, {1, std::exp(-4.0), 1}}, 1e-15));
    CHECK_THROWS_AS(exercises::rbf_gram(Matrix{{1.0}}, 0.0), DomainError);
    CHECK_THROWS_AS(exercises::rbf_gram(Matrix{{1.0}}, -2.0), DomainError);
}

TEST_CASE("7.05 RBF Gram matrix: against the library's kernel on random data") {
    Rng rng(705);
    const Matrix X = mml::testing::random_matrix(rng, 12, 4);
    for (double gamma : {0.1, 1.0, 5.0}) CHECK(exercises::rbf_gram(X, gamma) == near(gram_matrix(Kernel::rbf(gamma), X), 1e-15));
}
