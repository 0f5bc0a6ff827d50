#include "testing.hpp"
#include "unit3.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("3.10 identities: the worked example") {
    const Matrix B{{1, 2}, {0, 1}};
    const Vector x{1, 1};
    CHECK(exercises::quadratic_form_gradient(B, x) == near(Vector{4, 4}, 1e-15));
}

// Both identities against autodiff of the scalar function, entry by entry (1e-12: exact formulas, O(1) entries).
TEST_CASE("3.10 identities: checked numerically against automatic differentiation (seeded random)") {
    Rng rng(310);
    for (int trial = 0; trial < 10; ++trial) {
        const Matrix B = testing::random_matrix(rng, 3, 3);
        const Vector x = testing::random_vector(rng, 3);
        auto q = [&](const auto& v) {
            auto s = 0.0 * v[0];
            for (std::size_t i = 0; i < 3; ++i)
                for (std::size_t j = 0; j < 3; ++j) s = s + v[i] * B(i, j) * v[j];
            return s;
        };
        CHECK(exercises::quadratic_form_gradient(B, x) == near(gradient(q, x), 1e-12));
        const Matrix A = testing::random_matrix(rng, 2, 3), C = testing::random_matrix(rng, 4, 2);
        const Vector X = testing::random_vector(rng, 12);  // X is 3x4, row-major
        auto tr = [&](const auto& v) {
            auto s = 0.0 * v[0];
            for (std::size_t i = 0; i < 2; ++i)
                for (std::size_t j = 0; j < 3; ++j)
                    for (std::size_t k = 0; k < 4; ++k) s = s + A(i, j) * v[j * 4 + k] * C(k, i);
            return s;
        };
        const Vector g = gradient(tr, X);
        const Matrix G = exercises::trace_AXB_gradient(A, C);
        for (std::size_t k = 0; k < 12; ++k) CHECK(G.data()[k] == doctest::Approx(g[k]).epsilon(1e-12).scale(1.0));
    }
    const Matrix wide(2, 3);
    const Vector v2(2);
    CHECK_THROWS_AS(exercises::quadratic_form_gradient(wide, v2), DimensionError);
}
