// Tests for mml/linalg/lu.hpp and inverse.hpp: solve, lu, det, inverse, trace.
#include "testing.hpp"

#include "mml/linalg.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace mml;
using mml::testing::near;

namespace {
double max_norm(const Vector& x) {
    double m = 0.0;
    for (double xi : x) m = std::max(m, std::abs(xi));
    return m;
}
double inf_norm(const Matrix& A) {  // ‖A‖∞ = max row sum
    double m = 0.0;
    for (std::size_t i = 0; i < A.rows(); ++i) {
        double s = 0.0;
        for (std::size_t j = 0; j < A.cols(); ++j) s += std::abs(A(i, j));
        m = std::max(m, s);
    }
    return m;
}
}  // namespace

TEST_CASE("solve: a small system with a known answer") {
    const Matrix A{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}};
    const Vector b{8, -11, -3};
    CHECK(solve(A, b) == near(Vector{2, 3, -1}, 1e-14));
}

// Without pivoting, the 1e-20 pivot gives multipliers of 1e20 and the answer x = [0, 1].
TEST_CASE("solve: partial pivoting handles a tiny pivot") {
    const Matrix A{{1e-20, 1}, {1, 1}};
    const Vector b{1, 2};
    CHECK(solve(A, b) == near(Vector{1, 1}, 1e-15));
}

// Backward stability: the normwise relative residual ‖Ax − b‖ / (‖A‖‖x‖) of LU with partial
// pivoting is a small multiple of ε (≈ 2.2e-16) for random matrices; 1e-14 leaves a 45x margin.
TEST_CASE("solve: relative residual <= 1e-14 on seeded random systems up to 100x100") {
    Rng rng(31);
    for (std::size_t n : {1u, 2u, 3u, 5u, 10u, 30u, 60u, 100u}) {
        for (int trial = 0; trial < 3; ++trial) {
            const Matrix A = testing::random_matrix(rng, n, n);
            const Vector b = testing::random_vector(rng, n);
            const Vector x = solve(A, b);
            const double residual = max_norm(A * x - b) / (inf_norm(A) * max_norm(x));
            INFO("n = " << n << ", residual = " << residual);
            CHECK(residual <= 1e-14);
        }
    }
}

TEST_CASE("lu: P A = L U with L unit lower and U upper triangular (seeded random)") {
    Rng rng(32);
    for (int trial = 0; trial < 30; ++trial) {
        const auto n = 1 + rng.uniform_int(20);
        const Matrix A = testing::random_matrix(rng, n, n);
        const auto [L, U, P, perm, sign] = lu(A);
        CHECK(P * A == near(L * U, 1e-13));  // entries O(1), n ≤ 20 products: far below 1e-13
        for (std::size_t i = 0; i < n; ++i) {
            CHECK(L(i, i) == 1.0);
            for (std::size_t j = i + 1; j < n; ++j) CHECK(L(i, j) == 0.0);
            for (std::size_t j = 0; j < i; ++j) {
                CHECK(U(i, j) == 0.0);
                CHECK(std::abs(L(i, j)) <= 1.0);  // partial pivoting bounds the multipliers
            }
        }
        CHECK(std::abs(det(P)) == doctest::Approx(1.0));
        CHECK(det(P) == doctest::Approx(static_cast<double>(sign)));
        const Vector b = testing::random_vector(rng, n);
        CHECK(lu_solve(lu(A), b) == near(solve(A, b), 1e-15));
    }
}

TEST_CASE("solve: several right-hand sides at once") {
    Rng rng(33);
    const Matrix A = testing::random_matrix(rng, 8, 8);
    const Matrix B = testing::random_matrix(rng, 8, 3);
    const Matrix X = solve(A, B);
    CHECK(A * X == near(B, 1e-12));
    for (std::size_t j = 0; j < 3; ++j) CHECK(X.col(j) == near(solve(A, B.col(j)), 1e-15));
}

