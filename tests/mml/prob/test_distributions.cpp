// Tests for the distributions and special functions: known values, identities between
// distributions, pmf sums and quantile round trips, moments by summation or quadrature, and
// sample means within 5 standard errors (seeded).
#include "testing.hpp"

#include "mml/calculus.hpp"
#include "mml/prob.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <iomanip>
#include <limits>
#include <vector>

using namespace mml;

namespace {
const double pi = std::acos(-1.0);

template <class D>
void check_sample_moments(const D& d, std::uint64_t seed, int N = 40000) {
    Rng rng(seed);
    double s = 0, ss = 0;
    for (int i = 0; i < N; ++i) {
        const double x = static_cast<double>(d.sample(rng));
        s += x;
        ss += x * x;
    }
    const double mean = s / N, var = ss / N - mean * mean;
    CHECK(std::abs(mean - d.mean()) < 5 * std::sqrt(d.variance() / N));
    CHECK(var == doctest::Approx(d.variance()).epsilon(0.05));
}

template <class D>
void check_continuous(const D& d, double lo, double hi) {
    // The density integrates to cdf differences (Gauss–Legendre, 64 nodes on pieces), quantile inverts cdf.
    const double a = lo, b = hi;
    double integral = 0.0;
    const int pieces = 40;
    for (int k = 0; k < pieces; ++k) {
        const double x0 = a + (b - a) * k / pieces, x1 = a + (b - a) * (k + 1) / pieces;
        integral += integrate_gauss_legendre([&](double x) { return d.pdf(x); }, x0, x1, 20);
    }
    INFO("integral " << std::setprecision(17) << integral << " vs " << d.cdf(b) - d.cdf(a));
    CHECK(integral == doctest::Approx(d.cdf(b) - d.cdf(a)).epsilon(1e-10));
    for (double q : {1e-10, 1e-4, 0.01, 0.3, 0.5, 0.77, 0.99, 0.9999}) {
        const double x = d.quantile(q);
        INFO("q = " << q << ", x = " << x);
        CHECK(d.cdf(x) == doctest::Approx(q).epsilon(1e-11));
    }
    for (double x : {0.75 * lo + 0.25 * hi, 0.5 * (lo + hi)}) CHECK(d.log_pdf(x) == doctest::Approx(std::log(d.pdf(x))).epsilon(1e-12));
}
}  // namespace

TEST_CASE("special functions: identities and known values") {
    for (double x : {0.1, 1.0, 3.0, 20.0}) {
        CHECK(regularized_gamma_p(1.0, x) == doctest::Approx(-std::expm1(-x)).epsilon(1e-14));      // P(1, x) = 1 − e⁻ˣ
        CHECK(regularized_gamma_p(0.5, x) == doctest::Approx(std::erf(std::sqrt(x))).epsilon(1e-13));  // P(½, x) = erf √x
        CHECK(regularized_gamma_p(3.5, x) + regularized_gamma_q(3.5, x) == doctest::Approx(1.0).epsilon(1e-15));
    }
    for (double x : {0.05, 0.3, 0.5, 0.9}) {
        CHECK(regularized_beta(1, 1, x) == doctest::Approx(x).epsilon(1e-14));
        CHECK(regularized_beta(3, 1, x) == doctest::Approx(x * x * x).epsilon(1e-13));      // I_x(a, 1) = xᵃ
        CHECK(regularized_beta(2.5, 4, x) + regularized_beta(4, 2.5, 1 - x) == doctest::Approx(1.0).epsilon(1e-14));
        CHECK(inverse_regularized_beta(2.5, 4, regularized_beta(2.5, 4, x)) == doctest::Approx(x).epsilon(1e-12));
        CHECK(inverse_regularized_gamma_p(2.5, regularized_gamma_p(2.5, 10 * x)) == doctest::Approx(10 * x).epsilon(1e-12));
    }
    CHECK(normal_cdf(1.959963984540054) == doctest::Approx(0.975).epsilon(1e-15));
    CHECK(inverse_normal_cdf(0.975) == doctest::Approx(1.959963984540054).epsilon(1e-14));
    // Reference: Wichura's AS241 (Python's statistics.NormalDist().inv_cdf), accurate to ~1e-16.
    CHECK(inverse_normal_cdf(1e-300) == doctest::Approx(-37.0470962993612).epsilon(1e-13));
    for (double p : {1e-12, 1e-5, 0.1, 0.5, 0.8, 1 - 1e-9}) CHECK(normal_cdf(inverse_normal_cdf(p)) == doctest::Approx(p).epsilon(1e-13));
    CHECK_THROWS_AS(regularized_gamma_p(-1, 1), DomainError);
    CHECK_THROWS_AS(regularized_beta(1, 1, 1.5), DomainError);
    CHECK_THROWS_AS(inverse_normal_cdf(1.5), DomainError);
}

