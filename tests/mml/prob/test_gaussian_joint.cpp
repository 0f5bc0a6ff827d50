// Tests for the multivariate Gaussian, joint tables and Bayes' rule, change of variables, Monte Carlo.
#include "testing.hpp"

#include "mml/linalg.hpp"
#include "mml/prob.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace mml;
using mml::testing::near;

// MML Example 6.6: N([0, 2], [[0.3, −1], [−1, 5]]): p(x₁ | x₂ = −1) = N(0.6, 0.1), p(x₁) = N(0, 0.3).
TEST_CASE("MultivariateNormal: MML Example 6.6 conditional and marginal") {
    const MultivariateNormal p(Vector{0, 2}, Matrix{{0.3, -1}, {-1, 5}});
    const Vector minus_one{-1};
    const auto c = p.conditional({0}, {1}, minus_one);
    CHECK(c.mean()[0] == doctest::Approx(0.6).epsilon(1e-14));
    CHECK(c.covariance()(0, 0) == doctest::Approx(0.1).epsilon(1e-13));
    const auto m = p.marginal({0});
    CHECK(m.mean()[0] == 0.0);
    CHECK(m.covariance()(0, 0) == doctest::Approx(0.3));
}

TEST_CASE("MultivariateNormal: log_pdf against the 1-D formula and the product of independent normals") {
    const MultivariateNormal one(Vector{1.5}, Matrix{{4.0}});
    const Vector x{0.2};
    CHECK(one.log_pdf(x) == doctest::Approx(Normal(1.5, 2.0).log_pdf(0.2)).epsilon(1e-14));
    const MultivariateNormal diag2(Vector{1, -1}, Matrix{{4, 0}, {0, 0.25}});
    const Vector y{0.3, -0.2};
    CHECK(diag2.log_pdf(y) == doctest::Approx(Normal(1, 2).log_pdf(0.3) + Normal(-1, 0.5).log_pdf(-0.2)).epsilon(1e-14));
    // Direct formula with det and inverse on a correlated 3-D example.
    Rng rng(521);
    const Matrix S = testing::random_spd(rng, 3);
    const Vector mu = testing::random_vector(rng, 3), z = testing::random_vector(rng, 3);
    const MultivariateNormal g(mu, S);
    const Vector d = z - mu;
    const double direct = -0.5 * (3 * std::log(2 * std::acos(-1.0)) + std::log(det(S)) + (transpose(Matrix::from_columns({d})) * (inverse(S) * d))[0]);
    CHECK(g.log_pdf(z) == doctest::Approx(direct).epsilon(1e-12));
}

// Sample mean and covariance of 50 000 draws within a few standard errors of μ and Σ.
TEST_CASE("MultivariateNormal: samples have the right mean and covariance; affine rule") {
    const Vector mu{1, -2, 0.5};
    const Matrix S{{2, 0.6, -0.3}, {0.6, 1, 0.2}, {-0.3, 0.2, 0.5}};
    const MultivariateNormal g(mu, S);
    Rng rng(522);
    const int N = 50000;
    Vector mean(3);
    Matrix cov(3, 3);
    std::vector<Vector> xs;
    for (int n = 0; n < N; ++n) {
        xs.push_back(g.sample(rng));
        mean += xs.back();
    }
    mean /= N;
    for (const Vector& x : xs) cov += outer(x - mean, x - mean);
    cov /= N;
    CHECK(mean == near(mu, 0.03));  // SE ≤ √2/√50000 ≈ 0.0063: 5 SE
    CHECK(cov == near(S, 0.06));    // SE of a covariance entry ≈ √(2·2)/√50000 ≈ 0.009
    const Matrix A{{1, 1, 0}, {0, 2, -1}};
    const Vector b{0.5, 0};
    const auto y = g.affine(A, b);
    CHECK(y.mean() == near(A * mu + b, 1e-14));
    CHECK(y.covariance() == near(A * S * transpose(A), 1e-14));
    CHECK(affine_mean(A, mu, b) == near(y.mean(), 0.0));
}

TEST_CASE("MultivariateNormal: sum of independent Gaussians and the product of two densities") {
    const MultivariateNormal a(Vector{1, 0}, Matrix{{1, 0.2}, {0.2, 2}});
    const MultivariateNormal b(Vector{-1, 3}, Matrix{{0.5, 0}, {0, 0.5}});
    const auto s = sum_of_independent(a, b);
    CHECK(s.mean() == near(Vector{0, 3}, 0.0));
    CHECK(s.covariance() == near(Matrix{{1.5, 0.2}, {0.2, 2.5}}, 1e-15));
    const auto prod = product_of_densities(a, b);
    Rng rng(523);
    for (int t = 0; t < 5; ++t) {  // N(x|a)·N(x|b) = c·N(x|m, C) at random points
        const Vector x = testing::random_vector(rng, 2);
        CHECK(a.pdf(x) * b.pdf(x) == doctest::Approx(prod.scale * prod.gaussian.pdf(x)).epsilon(1e-12));
    }
}

