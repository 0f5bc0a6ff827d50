// Tests for mml/linalg/rref.hpp: RREF, pivots, null space, solution sets, bases.
#include "testing.hpp"

#include "mml/linalg.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

// MML §2.3.1: [[1,0,8,−4],[0,1,2,12]] x = [42, 8] has the particular solution [42, 8, 0, 0] and
// the null space spanned by [8, 2, −1, 0] and [−4, 12, 0, −1] (the minus-1 trick).
TEST_CASE("solution_set: MML §2.3.1 particular solution and null space") {
    const Matrix A{{1, 0, 8, -4}, {0, 1, 2, 12}};
    const Vector b{42, 8};
    const auto [x, N] = solution_set(A, b);
    CHECK(x == near(Vector{42, 8, 0, 0}, 1e-14));
    CHECK(N == near(Matrix{{8, -4}, {2, 12}, {-1, 0}, {0, -1}}, 1e-14));
    CHECK(A * N == near(Matrix(2, 2), 1e-14));
}

TEST_CASE("rref: known reduced forms and pivot columns") {
    const Matrix A{{1, 2, 1}, {-2, -3, 1}, {3, 5, 0}};  // MML Example 2.18: rank 2
    const auto [R, pivots] = rref_with_pivots(A);
    CHECK(R == near(Matrix{{1, 0, -5}, {0, 1, 3}, {0, 0, 0}}, 1e-14));
    CHECK(pivots == std::vector<std::size_t>{0, 1});
    CHECK(rank(A) == 2);
    CHECK(null_space(A).cols() == 1);
    CHECK(A * null_space(A) == near(Matrix(3, 1), 1e-14));
    CHECK(column_space(A) == near(Matrix{{1, 2}, {-2, -3}, {3, 5}}, 0.0));
    const auto ref = row_echelon(A);
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < i; ++j) CHECK(ref.R(i, j) == 0.0);
}

// Rank from RREF equals rank from the SVD on random matrices of every rank (built as products).
TEST_CASE("rref: rank from pivots equals rank from the SVD; null space has n - rank columns (seeded random)") {
    Rng rng(61);
    for (int trial = 0; trial < 30; ++trial) {
        const auto m = 1 + rng.uniform_int(8), n = 1 + rng.uniform_int(8);
        const auto r = rng.uniform_int(std::min(m, n) + 1);
        const Matrix A = testing::random_matrix(rng, m, r) * testing::random_matrix(rng, r, n);
        INFO("m = " << m << ", n = " << n << ", r = " << r);
        CHECK(pivot_columns(A).size() == r);
        CHECK(rank(A) == r);
        const Matrix N = null_space(A);
        CHECK(N.cols() == n - r);
        if (N.cols() > 0) CHECK(A * N == near(Matrix(m, n - r), 1e-12));
    }
}

TEST_CASE("solution_set: an inconsistent system throws DomainError") {
    const Matrix A{{1, 1}, {2, 2}};
    const Vector b{1, 3};
    CHECK_THROWS_WITH_AS(solution_set(A, b), doctest::Contains("no solution"), DomainError);
}

TEST_CASE("independence, coordinates and change of basis") {
    const Vector a{1, 0, 0}, b{1, 1, 0}, c{2, 1, 0}, d{0, 0, 1};
    CHECK(is_linearly_independent({a, b, d}));
    CHECK_FALSE(is_linearly_independent({a, b, c}));  // c = a + b
    const Matrix B = Matrix::from_columns({a, b, d});
    const Vector x{3, 2, 5};
    const Vector coords = coordinates(x, B);  // x = 1·a + 2·b + 5·d
    CHECK(coords == near(Vector{1, 2, 5}, 1e-14));
    CHECK(B * coords == near(x, 1e-14));
    const Matrix C = Matrix::from_columns({b, a, d});
    const Matrix S = change_of_basis(B, C);
    CHECK(S * coords == near(coordinates(x, C), 1e-14));
    const Matrix dependent = Matrix::from_columns({a, b, c});
    CHECK_THROWS_AS(coordinates(x, dependent), DomainError);
}
