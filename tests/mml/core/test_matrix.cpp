// Tests for mml/core: Vector, Matrix, the product, printing, errors.
#include "testing.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <sstream>

using namespace mml;
using mml::testing::near;

TEST_CASE("Vector: construction, indexing, arithmetic") {
    Vector x{1.0, 2.0, 3.0};
    CHECK(x.size() == 3);
    CHECK(x[1] == 2.0);
    CHECK(Vector(3) == Vector{0.0, 0.0, 0.0});
    CHECK(Vector{3} == Vector(1, 3.0));  // braces list the entries: Vector{3} is [3]
    CHECK(x + x == Vector{2, 4, 6});
    CHECK(x - Vector{1, 1, 1} == Vector{0, 1, 2});
    CHECK(2.0 * x == Vector{2, 4, 6});
    CHECK(x * 2.0 == Vector{2, 4, 6});
    CHECK(x / 2.0 == Vector{0.5, 1, 1.5});
    CHECK(-x == Vector{-1, -2, -3});
    x[0] = 7.0;
    CHECK(x[0] == 7.0);
}

TEST_CASE("Vector: out-of-range indexing and size mismatch throw DimensionError") {
    Vector x{1.0, 2.0};
    const Vector& cx = x;
    CHECK_THROWS_AS(x[2], DimensionError);
    CHECK_THROWS_AS(cx[2], DimensionError);
    CHECK_THROWS_AS(Vector()[0], DimensionError);
    const Vector one(1);
    CHECK_THROWS_AS(x + one, DimensionError);
    const Vector three(3);  // (braces inside a doctest macro's arguments would split them at the commas)
    CHECK_THROWS_WITH_AS(x - three, doctest::Contains("sizes 2 and 3 differ"), DimensionError);
}

TEST_CASE("Matrix: construction, identity, rows and columns") {
    Matrix A{{1, 2, 3}, {4, 5, 6}};
    CHECK(A.rows() == 2);
    CHECK(A.cols() == 3);
    CHECK(A(1, 2) == 6.0);
    CHECK(Matrix(2, 2) == Matrix{{0, 0}, {0, 0}});
    CHECK(Matrix::identity(2) == Matrix{{1, 0}, {0, 1}});
    CHECK(A.row(1) == Vector{4, 5, 6});
    CHECK(A.col(2) == Vector{3, 6});
    A.set_row(0, Vector{7, 8, 9});
    A.set_col(1, Vector{0, 0});
    CHECK(A == Matrix{{7, 0, 9}, {4, 0, 6}});
    CHECK(Matrix::from_columns({Vector{1, 2}, Vector{3, 4}}) == Matrix{{1, 3}, {2, 4}});
    CHECK(Matrix::from_rows({Vector{1, 2}, Vector{3, 4}}) == Matrix{{1, 2}, {3, 4}});
    CHECK(diag(Vector{1, 2}) == Matrix{{1, 0}, {0, 2}});
    CHECK(outer(Vector{1, 2}, Vector{3, 4, 5}) == Matrix{{3, 4, 5}, {6, 8, 10}});
}

TEST_CASE("Matrix: ragged rows, bad indices and shape mismatches throw DimensionError") {
    auto ragged = [] { return Matrix{{1, 2}, {3}}; };
    CHECK_THROWS_WITH_AS(ragged(), doctest::Contains("row 1 has 1 entries but row 0 has 2"), DimensionError);
    Matrix A{{1, 2, 3}, {4, 5, 6}};
    const Matrix& cA = A;
    CHECK_THROWS_AS(A(2, 0), DimensionError);
    CHECK_THROWS_AS(cA(0, 3), DimensionError);
    CHECK_THROWS_AS(A.row(2), DimensionError);
    CHECK_THROWS_AS(A.col(3), DimensionError);
    const Vector two{1, 2};
    CHECK_THROWS_AS(A.set_row(0, two), DimensionError);
    CHECK_THROWS_AS(A + Matrix(3, 2), DimensionError);
    CHECK_THROWS_AS(A * two, DimensionError);
    CHECK_THROWS_WITH_AS(A * Matrix(4, 2), doctest::Contains("2x3 times 4x2 — inner dimensions 3 and 4 differ"),
                         DimensionError);
}

TEST_CASE("Matrix: sums, scaling, transpose, matrix-vector product (exact arithmetic)") {
    const Matrix A{{1, 2}, {3, 4}};
    const Matrix B{{5, 6}, {7, 8}};
    CHECK(A + B == Matrix{{6, 8}, {10, 12}});
    CHECK(B - A == Matrix{{4, 4}, {4, 4}});
    CHECK(2.0 * A == Matrix{{2, 4}, {6, 8}});
    CHECK(A / 2.0 == Matrix{{0.5, 1}, {1.5, 2}});
    CHECK(-A == Matrix{{-1, -2}, {-3, -4}});
    CHECK(A * B == Matrix{{19, 22}, {43, 50}});
    CHECK(B * A == Matrix{{23, 34}, {31, 46}});  // AB != BA
    CHECK(A * Vector{1, 1} == Vector{3, 7});
    CHECK(transpose(Matrix{{1, 2, 3}}) == Matrix{{1}, {2}, {3}});
    Matrix C = A;
    C = transpose(C);  // no aliasing surprises: operators return new matrices
    CHECK(C == Matrix{{1, 3}, {2, 4}});
}