TEST_CASE("MultivariateNormal: a covariance that is not SPD, or mismatched sizes, throw") {
    const Vector mu{0, 0};
    CHECK_THROWS_WITH_AS(MultivariateNormal(mu, Matrix{{1, 2}, {2, 1}}), doctest::Contains("positive definite"), DomainError);
    CHECK_THROWS_AS(MultivariateNormal(mu, Matrix{{1, 0.5}, {0, 1}}), DomainError);
    CHECK_THROWS_AS(MultivariateNormal(mu, Matrix::identity(3)), DimensionError);
}

// A medical test: prevalence 1%, sensitivity 99%, false-positive rate 5%. After a positive result
// p(ill | +) = 0.99·0.01 / (0.99·0.01 + 0.05·0.99) = 1/6.
TEST_CASE("joint tables: sum rule, product rule, Bayes' rule with a medical test, independence") {
    const Matrix P{{0.01 * 0.99, 0.01 * 0.01}, {0.99 * 0.05, 0.99 * 0.95}};  // rows ill/healthy, columns +/−
    const JointTable table(P);
    CHECK(table.marginal_x() == near(Vector{0.01, 0.99}, 1e-15));
    CHECK(table.marginal_y()[0] == doctest::Approx(0.0099 + 0.0495));
    CHECK(table.conditional_x_given_y(0)[0] == doctest::Approx(1.0 / 6.0).epsilon(1e-13));
    CHECK(table.conditional_y_given_x(0) == near(Vector{0.99, 0.01}, 1e-14));
    const Vector prior{0.01, 0.99}, likelihood{0.99, 0.05};
    CHECK(bayes_posterior(prior, likelihood)[0] == doctest::Approx(1.0 / 6.0).epsilon(1e-13));
    CHECK_FALSE(table.independent());
    const JointTable product(outer(Vector{0.3, 0.7}, Vector{0.1, 0.4, 0.5}));
    CHECK(product.independent());
    CHECK_THROWS_AS(JointTable(Matrix{{0.5, 0.6}}), DomainError);
    const Vector zero_likelihood{0, 0};
    CHECK_THROWS_AS(bayes_posterior(prior, zero_likelihood), DomainError);
}

// MML Example 6.16: X with density 3x² on [0, 1] and Y = X²: p_Y(y) = 1.5 √y.
TEST_CASE("change of variables: MML Example 6.16, log-normal, and a 2-D linear map") {
    auto p_x = [](double x) { return x >= 0 && x <= 1 ? 3 * x * x : 0.0; };
    auto sqrt_inverse = [](const auto& y) { return sqrt(y); };
    for (double y : {0.1, 0.5, 0.9}) CHECK(transformed_density(p_x, sqrt_inverse, y) == doctest::Approx(1.5 * std::sqrt(y)).epsilon(1e-14));
    // Y = exp(X), X ~ N(0, 1): the log-normal density φ(log y)/y.
    const Normal n(0, 1);
    auto p_n = [&](double x) { return n.pdf(x); };
    auto log_inverse = [](const auto& y) { return log(y); };
    for (double y : {0.3, 1.0, 4.0}) CHECK(transformed_density(p_n, log_inverse, y) == doctest::Approx(n.pdf(std::log(y)) / y).epsilon(1e-14));
    // y = A x for x ~ N(0, I₂): the density of N(0, AAᵀ).
    const Matrix A{{2, 1}, {0, 1}};
    const MultivariateNormal std2(Vector{0, 0}, Matrix::identity(2));
    auto inverse_map = [](const auto& y) {  // A⁻¹ = [[0.5, −0.5], [0, 1]]
        using T = std::decay_t<decltype(y[0])>;
        return std::vector<T>{0.5 * y[0] - 0.5 * y[1], y[1]};
    };
    const MultivariateNormal image(Vector{0, 0}, A * transpose(A));
    const Vector y{0.7, -0.4};
    CHECK(transformed_density([&](const Vector& x) { return std2.pdf(x); }, inverse_map, y) ==
          doctest::Approx(image.pdf(y)).epsilon(1e-13));
}

