// Tests for unit 6: descriptive statistics (Welford), data sets, splits, losses and ERM.
#include "testing.hpp"

#include "mml/calculus.hpp"
#include "mml/stats.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <set>
#include <sstream>

using namespace mml;
using mml::testing::near;

namespace {
// The textbook "raw-moment" formula V[x] = E[x²] − (E[x])² (MML (6.44)), for comparison.
double naive_variance(const Vector& x) {
    double s = 0.0, s2 = 0.0;
    for (double v : x) {
        s += v;
        s2 += v * v;
    }
    const double N = static_cast<double>(x.size());
    return s2 / N - (s / N) * (s / N);
}
}  // namespace

TEST_CASE("mean, variance, covariance and correlation on exact small data") {
    const Vector x{2, 4, 4, 4, 5, 5, 7, 9};  // mean 5, Σ(x − 5)² = 32
    CHECK(mean(x) == 5.0);
    CHECK(variance(x) == near(4.0, 1e-15));           // 32/8
    CHECK(variance(x, 1) == near(32.0 / 7.0, 1e-15));  // 32/7
    CHECK(stddev(x) == near(2.0, 1e-15));
    const Vector y{1, 2, 3, 4, 5, 6, 7, 8};
    // Σ(x − 5)(y − 4.5) = 3.5·… computed by hand: (−3)(−3.5)+(−1)(−2.5)+(−1)(−1.5)+(−1)(−.5)+0+0+2(2.5)+4(3.5) = 34
    CHECK(covariance(x, y) == near(34.0 / 8.0, 1e-15));
    CHECK(correlation(x, y) == near(34.0 / std::sqrt(32.0 * 42.0), 1e-15));  // Σ(y − ȳ)² = 42
    CHECK(correlation(y, 2.0 * y + Vector(8, 1.0)) == near(1.0, 1e-15));
    CHECK(correlation(y, -1.0 * y) == near(-1.0, 1e-15));
    CHECK(median(x) == 4.5);
    CHECK(quantile(x, 0.0) == 2.0);
    CHECK(quantile(x, 1.0) == 9.0);
    CHECK(quantile(x, 0.25) == near(4.0, 1e-15));  // h = 7·0.25 = 1.75 between x₍₁₎ = 4 and x₍₂₎ = 4
    CHECK(quantile(Vector{1, 2, 3, 4}, 0.5) == near(2.5, 1e-15));
    CHECK(quantile(Vector{10, 0}, 0.3) == near(3.0, 1e-15));  // unsorted input, h = 0.3

    // The data-matrix forms agree with the vector forms column by column.
    const Matrix X = Matrix::from_columns({x, y});
    CHECK(mean(X) == near(Vector{5.0, 4.5}, 1e-15));
    const Matrix S = covariance(X, 1);
    CHECK(S(0, 0) == near(variance(x, 1), 1e-14));
    CHECK(S(0, 1) == near(covariance(x, y, 1), 1e-14));
    CHECK(S(1, 0) == S(0, 1));
    CHECK(correlation(X)(0, 1) == near(correlation(x, y), 1e-14));
}