// The blocked product must agree with the definition Cᵢⱼ = Σₖ AᵢₖBₖⱼ for every shape, including
// the edges of the 4x16 tiles and the 256-wide panels. Entries are small integers, so every
// product and sum is exact in double precision and the comparison is exact.
TEST_CASE("Matrix product: blocked algorithm equals the definition on every shape (exact)") {
    Rng rng(20261125);
    const std::size_t sizes[] = {1, 3, 4, 5, 15, 16, 17, 33, 255, 256, 257, 300};
    for (std::size_t m : {std::size_t{1}, std::size_t{5}, std::size_t{17}, std::size_t{70}}) {
        for (std::size_t p : sizes) {
            for (std::size_t n : {std::size_t{1}, std::size_t{7}, std::size_t{16}, std::size_t{33}, std::size_t{270}}) {
                Matrix A(m, p), B(p, n);
                for (std::size_t k = 0; k < m * p; ++k) A.data()[k] = static_cast<double>(rng.uniform_int(19)) - 9.0;
                for (std::size_t k = 0; k < p * n; ++k) B.data()[k] = static_cast<double>(rng.uniform_int(19)) - 9.0;
                Matrix expected(m, n);
                for (std::size_t i = 0; i < m; ++i)
                    for (std::size_t j = 0; j < n; ++j) {
                        double sum = 0.0;
                        for (std::size_t k = 0; k < p; ++k) sum += A(i, k) * B(k, j);
                        expected(i, j) = sum;
                    }
                INFO("m = " << m << ", p = " << p << ", n = " << n);
                CHECK(A * B == expected);
            }
        }
    }
}

// Algebraic laws on seeded random real matrices. Each side is a sum of at most 60 products of
// numbers in [-1, 1), so the rounding error is far below 1e-12.
TEST_CASE("Matrix product: associativity, distributivity, (AB)ᵀ = BᵀAᵀ, identity (seeded random)") {
    Rng rng(7);
    for (int trial = 0; trial < 50; ++trial) {
        const auto m = 1 + rng.uniform_int(20), p = 1 + rng.uniform_int(20), q = 1 + rng.uniform_int(20),
                   n = 1 + rng.uniform_int(20);
        const Matrix A = testing::random_matrix(rng, m, p), B = testing::random_matrix(rng, p, q),
                     C = testing::random_matrix(rng, q, n), D = testing::random_matrix(rng, p, q);
        CHECK((A * B) * C == near(A * (B * C), 1e-12));
        CHECK(A * (B + D) == near(A * B + A * D, 1e-12));
        CHECK(transpose(A * B) == near(transpose(B) * transpose(A), 1e-12));
        CHECK(Matrix::identity(m) * A == A);
        CHECK(A * Matrix::identity(p) == A);
        const Vector x = testing::random_vector(rng, q);
        CHECK(B * x == near((B * Matrix::from_columns({x})).col(0), 1e-12));
    }
}

TEST_CASE("approx_equal: relative far from zero, absolute near zero, never for NaN") {
    CHECK(approx_equal(1e10, 1e10 + 1e-3, 1e-12));
    CHECK_FALSE(approx_equal(1e10, 1e10 + 1.0, 1e-12));
    CHECK(approx_equal(1e-17, 0.0, 1e-12));
    CHECK_FALSE(approx_equal(std::nan(""), std::nan(""), 1e-12));
    CHECK(approx_equal(0.1 + 0.2, 0.3));
    CHECK_FALSE(approx_equal(Matrix(2, 2), Matrix(2, 3)));
    CHECK(max_abs_difference(Vector{1, 2}, Vector{1, 2.5}) == 0.5);
}

TEST_CASE("operator<< prints aligned columns") {
    std::ostringstream out;
    out << Matrix{{1, -2.5}, {30, 4}};
    CHECK(out.str() == "[  1 -2.5 ]\n[ 30    4 ]");
    std::ostringstream v;
    v << Vector{1, 2.5};
    CHECK(v.str() == "[1, 2.5]");
}

TEST_CASE("checks: non-finite, empty and non-square inputs") {
    const Vector with_nan{1, std::numeric_limits<double>::quiet_NaN()};
    CHECK_THROWS_WITH_AS(require_finite("solve", with_nan), doctest::Contains("solve: entry 1 of the vector is nan"),
                         DomainError);
    CHECK_THROWS_AS(require_square("det", Matrix(2, 3)), DimensionError);
    CHECK_THROWS_AS(require_square("det", Matrix()), DimensionError);
    CHECK_NOTHROW(require_square("det", Matrix(2, 2)));
}

TEST_CASE("errors: the hierarchy the design promises") {
    CHECK(std::is_base_of_v<Error, DimensionError>);
    CHECK(std::is_base_of_v<Error, SingularMatrixError>);
    CHECK(std::is_base_of_v<Error, NotConvergedError>);
    CHECK(std::is_base_of_v<Error, DomainError>);
    CHECK(std::is_base_of_v<std::runtime_error, Error>);
    CHECK_FALSE(std::is_base_of_v<Error, NotImplemented>);  // a stub can never satisfy CHECK_THROWS_AS(.., DomainError)
    CHECK(std::is_base_of_v<std::exception, NotImplemented>);
}