// MML Example 6.1 (two draws): P(X = 0, 1, 2) = 0.49, 0.42, 0.09 — a Binomial(2, 0.3).
TEST_CASE("discrete distributions: MML Example 6.1 and known values") {
    const Binomial b(2, 0.3);
    CHECK(b.pmf(0) == doctest::Approx(0.49).epsilon(1e-14));
    CHECK(b.pmf(1) == doctest::Approx(0.42).epsilon(1e-14));
    CHECK(b.pmf(2) == doctest::Approx(0.09).epsilon(1e-14));
    CHECK(b.cdf(1) == doctest::Approx(0.91).epsilon(1e-14));
    const Bernoulli be(0.3);
    CHECK(be.pmf(1) == 0.3);
    CHECK(be.mean() == 0.3);
    const Poisson p(4.0);
    CHECK(p.pmf(2) == doctest::Approx(8 * std::exp(-4.0)).epsilon(1e-14));
    const Geometric g(0.25);
    CHECK(g.pmf(3) == doctest::Approx(0.75 * 0.75 * 0.75 * 0.25).epsilon(1e-14));
    const Categorical c({0.2, 0.5, 0.3});
    CHECK(c.mean() == doctest::Approx(1.1));
    CHECK(c.quantile(0.5) == 1);
    CHECK(c.quantile(0.71) == 2);
}

// Σₖ pmf(k) = 1, Σ k pmf = mean, Σ k² pmf − mean² = variance, cdf = partial sums, quantile inverts cdf.
TEST_CASE("discrete distributions: pmf sums, moments, cdf, quantile and samples") {
    auto check = [](const auto& d, std::int64_t kmax, std::uint64_t seed) {
        double total = 0, m1 = 0, m2 = 0;
        for (std::int64_t k = 0; k <= kmax; ++k) {
            const double pk = d.pmf(k);
            total += pk;
            m1 += static_cast<double>(k) * pk;
            m2 += static_cast<double>(k * k) * pk;
            CHECK(d.cdf(static_cast<double>(k)) == doctest::Approx(total).epsilon(1e-12));
            if (pk > 0) CHECK(d.log_pmf(k) == doctest::Approx(std::log(pk)).epsilon(1e-12));
        }
        CHECK(total == doctest::Approx(1.0).epsilon(1e-12));
        CHECK(m1 == doctest::Approx(d.mean()).epsilon(1e-11));
        CHECK(m2 - m1 * m1 == doctest::Approx(d.variance()).epsilon(1e-10));
        for (double q : {0.01, 0.3, 0.5, 0.9, 0.999}) {
            const auto k = d.quantile(q);
            CHECK(d.cdf(static_cast<double>(k)) >= q - 1e-12);
            if (k > 0) CHECK(d.cdf(static_cast<double>(k - 1)) < q);
        }
        check_sample_moments(d, seed);
    };
    check(Bernoulli(0.37), 1, 501);
    check(Binomial(10, 0.3), 10, 502);
    check(Binomial(200, 0.6), 200, 503);
    check(Poisson(3.5), 60, 504);
    check(Poisson(45.0), 200, 505);
    check(Geometric(0.3), 200, 506);
    check(Categorical({0.1, 0.0, 0.6, 0.3}), 3, 507);
}

// The PTRS sampler stays exact and fast at a rate of 10⁶: sample mean within 5 SE of λ.
TEST_CASE("Poisson: a rate of one million") {
    const Poisson p(1e6);
    check_sample_moments(p, 508, 20000);
    CHECK(p.cdf(1e6) == doctest::Approx(0.5 + 0.5 * 0.000398942).epsilon(1e-3));  // ≈ ½ + pmf(λ)/2
}

