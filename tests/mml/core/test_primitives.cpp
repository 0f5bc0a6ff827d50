// Tests for the primitives in mml/core that every unit shares: dot and the scale-safe norm,
// triangular solves, Householder reflectors.
#include "testing.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace mml;
using mml::testing::near;
using mml::testing::rel_near;

TEST_CASE("dot: known values, strides, size mismatch") {
    const Vector x{1, 2, 3}, y{4, -5, 6};
    CHECK(dot(x, y) == 12.0);  // 4 − 10 + 18, exact in binary
    const Matrix A{{1, 2, 3}, {4, 5, 6}};
    CHECK(dot(A.data(), 1, A.data() + 3, 1, 3) == 32.0);  // row 0 · row 1
    CHECK(dot(A.data(), 3, A.data() + 1, 3, 2) == 22.0);  // column 0 · column 1 = 1·2 + 4·5
    const Vector two(2);
    CHECK_THROWS_WITH_AS(dot(x, two), doctest::Contains("sizes 3 and 2 differ"), DimensionError);
    CHECK(dot(Vector(), Vector()) == 0.0);
}

TEST_CASE("norm: Pythagoras at every scale, and non-finite entries") {
    // [3, 4]·c has norm 5·c exactly for c a power of ten that keeps 3c, 4c, 5c representable:
    // the fast path for ordinary c, the scaled path where squaring would over- or underflow.
    for (int e = -300; e <= 300; e += 10) {
        const double c = std::pow(10.0, e);
        const Vector x{3 * c, 4 * c};
        CAPTURE(e);
        CHECK(norm(x) == rel_near(5 * c, 4e-16));
    }
    const double big = std::numeric_limits<double>::max() / 2;
    const Vector huge{big, big};
    CHECK(norm(huge) == rel_near(big * std::sqrt(2.0), 4e-16));
    const double sub = std::numeric_limits<double>::denorm_min();
    const Vector tiny{sub, 0.0};
    CHECK(norm(tiny) == sub);
    CHECK(norm(Vector()) == 0.0);
    CHECK(norm(Vector(5)) == 0.0);
    const double inf = std::numeric_limits<double>::infinity();
    const Vector with_inf{1.0, -inf};
    CHECK(norm(with_inf) == inf);
    const Vector with_nan{1.0, std::nan("")};
    CHECK(std::isnan(norm(with_nan)));
    // A column of a matrix, through the strided form.
    const Matrix A{{3, 1}, {4, 1}};
    CHECK(norm2(A.data(), 2, 2) == 5.0);
}

TEST_CASE("triangular solves: exact systems, matrix right-hand sides, combined LU storage") {
    const Matrix L{{2, 0, 0}, {1, 3, 0}, {-1, 2, 4}};
    const Vector x{1, -2, 3};
    CHECK(solve_lower_triangular(L, L * x) == x);  // small integers: exact in binary
    const Matrix U = transpose(L);
    CHECK(solve_upper_triangular(U, U * x) == x);
    CHECK(solve_lower_triangular_transposed(L, U * x) == x);
    // Only the relevant triangle is read: garbage above the diagonal must not matter.
    Matrix LU{{2, 9, 9}, {1, 3, 9}, {-1, 2, 4}};
    CHECK(solve_lower_triangular(LU, L * x) == x);
    // Diagonal::unit ignores the diagonal (L in A = LU has ones there).
    const Matrix L1{{1, 0, 0}, {0.5, 1, 0}, {-0.25, 2, 1}};
    CHECK(solve_lower_triangular(LU = L1 + 6.0 * Matrix::identity(3), L1 * x, Diagonal::unit) == near(x, 1e-15));
    // Several right-hand sides: column j of the solution solves the system for column j.
    Rng rng(11);
    const Matrix B = testing::random_matrix(rng, 3, 4);
    const Matrix X = solve_lower_triangular(L, B), Y = solve_upper_triangular(U, B);
    for (std::size_t j = 0; j < 4; ++j) {
        CHECK(X.col(j) == near(solve_lower_triangular(L, B.col(j)), 1e-15));
        CHECK(Y.col(j) == near(solve_upper_triangular(U, B.col(j)), 1e-15));
    }
    CHECK(L * X == near(B, 1e-15));
}

