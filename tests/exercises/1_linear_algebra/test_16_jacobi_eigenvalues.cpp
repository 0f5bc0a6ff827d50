#include "testing.hpp"
#include "unit1.hpp"

#include <doctest/doctest.h>

using namespace mml;
using mml::testing::near;

TEST_CASE("1.16 Jacobi: [[2,1],[1,2]] has eigenvalues 3 and 1; a diagonal matrix is already done") {
    const Matrix A{{2, 1}, {1, 2}};
    CHECK(exercises::jacobi_eigenvalues(A, 1e-14) == near(Vector{3, 1}, 1e-14));
    const Matrix D{{1, 0, 0}, {0, 5, 0}, {0, 0, -2}};
    CHECK(exercises::jacobi_eigenvalues(D, 1e-14) == near(Vector{5, 1, -2}, 0.0));
}

// Against mml::eig_sym on random symmetric matrices; the sum equals the trace (1e-10: tolerance 1e-12 on the off-diagonal).
TEST_CASE("1.16 Jacobi: agrees with eig_sym and the trace (seeded random symmetric matrices)") {
    Rng rng(116);
    for (int trial = 0; trial < 20; ++trial) {
        const auto n = 1 + rng.uniform_int(10);
        const Matrix B = testing::random_matrix(rng, n, n);
        const Matrix S = 0.5 * (B + transpose(B));
        const Vector l = exercises::jacobi_eigenvalues(S, 1e-12);
        CHECK(l == near(eig_sym(S).values, 1e-10));
        double sum = 0;
        for (double v : l) sum += v;
        CHECK(sum == doctest::Approx(trace(S)).epsilon(1e-10).scale(1.0));
    }
    const Matrix not_symmetric{{1, 2}, {0, 1}};
    CHECK_THROWS_AS(exercises::jacobi_eigenvalues(not_symmetric, 1e-12), DomainError);
}
