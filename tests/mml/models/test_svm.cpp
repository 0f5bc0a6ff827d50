// Tests for mml/models: kernels and Gram matrices, and the soft-margin SVM by SMO (MML ch. 12).
#include "testing.hpp"

#include "mml/mml.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace mml;
using mml::testing::near;
using mml::testing::rel_near;

namespace {

struct Labelled {
    Matrix X;
    std::vector<int> y;
};

// Two Gaussian clouds at ±shift·(1, 1) with unit spread: separable for a large shift, overlapping
// for a small one.
Labelled two_clouds(Rng& rng, std::size_t N, double shift) {
    Labelled d{Matrix(N, 2), std::vector<int>(N)};
    for (std::size_t n = 0; n < N; ++n) {
        d.y[n] = n % 2 == 0 ? 1 : -1;
        for (std::size_t j = 0; j < 2; ++j) d.X(n, j) = d.y[n] * shift + rng.normal();
    }
    return d;
}

// The maximum-margin separating line of 2-D separable data, found geometrically: the optimal line
// is fixed by its support vectors, either one point of each class (the line is the perpendicular
// bisector of the two) or two points of one class and one of the other (the line is parallel to
// the first two, half-way to the third). Of all those candidates that separate the data, the best
// has the largest geometric margin γ = minₙ yₙ(uᵀxₙ − c), ‖u‖ = 1. O(N³): for small N only.
struct Line {
    Vector u;
    double c;
    double margin;
};
double geometric_margin(const Labelled& d, const Vector& u, double c) {
    double m = std::numeric_limits<double>::infinity();
    for (std::size_t n = 0; n < d.X.rows(); ++n) m = std::min(m, d.y[n] * (dot(u, d.X.row(n)) - c));
    return m;
}
// The line uᵀx = c, for any u ≠ 0 (scaled here to ‖u‖ = 1), in both orientations.
void consider(const Labelled& d, Vector u, double c, Line& best) {
    c /= norm(u);
    u = u / norm(u);
    for (int sign : {1, -1}) {  // either orientation
        const double m = geometric_margin(d, sign * u, sign * c);
        if (m > best.margin) best = {sign * u, sign * c, m};
    }
}
Line max_margin_line(const Labelled& d) {
    const std::size_t N = d.X.rows();
    Line best{Vector(2), 0.0, -std::numeric_limits<double>::infinity()};
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < N; ++j) {
            const Vector p = d.X.row(i), q = d.X.row(j);
            if (d.y[i] == 1 && d.y[j] == -1) {
                const Vector u = p - q;  // the bisector of p and q
                consider(d, u, dot(u, p + q) / 2.0, best);
            }
            if (i < j && d.y[i] == d.y[j])
                for (std::size_t k = 0; k < N; ++k) {
                    if (d.y[k] == d.y[i]) continue;
                    const Vector u{-(q - p)[1], (q - p)[0]};  // normal to the line through p and q
                    consider(d, u, (dot(u, p) + dot(u, d.X.row(k))) / 2.0, best);
                }
        }
    return best;
}

// The largest violation of the SVM's KKT conditions at a model (MML §12.3): with mₙ = yₙ f(xₙ),
// αₙ = 0 ⇒ mₙ ≥ 1, 0 < αₙ < C ⇒ mₙ = 1, αₙ = C ⇒ mₙ ≤ 1; and 0 ≤ α ≤ C, yᵀα = 0.
double kkt_violation(const SvmModel& model, double C) {
    double worst = 0.0, balance = 0.0;
    for (std::size_t n = 0; n < model.X.rows(); ++n) {
        const double a = model.alpha[n], m = model.y[n] * model.decision(model.X.row(n));
        worst = std::max({worst, -a, a - C});
        if (a == 0.0) worst = std::max(worst, 1.0 - m);
        else if (a == C) worst = std::max(worst, m - 1.0);
        else worst = std::max(worst, std::abs(m - 1.0));
        balance += a * model.y[n];
    }
    return std::max(worst, std::abs(balance));
}

}  // namespace

