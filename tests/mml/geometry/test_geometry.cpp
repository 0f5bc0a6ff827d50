// Tests for unit 2: inner products, norms, angles, orthogonality, projections, rotations, k-NN, PCA.
#include "testing.hpp"

#include "mml/geometry.hpp"
#include "mml/linalg.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace mml;
using mml::testing::near;

namespace {
const double pi = std::acos(-1.0);
double degrees(double radians) { return radians * 180.0 / pi; }
}  // namespace

TEST_CASE("norms: known values for p = 1, 2, infinity and general p") {
    const Vector x{3, -4};
    CHECK(norm(x) == 5.0);
    CHECK(norm(x, 1) == 7.0);
    CHECK(norm(x, 2) == 5.0);
    CHECK(norm(x, std::numeric_limits<double>::infinity()) == 4.0);
    CHECK(norm(x, 3) == doctest::Approx(std::cbrt(27.0 + 64.0)).epsilon(1e-15));
    const Vector huge{3e200, 4e200};  // squares overflow without scaling
    CHECK(norm(huge) == doctest::Approx(5e200).epsilon(1e-15));
    CHECK(distance(Vector{1, 1}, Vector{4, 5}) == 5.0);
    CHECK_THROWS_AS(norm(x, 0.5), DomainError);
}

// MML Example 3.5: under ⟨x,y⟩ = x₁y₁ − ½(x₁y₂ + x₂y₁) + x₂y₂, ‖[1,1]‖ = 1 (√2 under the dot product).
TEST_CASE("inner products: MML Examples 3.5 and 3.7, and the Gram matrix") {
    const InnerProduct ip(Matrix{{1, -0.5}, {-0.5, 1}});
    const Vector ones{1, 1};
    CHECK(ip.norm(ones) == doctest::Approx(1.0).epsilon(1e-15));
    CHECK(norm(ones) == doctest::Approx(std::sqrt(2.0)));
    // Example 3.7: [1,1] and [−1,1] are orthogonal under the dot product but 109.47° apart under diag(2, 1).
    const Vector a{1, 1}, b{-1, 1};
    CHECK(InnerProduct::euclidean(2).orthogonal(a, b));
    const InnerProduct stretched(Matrix{{2, 0}, {0, 1}});
    CHECK(degrees(stretched.angle(a, b)) == doctest::Approx(109.47).epsilon(1e-4));
    CHECK(std::cos(stretched.angle(a, b)) == doctest::Approx(-1.0 / 3.0).epsilon(1e-14));
    const Matrix B{{1, 0}, {1, 1}};
    CHECK(gram_matrix(B, stretched) == near(Matrix{{3, 1}, {1, 1}}, 1e-15));
}

TEST_CASE("inner products: a matrix that is not SPD is rejected") {
    const Matrix indefinite{{1, 2}, {2, 1}};
    CHECK_THROWS_WITH_AS(InnerProduct{indefinite}, doctest::Contains("positive definite"), DomainError);
    const Matrix not_symmetric{{1, 1}, {0, 1}};
    CHECK_THROWS_AS(InnerProduct{not_symmetric}, DomainError);
}

// MML Example 3.6: the angle between [1,1] and [1,2] is arccos(3/√10) ≈ 18.43°.
TEST_CASE("angle: MML Example 3.6, parallel vectors, and a zero vector") {
    const Vector x{1, 1}, y{1, 2};
    CHECK(angle(x, y) == doctest::Approx(std::acos(3.0 / std::sqrt(10.0))).epsilon(1e-14));
    CHECK(degrees(angle(x, y)) == doctest::Approx(18.43).epsilon(1e-3));
    const Vector v{0.1, 0.7, 1.3};
    CHECK(angle(v, 3.0 * v) == 0.0);  // clamped: rounding can make the cosine 1.0000000000000002
    CHECK(angle(v, -3.0 * v) == doctest::Approx(pi));
    const Vector zero(3);
    CHECK_THROWS_AS(angle(v, zero), DomainError);
}

