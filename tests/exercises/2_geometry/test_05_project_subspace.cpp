#include "testing.hpp"
#include "unit2.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace mml;
using mml::testing::near;

TEST_CASE("2.05 projection onto a subspace: MML Example 3.11") {
    const Matrix B{{1, 0}, {1, 1}, {1, 2}};
    const Vector x{6, 0, 0};
    CHECK(exercises::project_normal_equations(x, B) == near(Vector{5, 2, -1}, 1e-13));
}

// Residual orthogonal to U, and agreement with the QR-based library projection (random bases are
// well conditioned, so the normal equations lose only a few digits: 1e-10).
TEST_CASE("2.05 projection onto a subspace: orthogonal residual; agrees with QR (seeded random)") {
    Rng rng(2005);
    for (int trial = 0; trial < 30; ++trial) {
        const auto n = 2 + rng.uniform_int(6), k = 1 + rng.uniform_int(n - 1);
        const Matrix B = testing::random_matrix(rng, n, k);
        const Vector x = testing::random_vector(rng, n);
        const Vector p = exercises::project_normal_equations(x, B);
        CHECK(transpose(B) * (x - p) == near(Vector(k), 1e-10));
        CHECK(p == near(project_onto_subspace(x, B), 1e-10));
    }
    const Matrix dependent{{1, 2}, {1, 2}, {1, 2}};
    const Vector x{1, 2, 3};
    CHECK_THROWS_AS(exercises::project_normal_equations(x, dependent), SingularMatrixError);
}