TEST_CASE("triangular solves: residuals on random well-scaled systems, and at extreme scales") {
    Rng rng(2024);
    for (int trial = 0; trial < 50; ++trial) {
        const std::size_t n = 1 + rng.next_u64() % 40;
        Matrix L = testing::random_matrix(rng, n, n);
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = i + 1; j < n; ++j) L(i, j) = 0.0;
            L(i, i) = 2.0 + std::abs(L(i, i));  // diagonally dominant enough to be well conditioned
        }
        const Vector b = testing::random_vector(rng, n);
        const Vector y = solve_lower_triangular(L, b);
        // Backward stability: ‖b − Ly‖ ≤ n·ε·‖L‖·‖y‖ (Higham, Theorem 8.5), checked with a factor of 4.
        CHECK(norm(b - L * y) <= 4.0 * static_cast<double>(n) * 2.2e-16 * 3.0 * static_cast<double>(n) * norm(y));
    }
    // A triangular matrix scaled by 1e±300 has the same solution scaled by 1e∓300.
    const Matrix L{{2, 0}, {1, 4}};
    const Vector b{2, 9};  // x = [1, 2]
    for (double c : {1e-300, 1e-150, 1e150, 1e300}) {
        const Vector x = solve_lower_triangular(c * L, b);
        CHECK(x[0] == rel_near(1.0 / c, 4e-16));
        CHECK(x[1] == rel_near(2.0 / c, 4e-16));
    }
}

TEST_CASE("triangular solves: zero pivot and wrong shapes are typed errors") {
    const Matrix L{{1, 0}, {2, 0}};
    const Vector b{1, 1};
    CHECK_THROWS_WITH_AS(solve_lower_triangular(L, b), doctest::Contains("diagonal entry (1, 1) is zero"),
                         SingularMatrixError);
    const Matrix R{{1, 2, 3}, {0, 1, 2}};
    CHECK_THROWS_WITH_AS(solve_upper_triangular(R, b), doctest::Contains("must be square"), DimensionError);
    const Vector three(3);
    CHECK_THROWS_WITH_AS(solve_upper_triangular(Matrix::identity(2), three), doctest::Contains("right-hand side has 3"),
                         DimensionError);
    // A tiny but non-zero pivot is not singular: it is the condition number's job to warn.
    const Matrix D{{1e-300, 0}, {0, 1}};
    CHECK(solve_lower_triangular(D, b)[0] == rel_near(1e300, 1e-15));
}

TEST_CASE("Householder reflector: Hx = αe₁, H orthogonal, at every scale") {
    Rng rng(7);
    for (int trial = 0; trial < 100; ++trial) {
        const std::size_t n = 1 + rng.next_u64() % 12;
        const double scale = std::pow(10.0, -300.0 + 600.0 * rng.uniform());
        const Vector x = scale * testing::random_vector(rng, n);
        const Householder H = make_householder(x);
        CHECK(H.v[0] == 1.0);
        CHECK(std::abs(H.alpha) == rel_near(norm(x), 1e-15));
        Vector y = x;
        apply_householder(H, y, 0);
        CHECK(y[0] == rel_near(H.alpha, 1e-14));
        for (std::size_t i = 1; i < n; ++i) CHECK(std::abs(y[i]) <= 1e-15 * std::abs(H.alpha));
        // H = I − βvvᵀ is orthogonal: HᵀH = I, built explicitly here only to check it.
        const Matrix Hm = Matrix::identity(n) - H.beta * outer(H.v, H.v);
        CHECK(transpose(Hm) * Hm == near(Matrix::identity(n), 1e-15 * static_cast<double>(n)));
    }
}