// Cauchy–Schwarz |⟨x,y⟩| ≤ ‖x‖‖y‖ and the triangle inequality ‖x + y‖ ≤ ‖x‖ + ‖y‖, for the dot product
// and a random SPD inner product, and for p-norms (Minkowski), on seeded random vectors (1e-12 slack
// for rounding).
TEST_CASE("Cauchy-Schwarz and the triangle inequality on many random vectors") {
    Rng rng(201);
    for (int trial = 0; trial < 200; ++trial) {
        const auto n = 1 + rng.uniform_int(10);
        const Vector x = testing::random_vector(rng, n), y = testing::random_vector(rng, n);
        const InnerProduct ip(testing::random_spd(rng, n));
        CHECK(std::abs(dot(x, y)) <= norm(x) * norm(y) * (1 + 1e-12));
        CHECK(std::abs(ip(x, y)) <= ip.norm(x) * ip.norm(y) * (1 + 1e-12));
        CHECK(ip.norm(x + y) <= (ip.norm(x) + ip.norm(y)) * (1 + 1e-12));
        for (double p : {1.0, 1.5, 2.0, 3.0, 10.0}) CHECK(norm(x + y, p) <= (norm(x, p) + norm(y, p)) * (1 + 1e-12));
    }
}

TEST_CASE("matrix norms: Frobenius, induced 1, 2 and infinity") {
    const Matrix A{{1, -2}, {3, 4}};
    CHECK(frobenius_norm(A) == doctest::Approx(std::sqrt(30.0)));
    CHECK(induced_norm(A, 1) == 6.0);
    CHECK(induced_norm(A, std::numeric_limits<double>::infinity()) == 7.0);
    CHECK(induced_norm(A, 2) == doctest::Approx(svd(A).S[0]));
    Rng rng(202);
    for (int trial = 0; trial < 20; ++trial) {  // ‖Ax‖ ≤ ‖A‖‖x‖ for the induced norms
        const Matrix M = testing::random_matrix(rng, 4, 3);
        const Vector x = testing::random_vector(rng, 3);
        CHECK(norm(M * x) <= induced_norm(M, 2) * norm(x) * (1 + 1e-12));
        CHECK(norm(M * x, 1) <= induced_norm(M, 1) * norm(x, 1) * (1 + 1e-12));
        CHECK(induced_norm(M, 2) <= frobenius_norm(M) * (1 + 1e-12));
    }
    CHECK_THROWS_AS(induced_norm(A, 3), DomainError);
}

// sin and cos are orthogonal on [−π, π] under ⟨f,g⟩ = ∫ f g (MML Example 3.9); ⟨sin, sin⟩ = π.
TEST_CASE("inner product of functions: orthogonal sines and cosines") {
    auto s = [](double x) { return std::sin(x); };
    auto c = [](double x) { return std::cos(x); };
    auto s2 = [](double x) { return std::sin(2 * x); };
    CHECK(std::abs(function_inner_product(s, c, -pi, pi)) < 1e-12);
    CHECK(std::abs(function_inner_product(s, s2, -pi, pi)) < 1e-12);
    CHECK(function_inner_product(s, s, -pi, pi) == doctest::Approx(pi).epsilon(1e-10));
}

// MML Example 3.12: Gram–Schmidt on [2, 0], [1, 1] gives the directions [1, 0], [0, 1].
TEST_CASE("Gram-Schmidt: MML Example 3.12 and properties") {
    const Matrix B{{2, 1}, {0, 1}};
    CHECK(gram_schmidt(B) == near(Matrix{{1, 0}, {0, 1}}, 1e-15));
    CHECK(gram_schmidt_classical(B) == near(Matrix{{1, 0}, {0, 1}}, 1e-15));
    Rng rng(203);
    for (int trial = 0; trial < 20; ++trial) {
        const auto n = 2 + rng.uniform_int(8), k = 1 + rng.uniform_int(n);
        const Matrix A = testing::random_matrix(rng, n, k);
        const Matrix Q = gram_schmidt(A);
        CHECK(is_orthonormal_set(Q, 1e-12));
        // Same span: projecting A's columns onto span(Q) changes nothing.
        CHECK(Q * (transpose(Q) * A) == near(A, 1e-12));
    }
    const Matrix dependent{{1, 2}, {1, 2}};
    CHECK_THROWS_AS(gram_schmidt(dependent), DomainError);
}