// NIST StRD "NumAcc" style data, whose answers are exact by construction: a constant offset plus
// a small spread. Welford keeps them to the last digits; the raw-moment formula loses everything.
TEST_CASE("Welford's variance is exact where E[x²] − E[x]² fails on a large offset") {
    // NumAcc1: 10000001, 10000003, 10000002 — mean 10000002, sample sd exactly 1.
    const Vector a{10000001, 10000003, 10000002};
    CHECK(mean(a) == 10000002.0);
    CHECK(stddev(a, 1) == near(1.0, 1e-15));
    // NumAcc4-like: 1e9 + {0.2, then 0.1, 0.3 alternating} (1001 values): mean 1e9 + 0.2,
    // population variance exactly 0.01·1000/1001 (1000 values at distance 0.1).
    Vector b(1001);
    b[0] = 1e9 + 0.2;
    for (std::size_t i = 1; i < 1001; ++i) b[i] = 1e9 + (i % 2 == 1 ? 0.1 : 0.3);
    // The data themselves are rounded to the double grid near 1e9 (spacing 1.2e-7), so the
    // reference is the exact variance of the stored values, computed from their small parts.
    Vector small(1001);
    for (std::size_t i = 0; i < 1001; ++i) small[i] = b[i] - 1e9;  // exact (Sterbenz)
    const double exact = variance(small);
    CHECK(exact == near(0.01 * 1000.0 / 1001.0, 1e-8));  // up to the rounding of the data, ~1e-7 relative
    // Welford on the offset data: measured relative error 4e-9. Each running mean carries a rounding
    // error up to ulp(1e9)/2 ≈ 6e-8, i.e. ~1e-6 of a deviation of 0.1; those errors are independent
    // and average out over 1001 values. The bound 1e-7 leaves a 25× margin.
    CHECK(std::abs(variance(b) - exact) / exact < 1e-7);
    CHECK(std::abs(mean(b) - (1e9 + 0.2)) < 1e-6);
    // The naive formula: E[x²] ≈ 1e18 carries an absolute rounding error ~1e2, so V is garbage
    // (measured: 1.4e4 instead of 0.01). The test only asserts it is off by more than 100 %.
    CHECK(std::abs(naive_variance(b) - exact) / exact > 1.0);
    // RunningStats gives the same as the batch function, one value at a time.
    RunningStats rs;
    for (double v : b) rs.add(v);
    CHECK(rs.variance() == variance(b));
    CHECK(rs.count() == 1001);
    CHECK(rs.min() == 1e9 + 0.1);
    CHECK(rs.max() == 1e9 + 0.3);
}

// The claim in descriptive.hpp: at offset 10⁹ and N = 10⁶ a plain running sum and a running mean
// both lose digits of the mean; compensated summation returns it correctly rounded.
TEST_CASE("the mean by compensated summation keeps the digits a running sum and a running mean lose") {
    // xₙ = 10⁹ + mₙ·2⁻²³ with integer mₙ < 2²³: every xₙ is a double (2⁻²³ is the spacing of doubles
    // near 10⁹), and the exact mean is 10⁹ + (Σmₙ/N)·2⁻²³ with Σmₙ an exact 64-bit integer.
    Rng rng(62);
    const std::size_t N = 1000000;
    const double ulp = std::ldexp(1.0, -23);
    Vector x(N);
    std::uint64_t total = 0;
    for (std::size_t n = 0; n < N; ++n) {
        const std::uint64_t m = rng.next_u64() >> 41;
        total += m;
        x[n] = 1e9 + static_cast<double>(m) * ulp;
    }
    const double exact = 1e9 + static_cast<double>(total) / static_cast<double>(N) * ulp;  // two roundings: ≤ 1 ulp
    double running_sum = 0.0, running_mean = 0.0;
    for (std::size_t n = 0; n < N; ++n) {
        running_sum += x[n];
        running_mean += (x[n] - running_mean) / static_cast<double>(n + 1);
    }
    const double sum_error = std::abs(running_sum / static_cast<double>(N) - exact) / ulp;
    const double running_mean_error = std::abs(running_mean - exact) / ulp;
    const double compensated_error = std::abs(mean(x) - exact) / ulp;
    MESSAGE("errors in units of the last place of 1e9: running sum " << sum_error << ", running mean "
            << running_mean_error << ", compensated " << compensated_error);
    // Measured 444, 48 and 0: the bounds leave a margin of 4× below the plain methods' errors.
    CHECK(compensated_error <= 1.0);
    CHECK(sum_error > 100.0);
    CHECK(running_mean_error > 10.0);
    CHECK(mean(Matrix::from_columns({x}))[0] == mean(x));  // the column means use the same sums
    CHECK(compensated_sum(Vector{1e16, 1.0, -1e16}) == 1.0);  // a plain sum gives 0
}

TEST_CASE("descriptive statistics on seeded random data: shift invariance and the covariance matrix") {
    Rng rng(61);
    for (int trial = 0; trial < 50; ++trial) {
        Vector x(200), y(200);
        for (std::size_t n = 0; n < 200; ++n) {
            x[n] = rng.normal();
            y[n] = 0.5 * x[n] + rng.normal();
        }
        const Vector shifted = x + Vector(200, 1e6);
        // Variance is shift invariant; at offset 1e6 Welford loses ~1e6·1e-16 = 1e-10 absolute.
        CHECK(variance(shifted) == near(variance(x), 1e-8));
        CHECK(covariance(x, y) == near(covariance(y, x), 1e-15));
        CHECK(covariance(x, x) == near(variance(x), 1e-13));
        const double r = correlation(x, y);
        CHECK(std::abs(r) <= 1.0);
    }
}