TEST_CASE("det: MML Example 4.3 and exact small cases") {
    const Matrix A{{1, 2, 3}, {3, 1, 2}, {0, 0, 1}};
    CHECK(det(A) == doctest::Approx(-5.0).epsilon(1e-14));
    const Matrix B{{1, 2}, {3, 4}};
    CHECK(det(B) == doctest::Approx(-2.0).epsilon(1e-14));
    CHECK(det(Matrix::identity(5)) == 1.0);
    const Matrix singular{{1, 2}, {2, 4}};
    CHECK(det(singular) == 0.0);
}

// det(AB) = det(A)det(B) and det(Aᵀ) = det(A); relative agreement to 1e-11 (a few hundred ε:
// each determinant is a product of n pivots, each with its own rounding).
TEST_CASE("det: multiplicative and transpose-invariant (seeded random)") {
    Rng rng(34);
    for (int trial = 0; trial < 20; ++trial) {
        const auto n = 1 + rng.uniform_int(10);
        const Matrix A = testing::random_matrix(rng, n, n), B = testing::random_matrix(rng, n, n);
        CHECK(det(A * B) == doctest::Approx(det(A) * det(B)).epsilon(1e-11));
        CHECK(det(transpose(A)) == doctest::Approx(det(A)).epsilon(1e-11));
    }
}

TEST_CASE("inverse: MML Example 2.9 and A A⁻¹ = I (seeded random)") {
    const Matrix A{{1, 0, 2, 0}, {1, 1, 0, 0}, {1, 2, 0, 1}, {1, 1, 1, 1}};
    const Matrix expected{{-1, 2, -2, 2}, {1, -1, 2, -2}, {1, -1, 1, -1}, {-1, 0, -1, 2}};
    CHECK(inverse(A) == near(expected, 1e-14));
    Rng rng(35);
    for (int trial = 0; trial < 20; ++trial) {
        const auto n = 1 + rng.uniform_int(15);
        const Matrix M = testing::random_matrix(rng, n, n) + 3.0 * Matrix::identity(n);  // safely non-singular
        const Matrix Minv = inverse(M);
        CHECK(M * Minv == near(Matrix::identity(n), 1e-13));
        CHECK(Minv * M == near(Matrix::identity(n), 1e-13));
        CHECK(Minv * M.col(0) == near(solve(M, M.col(0)), 1e-13));
    }
}

TEST_CASE("trace: the sum of the diagonal; tr(AB) = tr(BA)") {
    const Matrix A{{1, 2}, {3, 4}};
    CHECK(trace(A) == 5.0);
    Rng rng(36);
    const Matrix B = testing::random_matrix(rng, 4, 6), C = testing::random_matrix(rng, 6, 4);
    CHECK(trace(B * C) == doctest::Approx(trace(C * B)).epsilon(1e-13));
}

TEST_CASE("solve, lu, inverse, det: bad input throws typed errors") {
    const Matrix singular{{1, 2}, {2, 4}};
    const Vector b2{1, 2};
    CHECK_THROWS_WITH_AS(solve(singular, b2), doctest::Contains("no pivot in column 1"), SingularMatrixError);
    CHECK_THROWS_AS(inverse(singular), SingularMatrixError);
    const Matrix not_square(2, 3);
    CHECK_THROWS_AS(solve(not_square, b2), DimensionError);
    CHECK_THROWS_AS(det(not_square), DimensionError);
    CHECK_THROWS_AS(lu(Matrix()), DimensionError);
    const Matrix A{{1, 0}, {0, 1}};
    const Vector b3{1, 2, 3};
    CHECK_THROWS_AS(solve(A, b3), DimensionError);
    const Matrix with_nan{{1, std::numeric_limits<double>::quiet_NaN()}, {0, 1}};
    CHECK_THROWS_AS(solve(with_nan, b2), DomainError);
    const Vector b_nan{1, std::numeric_limits<double>::infinity()};
    CHECK_THROWS_AS(solve(A, b_nan), DomainError);
}
