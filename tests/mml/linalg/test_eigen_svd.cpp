// Tests for eig_sym, eigenvalues, power_iteration, svd, pinv, rank_k_approximation, rank.
#include "testing.hpp"

#include "mml/linalg.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <complex>

using namespace mml;
using mml::testing::near;

namespace {
Matrix random_symmetric(Rng& rng, std::size_t n) {
    const Matrix B = testing::random_matrix(rng, n, n);
    return 0.5 * (B + transpose(B));
}
}  // namespace

TEST_CASE("eig_sym: [[2,1],[1,2]] has eigenvalues 3 and 1 with eigenvectors (1,1)/√2, (1,-1)/√2") {
    const Matrix A{{2, 1}, {1, 2}};
    const auto [values, vectors] = eig_sym(A);
    CHECK(values == near(Vector{3, 1}, 1e-15));
    const double r = 1.0 / std::sqrt(2.0);
    CHECK(std::abs(vectors(0, 0)) == doctest::Approx(r).epsilon(1e-15));
    CHECK(vectors(0, 0) * vectors(1, 0) > 0.0);  // (1, 1) direction
    CHECK(vectors(0, 1) * vectors(1, 1) < 0.0);  // (1, −1) direction
}

// A = VΛVᵀ and VᵀV = I to 1e-12 relative (Jacobi is backward stable: errors ~ n·ε·‖A‖).
TEST_CASE("eig_sym: A = V diag(λ) Vᵀ, VᵀV = I, λ descending (seeded random up to 60x60)") {
    Rng rng(51);
    for (std::size_t n : {1u, 2u, 3u, 7u, 20u, 60u}) {
        const Matrix A = random_symmetric(rng, n);
        const auto [values, V] = eig_sym(A);
        INFO("n = " << n);
        CHECK(V * diag(values) * transpose(V) == near(A, 1e-12));
        CHECK(transpose(V) * V == near(Matrix::identity(n), 1e-12));
        for (std::size_t i = 1; i < n; ++i) CHECK(values[i - 1] >= values[i]);
        CHECK(std::accumulate(values.begin(), values.end(), 0.0) == doctest::Approx(trace(A)).epsilon(1e-12));
    }
}

TEST_CASE("eig_sym: a non-symmetric matrix throws DomainError") {
    const Matrix A{{1, 2}, {0, 1}};
    CHECK_THROWS_WITH_AS(eig_sym(A), doctest::Contains("eigenvalues(A)"), DomainError);
}

TEST_CASE("eigenvalues: MML Example 4.5, a rotation (±i), and a triangular matrix") {
    const Matrix A{{4, 2}, {1, 3}};
    const auto l = eigenvalues(A);
    REQUIRE(l.size() == 2);
    CHECK(l[0].real() == doctest::Approx(5.0).epsilon(1e-13));
    CHECK(l[1].real() == doctest::Approx(2.0).epsilon(1e-13));
    CHECK(l[0].imag() == 0.0);
    const Matrix rotation{{0, -1}, {1, 0}};
    const auto r = eigenvalues(rotation);
    CHECK(std::abs(r[0] - std::complex<double>(0, 1)) < 1e-14);
    CHECK(std::abs(r[1] - std::complex<double>(0, -1)) < 1e-14);
    const Matrix T{{3, 1, 4}, {0, -2, 5}, {0, 0, 1}};
    const auto t = eigenvalues(T);
    CHECK(t[0].real() == doctest::Approx(3.0));
    CHECK(t[1].real() == doctest::Approx(-2.0));
    CHECK(t[2].real() == doctest::Approx(1.0));
}

// Cross-checks: on symmetric matrices eigenvalues() agrees with eig_sym; on general ones Σλ = tr A,
// Πλ = det A (relative 1e-10: the QR iteration's error is ~ n·ε·‖A‖ per eigenvalue, and the product of
// n eigenvalues accumulates it), and complex eigenvalues of a real matrix come in conjugate pairs.
TEST_CASE("eigenvalues: agrees with eig_sym, trace and det (seeded random)") {
    Rng rng(52);
    for (std::size_t n : {2u, 3u, 5u, 8u, 15u, 30u}) {
        const Matrix S = random_symmetric(rng, n);
        const auto general = eigenvalues(S);
        const Vector sym = eig_sym(S).values;
        std::vector<double> re;
        for (const auto& z : general) re.push_back(z.real());
        std::sort(re.begin(), re.end(), std::greater<>());
        for (std::size_t i = 0; i < n; ++i) CHECK(re[i] == doctest::Approx(sym[i]).epsilon(1e-10));

        const Matrix A = testing::random_matrix(rng, n, n);
        const auto l = eigenvalues(A);
        std::complex<double> sum = 0.0, product = 1.0;
        for (const auto& z : l) {
            sum += z;
            product *= z;
        }
        INFO("n = " << n);
        CHECK(sum.real() == doctest::Approx(trace(A)).epsilon(1e-10));
        CHECK(std::abs(sum.imag()) < 1e-10);
        CHECK(product.real() == doctest::Approx(det(A)).epsilon(1e-9));
        CHECK(std::abs(product.imag()) < 1e-9 * std::max(1.0, std::abs(det(A))));
    }
}