TEST_CASE("kernels: values by hand, symmetric positive semidefinite Gram matrices, bad parameters") {
    const Vector x{1, 2}, z{3, 4};
    CHECK(Kernel::linear()(x, z) == 11.0);
    CHECK(Kernel::polynomial(2, 1.0)(x, z) == 144.0);   // (11 + 1)²
    CHECK(Kernel::polynomial(3, 0.0)(x, z) == 1331.0);  // 11³
    CHECK(Kernel::rbf(0.5)(x, z) == rel_near(std::exp(-4.0), 1e-15));  // ‖x − z‖² = 8
    CHECK(Kernel::rbf(0.5)(x, x) == 1.0);
    Rng rng(1201);
    const Matrix X = mml::testing::random_matrix(rng, 15, 3);
    for (const Kernel& k : {Kernel::linear(), Kernel::polynomial(3, 1.0), Kernel::rbf(2.0)}) {
        const Matrix K = gram_matrix(k, X);
        CHECK(K == transpose(K));
        CHECK(K == near(gram_matrix(k, X, X), 0.0));
        CHECK(K(3, 7) == k(X.row(3), X.row(7)));
        // Every eigenvalue ≥ 0 up to the rounding of a 15×15 eigensolver (1e-12 of the largest).
        const EigSym e = eig_sym(K);
        CHECK(e.values[14] >= -1e-12 * e.values[0]);
    }
    CHECK(gram_matrix(Kernel::rbf(1.0), X, Matrix(4, 3)).rows() == 15);
    CHECK_THROWS_AS(gram_matrix(Kernel::linear(), X, Matrix(4, 2)), DimensionError);
    CHECK_THROWS_AS(Kernel::linear()(x, Vector{1, 2, 3}), DimensionError);
    CHECK_THROWS_AS(Kernel::rbf(0.0), DomainError);
    CHECK_THROWS_AS(Kernel::rbf(NAN), DomainError);
    CHECK_THROWS_AS(Kernel::polynomial(0, 1.0), DomainError);
    CHECK_THROWS_AS(Kernel::polynomial(2, -1.0), DomainError);
}

TEST_CASE("SVM: separable data with large C gives the hard-margin answer (worked by hand)") {
    // Positives (2, 0), (3, ±1); negatives (0, 0), (−1, ±1). The closest pair is (2, 0) and (0, 0):
    // the separating line is x₁ = 1, w = (1, 0), b = −1, margin 2/‖w‖ = 2 (the distance between
    // the pair), and w = Σ αₙyₙxₙ = α₊(2, 0) − α₋(0, 0) with α₊ = α₋ (yᵀα = 0) gives α₊ = α₋ = ½.
    const Matrix X{{2, 0}, {3, 1}, {3, -1}, {0, 0}, {-1, 1}, {-1, -1}};
    const std::vector<int> y{1, 1, 1, -1, -1, -1};
    const SvmModel model = svm_fit(X, y, Kernel::linear(), 1e6);
    CHECK(model.alpha == near(Vector{0.5, 0, 0, 0.5, 0, 0}, 1e-8));
    CHECK(svm_weights(model) == near(Vector{1, 0}, 1e-8));
    CHECK(model.b == near(-1.0, 1e-8));
    CHECK(model.support == std::vector<std::size_t>{0, 3});
    CHECK(model.predict(Vector{1.5, 7}) == 1);
    CHECK(model.predict(Vector{0.5, -7}) == -1);
    CHECK(model.predict(Vector{1.0, 0}) == 1);  // on the boundary: ties go to +1
}

TEST_CASE("SVM: on random separable data the margin is the geometric maximum margin") {
    // SMO stops at m(α) − M(α) ≤ 1e-10, so every margin condition holds to 1e-10 and w, b are
    // within a few 1e-10 relative of the optimum; the geometric search is exact up to rounding.
    Rng rng(1202);
    for (int trial = 0; trial < 5; ++trial) {
        const auto d = two_clouds(rng, 16, 3.0);
        const Line best = max_margin_line(d);
        REQUIRE(best.margin > 0.0);  // separable
        const SvmModel model = svm_fit(d.X, d.y, Kernel::linear(), 1e8, 1e-10);
        const Vector w = svm_weights(model);
        CHECK(2.0 / norm(w) == rel_near(2.0 * best.margin, 1e-7));  // margin 2/‖w‖ = 2γ
        CHECK(w / norm(w) == near(best.u, 1e-7));
        CHECK(-model.b / norm(w) == near(best.c, 1e-7));
        for (std::size_t n : model.support)  // the support vectors lie on the margin: yₙf(xₙ) = 1
            CHECK(d.y[n] * model.decision(d.X.row(n)) == near(1.0, 1e-8));
        for (std::size_t n = 0; n < d.X.rows(); ++n) CHECK(d.y[n] * model.decision(d.X.row(n)) >= 1.0 - 1e-8);
    }
}

TEST_CASE("SVM: KKT conditions to the tolerance, and primal objective = dual objective") {
    // With KKT violations ≤ tol the duality gap is Σₙ [αₙ(yₙfₙ − 1) + C ξₙ] ≤ 2NC·tol.
    Rng rng(1203);
    const double tol = 1e-8;
    for (const Kernel& kernel : {Kernel::linear(), Kernel::rbf(0.5), Kernel::polynomial(2, 1.0)})
        for (double C : {0.1, 1.0, 10.0}) {
            CAPTURE(C);
            const auto d = two_clouds(rng, 40, 0.7);  // overlapping: some αₙ = C
            const SvmModel model = svm_fit(d.X, d.y, kernel, C, tol);
            CHECK(kkt_violation(model, C) <= tol + 1e-12);  // + the rounding of recomputing f(xₙ)
            const double dual = svm_dual_objective(model.alpha, d.y, gram_matrix(kernel, d.X));
            const double primal = svm_primal_objective(model, C);
            CHECK(primal >= dual - 1e-12 * primal);  // weak duality
            CHECK(primal - dual <= 2.0 * 40.0 * C * tol);
        }
}