TEST_CASE("Householder reflector: the sign choice avoids cancellation, and x = αe₁ needs nothing") {
    // x nearly parallel to e₁: with α = +‖x‖, u₀ = x₀ − ‖x‖ would cancel to ~1e-20 and lose every digit.
    const Vector x{1.0, 1e-10};
    const Householder H = make_householder(x);
    CHECK(H.alpha == rel_near(-std::hypot(1.0, 1e-10), 1e-16));
    Vector y = x;
    apply_householder(H, y, 0);
    CHECK(std::abs(y[1]) <= 1e-26);
    // Already a multiple of e₁: β = 0 and H = I.
    const Vector e{-3.0, 0.0, 0.0};
    const Householder I = make_householder(e);
    CHECK(I.beta == 0.0);
    CHECK(I.alpha == -3.0);
    const Householder Z = make_householder(Vector(3));
    CHECK(Z.beta == 0.0);
    CHECK(Z.alpha == 0.0);
}

TEST_CASE("Householder reflector: applied to blocks from the left and the right") {
    Rng rng(99);
    const Matrix A = testing::random_matrix(rng, 5, 4);
    // Zero column 1 below row 2 with a reflector acting on rows 2..4.
    const Householder H = make_householder(A.data() + 2 * 4 + 1, 4, 3);
    Matrix B = A;
    apply_householder_left(H, B, 2, 0);
    Matrix Hfull = Matrix::identity(5);
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < 3; ++j) Hfull(2 + i, 2 + j) -= H.beta * H.v[i] * H.v[j];
    CHECK(B == near(Hfull * A, 1e-15));
    CHECK(std::abs(B(3, 1)) <= 1e-15);
    CHECK(std::abs(B(4, 1)) <= 1e-15);
    // From the right on columns 1..3, i.e. A H with H embedded at columns 1..3.
    const Householder G = make_householder(A.data() + 1, 1, 3);  // from row 0, columns 1..3
    Matrix C = A;
    apply_householder_right(G, C, 0, 1);
    Matrix Gfull = Matrix::identity(4);
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < 3; ++j) Gfull(1 + i, 1 + j) -= G.beta * G.v[i] * G.v[j];
    CHECK(C == near(A * Gfull, 1e-15));
    CHECK(std::abs(C(0, 2)) <= 1e-15);
    Matrix small(2, 2);
    CHECK_THROWS_AS(apply_householder_left(H, small, 0, 0), DimensionError);
}

TEST_CASE("Vector and Matrix element access stays checked (inline in the headers)") {
    Vector x(3);
    CHECK_THROWS_WITH_AS(x[3], doctest::Contains("index 3 is out of range for a vector of size 3"), DimensionError);
    Matrix A(2, 3);
    const Matrix& cA = A;
    CHECK_THROWS_WITH_AS(A(2, 0), doctest::Contains("index (2, 0) is out of range for a 2x3"), DimensionError);
    CHECK_THROWS_AS(cA(0, 3), DimensionError);
}

TEST_CASE("composite Simpson: exact for cubics, fourth-order error, and n must be even") {
    // Simpson's rule integrates polynomials up to degree 3 exactly: ∫₀² x³ − x dx = 4 − 2 = 2.
    CHECK(composite_simpson([](double x) { return x * x * x - x; }, 0.0, 2.0, 2) == rel_near(2.0, 1e-15));
    // ∫₀^π sin = 2; the error falls by 2⁴ = 16 when n doubles (−(b−a)h⁴f⁽⁴⁾/180).
    const double pi = std::acos(-1.0);
    const double e16 = std::abs(composite_simpson([](double x) { return std::sin(x); }, 0.0, pi, 16) - 2.0);
    const double e32 = std::abs(composite_simpson([](double x) { return std::sin(x); }, 0.0, pi, 32) - 2.0);
    // The ratio tends to 16 as h → 0 (16.22 at n = 8 → 16; 16.06 at n = 16 → 32): checked to 1%.
    CHECK(e16 / e32 == rel_near(16.0, 0.01));
    CHECK_THROWS_WITH_AS(composite_simpson([](double x) { return x; }, 0.0, 1.0, 3), doctest::Contains("even"),
                         DomainError);
}
