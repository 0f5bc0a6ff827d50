// Tests for mml/linalg/cholesky.hpp and qr.hpp: Cholesky, Householder QR, least squares.
#include "testing.hpp"

#include "mml/linalg.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

// MML Example 4.10: A = [[4, 2], [2, 2]] has L = [[2, 0], [1, 1]] (exact).
TEST_CASE("cholesky: a known factor, and A = L Lᵀ on seeded random SPD matrices") {
    const Matrix A{{4, 2}, {2, 2}};
    CHECK(cholesky(A) == near(Matrix{{2, 0}, {1, 1}}, 1e-15));
    Rng rng(41);
    for (int trial = 0; trial < 20; ++trial) {
        const auto n = 1 + rng.uniform_int(30);
        const Matrix S = testing::random_spd(rng, n);
        const Matrix L = cholesky(S);
        CHECK(L * transpose(L) == near(S, 1e-12));  // relative: entries of S are up to ~n
        for (std::size_t i = 0; i < n; ++i) {
            CHECK(L(i, i) > 0.0);
            for (std::size_t j = i + 1; j < n; ++j) CHECK(L(i, j) == 0.0);
        }
        const Vector b = testing::random_vector(rng, n);
        CHECK(cholesky_solve(L, b) == near(solve(S, b), 1e-12));
    }
}

TEST_CASE("cholesky: not symmetric or not positive definite throws DomainError") {
    const Matrix indefinite{{1, 2}, {2, 1}};  // eigenvalues 3 and −1
    CHECK_THROWS_WITH_AS(cholesky(indefinite), doctest::Contains("pivot 1"), DomainError);
    const Matrix not_symmetric{{2, 1}, {0, 2}};
    CHECK_THROWS_WITH_AS(cholesky(not_symmetric), doctest::Contains("not symmetric"), DomainError);
    CHECK_THROWS_AS(cholesky(Matrix(2, 3)), DimensionError);
}

// Householder QR is backward stable: ‖A − QR‖ ≈ ε‖A‖ and ‖QᵀQ − I‖ ≈ ε for any A; 1e-12 on
// matrices up to 100x100 with O(1) entries leaves a wide margin.
TEST_CASE("qr: A = QR, QᵀQ = I, R upper triangular, for tall, square and wide matrices") {
    Rng rng(42);
    const std::size_t shapes[][2] = {{1, 1}, {5, 3}, {3, 5}, {10, 10}, {40, 7}, {7, 40}, {100, 100}, {60, 20}};
    for (const auto& shape : shapes) {
        const Matrix A = testing::random_matrix(rng, shape[0], shape[1]);
        const auto [Q, R] = qr(A);
        const std::size_t k = std::min(shape[0], shape[1]);
        INFO("shape " << shape[0] << "x" << shape[1]);
        CHECK(Q.rows() == shape[0]);
        CHECK(Q.cols() == k);
        CHECK(Q * R == near(A, 1e-12));
        CHECK(transpose(Q) * Q == near(Matrix::identity(k), 1e-12));
        for (std::size_t i = 0; i < R.rows(); ++i)
            for (std::size_t j = 0; j < std::min(i, R.cols()); ++j) CHECK(R(i, j) == 0.0);
        const auto [Qf, Rf] = qr_full(A);
        CHECK(Qf * Rf == near(A, 1e-12));
        CHECK(transpose(Qf) * Qf == near(Matrix::identity(shape[0]), 1e-12));
    }
}

// Orthogonality survives nearly dependent columns, where classical Gram–Schmidt would not.
TEST_CASE("qr: QᵀQ = I even for nearly dependent columns") {
    const double d = 1e-10;
    const Matrix A{{1, 1, 1}, {d, 0, 0}, {0, d, 0}, {0, 0, d}};  // Läuchli's matrix
    const auto [Q, R] = qr(A);
    CHECK(transpose(Q) * Q == near(Matrix::identity(3), 1e-14));
    CHECK(Q * R == near(A, 1e-14));
}

TEST_CASE("least_squares: an exact fit, a line fit, and agreement with the normal equations") {
    const Matrix square{{2, 1}, {1, 3}};
    const Vector b{3, 5};
    CHECK(least_squares(square, b) == near(solve(square, b), 1e-14));
    // Fit y = θ₀ + θ₁x through (0, 1), (1, 3), (2, 5), (3, 7): exactly y = 1 + 2x.
    const Matrix X{{1, 0}, {1, 1}, {1, 2}, {1, 3}};
    const Vector y{1, 3, 5, 7};
    CHECK(least_squares(X, y) == near(Vector{1, 2}, 1e-14));
    Rng rng(43);
    for (int trial = 0; trial < 20; ++trial) {
        const auto n = 1 + rng.uniform_int(8);
        const auto m = n + rng.uniform_int(20);
        const Matrix A = testing::random_matrix(rng, m, n);
        const Vector c = testing::random_vector(rng, m);
        const Vector theta = least_squares(A, c);
        // Well-conditioned A: the normal equations AᵀA θ = Aᵀc agree to about κ(A)²ε.
        CHECK(theta == near(solve(transpose(A) * A, transpose(A) * c), 1e-9));
        // The residual is orthogonal to the columns of A: Aᵀ(c − Aθ) = 0.
        CHECK(transpose(A) * (c - A * theta) == near(Vector(n), 1e-12));
    }
}

TEST_CASE("least_squares: rank-deficient or wide A gives a clear error pointing to pinv") {
    const Matrix dependent{{1, 2}, {2, 4}, {3, 6}};
    const Vector b{1, 2, 3};
    CHECK_THROWS_WITH_AS(least_squares(dependent, b), doctest::Contains("pinv"), SingularMatrixError);
    const Matrix wide{{1, 2, 3}};
    const Vector b1{1};
    CHECK_THROWS_WITH_AS(least_squares(wide, b1), doctest::Contains("pinv"), DimensionError);
    const Vector b2{1, 2};
    CHECK_THROWS_AS(least_squares(dependent, b2), DimensionError);
}