TEST_CASE("descriptive statistics reject empty, NaN and degenerate input") {
    CHECK_THROWS_AS(mean(Vector{}), DomainError);
    CHECK_THROWS_AS(variance(Vector{1.0}, 1), DomainError);
    CHECK_THROWS_AS(mean(Vector{1.0, std::nan("")}), DomainError);
    CHECK_THROWS_AS(correlation(Vector{1, 1, 1}, Vector{1, 2, 3}), DomainError);
    CHECK_THROWS_AS(covariance(Vector{1, 2}, Vector{1, 2, 3}), DimensionError);
    CHECK_THROWS_AS(quantile(Vector{1, 2}, 1.5), DomainError);
    CHECK_THROWS_AS(mean(Matrix(0, 3)), DomainError);
    RunningStats empty;
    CHECK_THROWS_AS(empty.mean(), DomainError);
    CHECK_THROWS_AS(empty.add(INFINITY), DomainError);
}

TEST_CASE("train/test split and k-fold partition the examples, reproducibly") {
    Matrix X(10, 2);
    Vector y(10);
    for (std::size_t n = 0; n < 10; ++n) {
        X(n, 0) = static_cast<double>(n);
        X(n, 1) = 2.0 * static_cast<double>(n);
        y[n] = static_cast<double>(n);
    }
    const Dataset data = make_dataset(X, y);
    Rng rng(5), rng_again(5);
    const auto [train, test] = train_test_split(data, 0.3, rng);
    CHECK(train.size() == 7);
    CHECK(test.size() == 3);
    std::set<double> seen;
    for (std::size_t n = 0; n < 7; ++n) seen.insert(train.y[n]);
    for (std::size_t n = 0; n < 3; ++n) seen.insert(test.y[n]);
    CHECK(seen.size() == 10);  // a partition: every example exactly once
    CHECK(test.X(0, 1) == 2.0 * test.y[0]);  // rows stay together
    CHECK(train_test_split(data, 0.3, rng_again).test.y == test.y);  // same seed, same split

    const std::vector<Fold> folds = k_fold(10, 3, rng);
    REQUIRE(folds.size() == 3);
    std::vector<int> held_out(10, 0);
    for (const Fold& f : folds) {
        CHECK(f.train.size() + f.validation.size() == 10);
        CHECK((f.validation.size() == 3 || f.validation.size() == 4));
        for (std::size_t i : f.validation) ++held_out[i];
    }
    CHECK(std::all_of(held_out.begin(), held_out.end(), [](int c) { return c == 1; }));

    CHECK_THROWS_AS(train_test_split(data, 1.0, rng), DomainError);
    CHECK_THROWS_AS(train_test_split(data, 0.01, rng), DomainError);  // rounds to 0 test examples
    CHECK_THROWS_AS(k_fold(3, 5, rng), DomainError);
    CHECK_THROWS_AS(make_dataset(X, Vector(9)), DimensionError);
    CHECK_THROWS_AS(make_dataset(Matrix(0, 2), Vector{}), DomainError);
}

TEST_CASE("standardisation: mean 0 and sd 1 on the training data, inverted exactly") {
    Rng rng(9);
    Matrix X = mml::testing::random_matrix(rng, 50, 3);
    for (std::size_t n = 0; n < 50; ++n) X(n, 2) = 7.0;  // a constant column maps to 0, not NaN
    const Standardiser s = fit_standardiser(X);
    const Matrix Z = s.transform(X);
    const Matrix C = covariance(Z);
    CHECK(mean(Z) == near(Vector(3), 1e-15));
    CHECK(C(0, 0) == near(1.0, 1e-13));
    CHECK(C(1, 1) == near(1.0, 1e-13));
    CHECK(C(2, 2) == 0.0);
    CHECK(s.inverse_transform(Z) == near(X, 1e-14));
    CHECK_THROWS_AS(s.transform(Matrix(2, 4)), DimensionError);
}