// The lesson: on a nearly dependent set classical GS loses orthogonality, modified keeps much more.
TEST_CASE("Gram-Schmidt: modified keeps orthogonality where classical loses it") {
    const double d = 1e-8;
    const Matrix A{{1, 1, 1}, {d, 0, 0}, {0, d, 0}, {0, 0, d}};  // Läuchli: columns nearly equal
    const Matrix Qc = gram_schmidt_classical(A), Qm = gram_schmidt(A);
    const double loss_classical = max_abs_difference(transpose(Qc) * Qc, Matrix::identity(3));
    const double loss_modified = max_abs_difference(transpose(Qm) * Qm, Matrix::identity(3));
    INFO("classical: " << loss_classical << ", modified: " << loss_modified);
    CHECK(loss_classical > 0.1);   // classical: q₂ and q₃ are far from orthogonal
    CHECK(loss_modified < 1e-7);   // modified: ~ ε·κ
}

TEST_CASE("orthogonal complement and basis completion") {
    const Matrix B{{1}, {1}, {1}};
    const Matrix C = orthogonal_complement(B);
    CHECK(C.cols() == 2);
    CHECK(transpose(B) * C == near(Matrix(1, 2), 1e-14));
    CHECK(is_orthonormal_set(C));
    const Matrix Q = gram_schmidt(B);
    const Matrix full = complete_orthonormal_basis(Q);
    CHECK(transpose(full) * full == near(Matrix::identity(3), 1e-14));
    CHECK(full.col(0) == near(Q.col(0), 1e-15));
}

// MML Example 3.10: projection onto the line through b = [1, 2, 2] has P = (1/9)[[1,2,2],[2,4,4],[2,4,4]].
TEST_CASE("projection onto a line: MML Example 3.10") {
    const Vector b{1, 2, 2};
    const Matrix expected = Matrix{{1, 2, 2}, {2, 4, 4}, {2, 4, 4}} / 9.0;
    CHECK(projection_matrix_line(b) == near(expected, 1e-15));
    const Matrix B = Matrix::from_columns({b});
    CHECK(projection_matrix(B) == near(expected, 1e-14));
    const Vector x{1, 1, 1};
    CHECK(project_onto_line(x, b) == near(expected * x, 1e-15));
    const Vector zero(3);
    CHECK_THROWS_AS(project_onto_line(x, zero), DomainError);
}

// MML Example 3.11: U = span{[1,1,1], [0,1,2]}, x = [6,0,0]: λ = [5, −3], π(x) = [5, 2, −1], error √6.
TEST_CASE("projection onto a subspace: MML Example 3.11") {
    const Matrix B{{1, 0}, {1, 1}, {1, 2}};
    const Vector x{6, 0, 0};
    CHECK(projection_coordinates(x, B) == near(Vector{5, -3}, 1e-14));
    CHECK(project_onto_subspace(x, B) == near(Vector{5, 2, -1}, 1e-14));
    CHECK(projection_error(x, B) == doctest::Approx(std::sqrt(6.0)).epsilon(1e-14));
}