TEST_CASE("SVM: SMO agrees with unit 4's active-set QP solver on small problems") {
    // Both solve the same strictly convex dual (RBF on distinct points: Q positive definite).
    // SMO stops at a KKT gap of 1e-12; the active-set method is exact up to rounding. The
    // dual objectives agree to 1e-10 relative, the decisions to 1e-8.
    Rng rng(1204);
    for (double C : {0.5, 5.0}) {
        const auto d = two_clouds(rng, 14, 0.8);
        const SvmModel smo = svm_fit(d.X, d.y, Kernel::rbf(0.7), C, 1e-12);
        const SvmModel qp = svm_fit_qp(d.X, d.y, Kernel::rbf(0.7), C);
        const Matrix K = gram_matrix(Kernel::rbf(0.7), d.X);
        CHECK(svm_dual_objective(smo.alpha, d.y, K) == rel_near(svm_dual_objective(qp.alpha, d.y, K), 1e-10));
        CHECK(smo.alpha == near(qp.alpha, 1e-8));
        CHECK(smo.support == qp.support);
        for (int t = 0; t < 10; ++t) {
            const Vector x = 2.0 * mml::testing::random_vector(rng, 2);
            CHECK(smo.decision(x) == near(qp.decision(x), 1e-8));
        }
    }
}

TEST_CASE("SVM: the RBF kernel separates XOR, the linear kernel cannot") {
    // XOR: the class is the sign of x₁x₂; 4 corners and 60 noisy points around them.
    Rng rng(1205);
    Labelled d{Matrix(64, 2), std::vector<int>(64)};
    for (std::size_t n = 0; n < 64; ++n) {
        const double a = n % 2 == 0 ? 1.0 : -1.0, b = (n / 2) % 2 == 0 ? 1.0 : -1.0;
        const double noise = n < 4 ? 0.0 : 0.3;
        d.X(n, 0) = a + noise * rng.normal();
        d.X(n, 1) = b + noise * rng.normal();
        d.y[n] = d.X(n, 0) * d.X(n, 1) > 0 ? 1 : -1;
    }
    const SvmModel rbf = svm_fit(d.X, d.y, Kernel::rbf(1.0), 100.0);
    std::size_t correct = 0;
    for (std::size_t n = 0; n < 64; ++n) correct += rbf.predict(d.X.row(n)) == d.y[n] ? 1U : 0U;
    CHECK(correct == 64);
    // No line classifies all four corners: at least one of them is wrong.
    const SvmModel linear = svm_fit(d.X, d.y, Kernel::linear(), 1.0);
    std::size_t corners = 0;
    for (std::size_t n = 0; n < 4; ++n) corners += linear.predict(d.X.row(n)) == d.y[n] ? 1U : 0U;
    CHECK(corners <= 3);
}

TEST_CASE("SVM: bad input is a typed error with the fix") {
    const Matrix X{{0, 0}, {1, 1}, {2, 2}};
    CHECK_THROWS_AS(svm_fit(X, {0, 1, 1}, Kernel::linear(), 1.0), DomainError);  // 0/1 labels
    CHECK_THROWS_AS(svm_fit(X, {1, 1, 1}, Kernel::linear(), 1.0), DomainError);  // one class
    CHECK_THROWS_AS(svm_fit(X, {1, -1}, Kernel::linear(), 1.0), DimensionError);
    CHECK_THROWS_AS(svm_fit(X, {1, -1, 1}, Kernel::linear(), 0.0), DomainError);
    CHECK_THROWS_AS(svm_fit(X, {1, -1, 1}, Kernel::linear(), 1.0, 0.0), DomainError);
    CHECK_THROWS_AS(svm_fit(Matrix{{0, NAN}, {1, 1}}, {1, -1}, Kernel::linear(), 1.0), DomainError);
    CHECK_THROWS_AS(svm_fit(Matrix(), {}, Kernel::linear(), 1.0), DimensionError);
    const SvmModel model = svm_fit(X, {-1, 1, 1}, Kernel::linear(), 1.0);
    CHECK_THROWS_AS(model.decision(Vector{1, 2, 3}), DimensionError);
    CHECK_THROWS_AS(svm_weights(svm_fit(X, {-1, 1, 1}, Kernel::rbf(1.0), 1.0)), DomainError);
}