TEST_CASE("continuous distributions: closed forms, cdf/pdf consistency, quantile round trips, samples") {
    { INFO("Uniform(-1, 3), -1, 3"); check_continuous(Uniform(-1, 3), -1, 3); }
    { INFO("Normal(1, 2), -15, 17"); check_continuous(Normal(1, 2), -15, 17); }
    { INFO("Exponential(1.5), 0, 30"); check_continuous(Exponential(1.5), 0, 30); }
    { INFO("Laplace(0.5, 2), -40, 41"); check_continuous(Laplace(0.5, 2), -39.5, 40.5); }
    { INFO("Gamma(2.5, 0.5), 0, 60"); check_continuous(Gamma(2.5, 0.5), 1, 60); }
    { INFO("Gamma(0.7, 3), 0.05, 20"); check_continuous(Gamma(0.7, 3), 0.05, 20); }
    { INFO("Beta(2, 5), 0, 1"); check_continuous(Beta(2, 5), 0, 1); }
    { INFO("StudentT(3.5), -200, 200"); check_continuous(StudentT(3.5), -40, 40); }
    check_sample_moments(Uniform(-1, 3), 511);
    check_sample_moments(Normal(1, 2), 512);
    check_sample_moments(Exponential(1.5), 513);
    check_sample_moments(Laplace(0.5, 2), 514);
    check_sample_moments(Gamma(2.5, 0.5), 515);
    check_sample_moments(Gamma(0.3, 2), 516);
    check_sample_moments(Beta(2, 5), 517);
    check_sample_moments(StudentT(8), 518);
    CHECK(Normal(0, 1).cdf(1.96) == doctest::Approx(0.9750021048517795).epsilon(1e-14));
    CHECK(Normal(0, 1).cdf(-10) == doctest::Approx(7.619853024160527e-24).epsilon(1e-12));  // tail keeps relative accuracy
    CHECK(StudentT(1).cdf(1.3) == doctest::Approx(0.5 + std::atan(1.3) / pi).epsilon(1e-13));  // t₁ is Cauchy
    CHECK(StudentT(1e7).cdf(1.3) == doctest::Approx(Normal(0, 1).cdf(1.3)).epsilon(1e-6));
    CHECK(Gamma(1, 2).cdf(0.7) == doctest::Approx(Exponential(2).cdf(0.7)).epsilon(1e-14));  // Gamma(1, λ) = Exp(λ)
    CHECK(Beta(1, 1).pdf(0.3) == doctest::Approx(1.0));
    CHECK(Normal(0, 1).log_pdf(40) == doctest::Approx(-800 - 0.5 * std::log(2 * pi)).epsilon(1e-14));  // no underflow
}

TEST_CASE("distributions: invalid parameters throw DomainError naming the parameter") {
    CHECK_THROWS_WITH_AS(Normal(0, -1), doctest::Contains("standard deviation"), DomainError);
    CHECK_THROWS_AS(Normal(std::nan(""), 1), DomainError);
    CHECK_THROWS_WITH_AS(Bernoulli(1.5), doctest::Contains("p = 1.5"), DomainError);
    CHECK_THROWS_AS(Binomial(-1, 0.5), DomainError);
    CHECK_THROWS_AS(Poisson(0), DomainError);
    CHECK_THROWS_AS(Geometric(0), DomainError);
    CHECK_THROWS_WITH_AS(Categorical({0.5, 0.6}), doctest::Contains("sum to"), DomainError);
    CHECK_THROWS_AS(Categorical({-0.1, 1.1}), DomainError);
    CHECK_THROWS_AS(Categorical(std::vector<double>{}), DomainError);
    CHECK_THROWS_AS(Uniform(1, 1), DomainError);
    CHECK_THROWS_AS(Exponential(-2), DomainError);
    CHECK_THROWS_AS(Gamma(1, 0), DomainError);
    CHECK_THROWS_AS(Beta(0, 1), DomainError);
    CHECK_THROWS_AS(StudentT(0), DomainError);
    CHECK_THROWS_AS(StudentT(1).mean(), DomainError);
    CHECK_THROWS_WITH_AS(Normal(0, 1).quantile(1.2), doctest::Contains("[0, 1]"), DomainError);
    CHECK_THROWS_AS(Poisson(2).quantile(-0.1), DomainError);
    CHECK_THROWS_AS(Normal(0, 1).cdf(std::nan("")), DomainError);
}