// P² = P, Pᵀ = P, the residual is orthogonal to U, and π(x) is the closest point (seeded random).
TEST_CASE("projections: idempotent, symmetric, orthogonal residual, closest point") {
    Rng rng(204);
    for (int trial = 0; trial < 20; ++trial) {
        const auto n = 2 + rng.uniform_int(8), k = 1 + rng.uniform_int(n - 1);
        const Matrix B = testing::random_matrix(rng, n, k);
        const Matrix P = projection_matrix(B);
        CHECK(P * P == near(P, 1e-12));
        CHECK(transpose(P) == near(P, 1e-14));
        const Vector x = testing::random_vector(rng, n);
        const Vector p = project_onto_subspace(x, B);
        CHECK(transpose(B) * (x - p) == near(Vector(k), 1e-12));
        CHECK(B * projection_coordinates(x, B) == near(p, 1e-12));
        const Vector other = B * testing::random_vector(rng, k);  // any other point of U is farther away
        CHECK(norm(x - p) <= norm(x - other) + 1e-12);
        // Cross-check with the normal equations (well-conditioned B): λ = (BᵀB)⁻¹Bᵀx.
        CHECK(projection_coordinates(x, B) == near(solve(transpose(B) * B, transpose(B) * x), 1e-9));
    }
    const Matrix dependent{{1, 2}, {1, 2}, {1, 2}};
    const Vector x{1, 2, 3};
    CHECK_THROWS_AS(project_onto_subspace(x, dependent), DomainError);
}

TEST_CASE("projection onto an affine subspace") {
    // The line x₀ + t·b in ℝ² with x₀ = [0, 1], b = [1, 0]: the closest point to [3, 5] is [3, 1].
    const Vector x{3, 5}, x0{0, 1};
    const Matrix B{{1}, {0}};
    CHECK(project_onto_affine(x, x0, B) == near(Vector{3, 1}, 1e-15));
}

// Rotations and reflections preserve lengths and angles; det = +1 for rotations, −1 for reflections.
TEST_CASE("rotations and reflections: orthogonal, length and angle preserving, det ±1") {
    Rng rng(205);
    for (int trial = 0; trial < 20; ++trial) {
        const double theta = 2 * pi * rng.uniform();
        const Matrix Rs[] = {rotation_2d(theta), rotation_x(theta), rotation_y(theta), rotation_z(theta),
                             givens_rotation(5, 1, 3, theta)};
        for (const Matrix& R : Rs) {
            const std::size_t n = R.rows();
            CHECK(transpose(R) * R == near(Matrix::identity(n), 1e-14));
            CHECK(det(R) == doctest::Approx(1.0).epsilon(1e-13));
            const Vector x = testing::random_vector(rng, n), y = testing::random_vector(rng, n);
            CHECK(norm(R * x) == doctest::Approx(norm(x)).epsilon(1e-14));
            CHECK(angle(R * x, R * y) == doctest::Approx(angle(x, y)).epsilon(1e-9));
        }
        const Vector v = testing::random_vector(rng, 4);
        const Matrix H = householder_matrix(v);
        CHECK(transpose(H) * H == near(Matrix::identity(4), 1e-14));
        CHECK(det(H) == doctest::Approx(-1.0).epsilon(1e-13));
        CHECK(H * v == near(-1.0 * v, 1e-14));  // v is mirrored to −v
    }
    CHECK(rotation_2d(pi / 2) * Vector{1, 0} == near(Vector{0, 1}, 1e-15));
    const double t = givens_angle(3, 4);
    CHECK(givens_rotation(2, 0, 1, t) * Vector{3, 4} == near(Vector{5, 0}, 1e-14));
    CHECK_THROWS_AS(givens_rotation(3, 1, 1, 0.2), DimensionError);
}