TEST_CASE("power_iteration: the dominant eigenpair agrees with eig_sym") {
    const Matrix A{{4, 1, 0}, {1, 3, 1}, {0, 1, 2}};
    const Vector x0{1, 1, 1};
    const auto p = power_iteration(A, x0, 1e-12);
    const auto [values, V] = eig_sym(A);
    CHECK(p.value == doctest::Approx(values[0]).epsilon(1e-10));
    CHECK(std::abs(p.vector[0] * V(0, 0) + p.vector[1] * V(1, 0) + p.vector[2] * V(2, 0)) ==
          doctest::Approx(1.0).epsilon(1e-6));
    const Vector zero(3);
    CHECK_THROWS_AS(power_iteration(A, zero), DomainError);
    const Matrix flip{{1, 0}, {0, -1}};  // |λ₁| = |λ₂|: no dominant eigenvalue
    const Vector x{1, 1};
    CHECK_THROWS_AS(power_iteration(flip, x, 1e-12, 200), NotConvergedError);
}

TEST_CASE("svd: MML Example 4.13 has singular values √6 and 1") {
    const Matrix A{{1, 0, 1}, {-2, 1, 0}};
    const auto [U, S, V] = svd(A);
    CHECK(S == near(Vector{std::sqrt(6.0), 1.0}, 1e-14));
    CHECK(U * diag(S) * transpose(V) == near(A, 1e-14));
}

// A = U diag(S) Vᵀ with orthonormal U, V to 1e-12, S descending, for tall, wide, square and
// rank-deficient matrices; the singular values are the square roots of the eigenvalues of AᵀA.
TEST_CASE("svd: reconstruction and orthogonality for every shape and rank (seeded random)") {
    Rng rng(53);
    const std::size_t shapes[][3] = {{1, 1, 1}, {6, 3, 3}, {3, 6, 3}, {20, 20, 20}, {30, 10, 4}, {10, 30, 2}, {50, 50, 0}, {100, 40, 40}};
    for (const auto& s : shapes) {
        const std::size_t m = s[0], n = s[1], r = s[2];
        Matrix A = testing::random_matrix(rng, m, n);
        if (r < std::min(m, n)) A = testing::random_matrix(rng, m, r) * testing::random_matrix(rng, r, n);
        if (r == 0) A = Matrix(m, n);
        const auto [U, S, V] = svd(A);
        const std::size_t k = std::min(m, n);
        INFO("shape " << m << "x" << n << ", rank " << r);
        CHECK(U * diag(S) * transpose(V) == near(A, 1e-12));
        CHECK(transpose(U) * U == near(Matrix::identity(k), 1e-12));
        CHECK(transpose(V) * V == near(Matrix::identity(k), 1e-12));
        for (std::size_t i = 1; i < k; ++i) CHECK(S[i - 1] >= S[i]);
        CHECK(rank(A) == r);
        if (k <= 20 && r > 0) {
            const Vector lambda = eig_sym(transpose(A) * A).values;
            for (std::size_t i = 0; i < k; ++i) CHECK(S[i] * S[i] == near(lambda[i], 1e-11));
        }
    }
}

TEST_CASE("pinv: the Moore–Penrose conditions and the minimum-norm solution") {
    Rng rng(54);
    for (int trial = 0; trial < 10; ++trial) {
        const auto m = 2 + rng.uniform_int(10), n = 2 + rng.uniform_int(10), r = 1 + rng.uniform_int(std::min(m, n));
        const Matrix A = testing::random_matrix(rng, m, r) * testing::random_matrix(rng, r, n);
        const Matrix P = pinv(A);
        CHECK(A * P * A == near(A, 1e-11));
        CHECK(P * A * P == near(P, 1e-11));
        CHECK(transpose(A * P) == near(A * P, 1e-11));
        CHECK(transpose(P * A) == near(P * A, 1e-11));
    }
    const Matrix full{{2, 1}, {1, 3}};
    CHECK(pinv(full) == near(inverse(full), 1e-14));
}

// Eckart–Young: the spectral-norm error of the best rank-k approximation is σₖ, and the
// Frobenius error is √(σₖ² + … ); both checked via the SVD of the difference.
TEST_CASE("rank_k_approximation: error equals the first discarded singular value") {
    Rng rng(55);
    const Matrix A = testing::random_matrix(rng, 12, 8);
    const Vector S = svd(A).S;
    for (std::size_t k = 0; k <= 8; ++k) {
        const Matrix Ak = rank_k_approximation(A, k);
        CHECK(rank(Ak) == k);
        const double err = k < 8 ? svd(A - Ak).S[0] : 0.0;
        CHECK(err == near(k < 8 ? S[k] : 0.0, 1e-12));
    }
    CHECK_THROWS_AS(rank_k_approximation(A, 9), DimensionError);
}