TEST_CASE("losses: values and derivatives (autodiff cross-check away from kinks)") {
    const std::vector<Loss> losses{squared_loss(), absolute_loss(), huber_loss(1.0), logistic_loss(), hinge_loss()};
    CHECK(squared_loss().value(3.0, 1.0) == 2.0);     // ½(3 − 1)²
    CHECK(squared_loss().derivative(3.0, 1.0) == -2.0);  // ŷ − y
    CHECK(squared_loss().value(1.0, 0.5) == huber_loss(1.0).value(1.0, 0.5));  // the same ½r² near 0
    CHECK(absolute_loss().value(3.0, 1.0) == 2.0);
    CHECK(huber_loss(1.0).value(3.0, 1.0) == 1.5);   // δ(|r| − δ/2) = 2 − 0.5
    CHECK(huber_loss(1.0).value(1.0, 0.5) == 0.125);  // r²/2
    CHECK(logistic_loss().value(1.0, 0.0) == near(std::log(2.0), 1e-15));
    CHECK(hinge_loss().value(1.0, 0.25) == 0.75);
    CHECK(hinge_loss().value(-1.0, -2.0) == 0.0);
    CHECK(logistic_loss().value(-1.0, 800.0) == near(800.0, 1e-12));  // softplus: no overflow to inf
    CHECK(softplus(-800.0) == 0.0);
    // Derivative against a central difference at points away from the kinks (|r| ≠ 0, δ; yŷ ≠ 1).
    // Central differences with h = 1e-6 are accurate to ~1e-9 for these smooth pieces.
    Rng rng(11);
    for (const Loss& loss : losses)
        for (int trial = 0; trial < 40; ++trial) {
            const double y = rng.uniform() < 0.5 ? -1.0 : 1.0, y_hat = 4.0 * rng.uniform() - 2.0;
            if (std::abs(y - y_hat) < 1e-3 || std::abs(std::abs(y - y_hat) - 1.0) < 1e-3 || std::abs(y * y_hat - 1.0) < 1e-3)
                continue;
            const double h = 1e-6;
            const double numeric = (loss.value(y, y_hat + h) - loss.value(y, y_hat - h)) / (2 * h);
            CHECK_MESSAGE(loss.derivative(y, y_hat) == near(numeric, 1e-7), loss.name);
        }
    CHECK_THROWS_AS(huber_loss(0.0), DomainError);
}

TEST_CASE("empirical risk and its gradient for the linear model (reverse-mode cross-check)") {
    Rng rng(12);
    const Matrix X = mml::testing::random_matrix(rng, 30, 4);
    const Vector y = mml::testing::random_vector(rng, 30), theta = mml::testing::random_vector(rng, 4);
    // Squared loss: R = (1/N) Σ ½(yₙ − xₙᵀθ)², ∇R = (1/N)Xᵀ(Xθ − y); check the gradient by reverse mode.
    auto R = [&](const auto& t) {
        auto sum = 0.0 * t[0];
        for (std::size_t n = 0; n < X.rows(); ++n) {
            auto pred = 0.0 * t[0];
            for (std::size_t d = 0; d < X.cols(); ++d) pred = pred + X(n, d) * t[d];
            sum = sum + 0.5 * (y[n] - pred) * (y[n] - pred);
        }
        return sum / static_cast<double>(X.rows());
    };
    CHECK(empirical_risk(squared_loss(), X, y, theta) == near(R(theta), 1e-13));
    CHECK(empirical_risk_gradient(squared_loss(), X, y, theta) == near(grad_reverse(R, theta), 1e-13));
    CHECK_THROWS_AS(empirical_risk(squared_loss(), X, y, Vector(3)), DimensionError);
}

TEST_CASE("feature maps") {
    CHECK(polynomial_features(Vector{2, -1}, 3) == Matrix{{1, 2, 4, 8}, {1, -1, 1, -1}});
    CHECK(add_bias_column(Matrix{{5}, {6}}) == Matrix{{1, 5}, {1, 6}});
    const Matrix Phi = rbf_features(Vector{0.0, 1.0}, Vector{0.0}, 1.0);
    CHECK(Phi(0, 0) == 1.0);
    CHECK(Phi(1, 0) == near(std::exp(-0.5), 1e-15));
    CHECK_THROWS_AS(rbf_features(Vector{0.0}, Vector{0.0}, 0.0), DomainError);
}