TEST_CASE("distance matrix and k-nearest neighbours, under two inner products") {
    const Matrix X{{0, 0}, {0, 1}, {3, 0}, {3, 1}};
    const std::vector<int> labels{0, 0, 1, 1};
    const InnerProduct euclid = InnerProduct::euclidean(2);
    const Matrix D = distance_matrix(X, euclid);
    CHECK(D(0, 3) == doctest::Approx(std::sqrt(10.0)));
    CHECK(D == near(transpose(D), 0.0));
    const Vector q{1.4, 3.0};
    CHECK(knn_classify(X, labels, q, 1, euclid) == 0);
    CHECK(knn_classify(X, labels, Vector{2.0, 0.5}, 3, euclid) == 1);
    // Stretch the second axis: now the vertical difference dominates and the same query point changes class.
    const InnerProduct vertical(Matrix{{0.01, 0}, {0, 1}});
    const Vector q2{1.0, 0.0};
    CHECK(knn_classify(X, labels, q2, 1, euclid) == 0);
    const Matrix X2{{0, 1}, {3, 0}};
    const std::vector<int> l2{0, 1};
    CHECK(knn_classify(X2, l2, q2, 1, euclid) == 0);
    CHECK(knn_classify(X2, l2, q2, 1, vertical) == 1);
    CHECK_THROWS_AS(knn_classify(X, labels, q, 0, euclid), DomainError);
    CHECK_THROWS_AS(knn_classify(X, labels, q, 5, euclid), DomainError);
}

// PCA on data with a known structure, the cross-check with the covariance's eigenvectors, and the
// reconstruction error = sum of the discarded eigenvalues (MML §10.3).
TEST_CASE("PCA: SVD directions equal covariance eigenvectors; reconstruction error = discarded eigenvalues") {
    Rng rng(206);
    const std::size_t N = 200, D = 4;
    Matrix X(N, D);
    for (std::size_t n = 0; n < N; ++n) {
        const double t = 3.0 * rng.normal(), s = 1.0 * rng.normal(), u = 0.2 * rng.normal();
        X(n, 0) = 1 + t + 0.1 * u;
        X(n, 1) = -2 + t - s;
        X(n, 2) = 5 + s + u;
        X(n, 3) = 0.5 * u;
    }
    const PCA full = pca(X, D);
    // Covariance S = X̄ᵀX̄/N and its eigen-decomposition.
    Matrix centred = X;
    for (std::size_t n = 0; n < N; ++n)
        for (std::size_t d = 0; d < D; ++d) centred(n, d) -= full.mean[d];
    const Matrix S = transpose(centred) * centred / static_cast<double>(N);
    const auto [lambda, V] = eig_sym(S);
    CHECK(full.explained_variance == near(lambda, 1e-10));
    for (std::size_t i = 0; i < D; ++i)  // same direction up to sign
        CHECK(std::abs(dot(full.components.col(i), V.col(i))) == doctest::Approx(1.0).epsilon(1e-8));
    double ratio_sum = 0.0;
    for (double r : full.explained_variance_ratio) ratio_sum += r;
    CHECK(ratio_sum == doctest::Approx(1.0).epsilon(1e-12));
    for (std::size_t k = 1; k <= D; ++k) {
        const PCA model = pca(X, k);
        const Matrix Xr = pca_reconstruct(model, pca_project(model, X));
        double error = 0.0;  // average squared reconstruction error
        for (std::size_t n = 0; n < N; ++n) {
            const Vector diff = X.row(n) - Xr.row(n);
            error += dot(diff, diff);
        }
        error /= static_cast<double>(N);
        double discarded = 0.0;
        for (std::size_t i = k; i < D; ++i) discarded += lambda[i];
        INFO("k = " << k);
        CHECK(error == near(discarded, 1e-9));  // relative to max(1, values): absolute near 0 (λ₄ = 0 here)
    }
    CHECK_THROWS_AS(pca(X, 0), DimensionError);
    CHECK_THROWS_AS(pca(X, 5), DimensionError);
}

TEST_CASE("pca: asking for more components than the data has points is a DimensionError before any work") {
    const Matrix X{{1, 2, 3, 4}, {2, 1, 0, 5}};  // N = 2 points in D = 4 dimensions: the thin SVD has 2 values
    CHECK_THROWS_WITH_AS(pca(X, 3), doctest::Contains("choose k <= 2"), DimensionError);
    CHECK(pca(X, 2).components.cols() == 2);
}