// Kolmogorov–Smirnov: the empirical CDF of 20 000 transformed samples Y = exp(X) against the
// log-normal CDF Φ(log y); the 99.9% critical value of D is 1.95/√N ≈ 0.0138.
TEST_CASE("change of variables: transformed samples match the transformed density (KS test)") {
    Rng rng(524);
    const int N = 20000;
    std::vector<double> ys(N);
    for (double& y : ys) y = std::exp(rng.normal());
    std::sort(ys.begin(), ys.end());
    double D = 0.0;
    for (int i = 0; i < N; ++i) {
        const double F = normal_cdf(std::log(ys[static_cast<std::size_t>(i)]));
        D = std::max({D, std::abs(F - static_cast<double>(i) / N), std::abs(F - static_cast<double>(i + 1) / N)});
    }
    CHECK(D < 1.95 / std::sqrt(static_cast<double>(N)));
}

// Law of large numbers: the estimate of E[U²] = 1/3 approaches it; central limit theorem: the
// standardised error is within 4 standard errors, and the standard error shrinks like 1/√N.
TEST_CASE("Monte Carlo: LLN and CLT with standard errors") {
    Rng rng(525);
    auto square = [](Rng& r) {
        const double u = r.uniform();
        return u * u;
    };
    const auto small = monte_carlo_expectation(square, 1000, rng);
    const auto large = monte_carlo_expectation(square, 100000, rng);
    CHECK(std::abs(small.mean - 1.0 / 3.0) < 4 * small.standard_error);
    CHECK(std::abs(large.mean - 1.0 / 3.0) < 4 * large.standard_error);
    CHECK(large.standard_error == doctest::Approx(small.standard_error / 10).epsilon(0.1));
    // CLT: means of 50 uniforms, standardised, are close to N(0, 1): about 95.4% within ±2.
    int inside = 0;
    const int M = 4000;
    for (int m = 0; m < M; ++m) {
        double s = 0;
        for (int k = 0; k < 50; ++k) s += rng.uniform();
        const double z = (s / 50 - 0.5) / std::sqrt(1.0 / 12 / 50);
        inside += std::abs(z) <= 2 ? 1 : 0;
    }
    CHECK(std::abs(inside / static_cast<double>(M) - 0.9545) < 4 * std::sqrt(0.9545 * 0.0455 / M));
    CHECK_THROWS_AS(monte_carlo_expectation(square, 1, rng), DomainError);
}

// MML Example 6.11 style: a Beta(2, 2) prior and 7 successes in 10 trials give Beta(9, 5); the
// posterior computed on a grid by Bayes' rule (prior × likelihood, normalised) agrees.
TEST_CASE("conjugacy: the Beta-Binomial posterior equals Bayes' rule on a grid") {
    const Beta posterior = beta_binomial_posterior(2, 2, 7, 10);
    CHECK(posterior.mean() == doctest::Approx(9.0 / 14.0));
    const Beta prior(2, 2);
    double evidence = 0.0;  // ∫ p(h | μ) p(μ) dμ by the midpoint rule on 20 000 cells
    const int cells = 20000;
    for (int i = 0; i < cells; ++i) {
        const double mu = (i + 0.5) / cells;
        evidence += Binomial(10, mu).pmf(7) * prior.pdf(mu) / cells;
    }
    for (double mu : {0.2, 0.5, 0.64, 0.9}) {
        const double grid = Binomial(10, mu).pmf(7) * prior.pdf(mu) / evidence;
        CHECK(grid == doctest::Approx(posterior.pdf(mu)).epsilon(1e-7));
    }
    CHECK_THROWS_AS(beta_binomial_posterior(1, 1, 5, 3), DomainError);
}

TEST_CASE("exponential family: log p(x) = θᵀφ(x) − A(θ) + log h(x) for each distribution") {
    for (double x : {0.0, 1.0}) CHECK(exponential_family(Bernoulli(0.3)).log_density(x) == doctest::Approx(Bernoulli(0.3).log_pmf(static_cast<std::int64_t>(x))).epsilon(1e-14));
    for (int k : {0, 3, 11}) CHECK(exponential_family(Poisson(4.2)).log_density(k) == doctest::Approx(Poisson(4.2).log_pmf(k)).epsilon(1e-13));
    for (double x : {-2.0, 0.4, 3.0}) CHECK(exponential_family(Normal(0.7, 1.3)).log_density(x) == doctest::Approx(Normal(0.7, 1.3).log_pdf(x)).epsilon(1e-13));
    for (double x : {0.1, 2.0}) {
        CHECK(exponential_family(Exponential(2.5)).log_density(x) == doctest::Approx(Exponential(2.5).log_pdf(x)).epsilon(1e-13));
        CHECK(exponential_family(Gamma(3.5, 1.5)).log_density(x) == doctest::Approx(Gamma(3.5, 1.5).log_pdf(x)).epsilon(1e-13));
    }
}
