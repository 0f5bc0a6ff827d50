// Tests for unit 6: maximum likelihood, Fisher information, Bayesian inference, MCMC.
#include "testing.hpp"

#include "mml/mml.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <numbers>

using namespace mml;
using mml::testing::near;

TEST_CASE("closed-form MLEs on exact data") {
    CHECK(mle_bernoulli(Vector{1, 0, 1, 1}) == 0.75);
    CHECK(mle_poisson(Vector{2, 3, 4}) == near(3.0, 1e-15));
    CHECK(mle_exponential(Vector{1, 2, 3}) == near(0.5, 1e-15));
    const NormalMLE nm = mle_normal(Vector{2, 4, 4, 4, 5, 5, 7, 9});
    CHECK(nm.mean == 5.0);
    CHECK(nm.variance == near(4.0, 1e-15));  // Σ(x − 5)²/N = 32/8
    CHECK(nm.unbiased_variance == near(32.0 / 7.0, 1e-15));
    // The MLE is where the log-likelihood is largest: nudging the parameter lowers it.
    const Vector x{0.3, 1.7, 2.2, 0.9, 1.4};
    const NormalMLE m = mle_normal(x);
    const double best = log_likelihood(Normal(m.mean, std::sqrt(m.variance)), x);
    for (double d : {-0.01, 0.01}) {
        CHECK(log_likelihood(Normal(m.mean + d, std::sqrt(m.variance)), x) < best);
        CHECK(log_likelihood(Normal(m.mean, std::sqrt(m.variance + d)), x) < best);
    }
    CHECK(log_likelihood(Poisson(3.0), Vector{2, 3, 4}) > log_likelihood(Poisson(2.9), Vector{2, 3, 4}));
    CHECK_THROWS_AS(mle_bernoulli(Vector{1, 0.5}), DomainError);
    CHECK_THROWS_AS(mle_poisson(Vector{1, -1}), DomainError);
    CHECK_THROWS_AS(mle_poisson(Vector{0, 0}), DomainError);
    CHECK_THROWS_AS(mle_normal(Vector{1.0}), DomainError);
    CHECK_THROWS_AS(mle_exponential(Vector{}), DomainError);
}

TEST_CASE("the MLE of the variance is biased by (N − 1)/N; the N − 1 version is not") {
    // 20 000 seeded data sets of N = 5 from N(0, 4): E[σ̂²] = 4·4/5 = 3.2. The sample variance of
    // σ̂² is 2σ⁴(N−1)/N² = 5.12, so the mean over 20 000 has standard error 0.016; allow 4 s.e.
    Rng rng(31);
    const std::size_t trials = 20000, N = 5;
    double sum_mle = 0.0, sum_unbiased = 0.0;
    for (std::size_t t = 0; t < trials; ++t) {
        Vector x(N);
        for (double& v : x) v = 2.0 * rng.normal();
        const NormalMLE m = mle_normal(x);
        sum_mle += m.variance;
        sum_unbiased += m.unbiased_variance;
    }
    CHECK(sum_mle / trials == near(3.2, 0.064));
    CHECK(sum_unbiased / trials == near(4.0, 0.08));
}

TEST_CASE("digamma and trigamma against known values and derivatives of lgamma") {
    const double euler_gamma = 0.57721566490153286;
    CHECK(digamma(1.0) == near(-euler_gamma, 1e-14));
    CHECK(digamma(0.5) == near(-euler_gamma - 2.0 * std::log(2.0), 1e-14));
    CHECK(trigamma(1.0) == near(std::numbers::pi * std::numbers::pi / 6.0, 1e-14));
    CHECK(trigamma(0.5) == near(std::numbers::pi * std::numbers::pi / 2.0, 1e-13));
    for (double x : {0.1, 2.5, 7.0, 30.0, 1000.0}) {
        CHECK(digamma(x + 1.0) == near(digamma(x) + 1.0 / x, 1e-12));  // the recurrence, across the x = 10 switch
        // ψ = (log Γ)′ by a central difference with h = 1e-5: truncation h²|ψ″|/6 is at most ~3e-8
        // (at x = 0.1, ψ″ ≈ −2000), rounding ε|log Γ|/h ≈ 1e-11; 1e-6 (relative for small x) covers both.
        const double h = 1e-5;
        CHECK(digamma(x) == near((std::lgamma(x + h) - std::lgamma(x - h)) / (2 * h), 1e-6 * std::max(1.0, 1.0 / x)));
    }
    CHECK_THROWS_AS(digamma(0.0), DomainError);
}

TEST_CASE("Gamma MLE by Newton on log α: stationary, and close to the truth on a large sample") {
    Rng rng(32);
    const Gamma truth(3.0, 2.0);
    Vector x(5000);
    for (double& v : x) v = truth.sample(rng);
    const GammaMLE g = mle_gamma(x);
    CHECK(g.iterations < 20);
    // Stationarity: ∂/∂α log L = N(log α − log x̄ − ψ(α) + mean log x) = 0 and β = α/x̄.
    double mean_log = 0.0;
    for (double v : x) mean_log += std::log(v) / 5000.0;
    CHECK(std::log(g.shape) - std::log(mean(x)) - digamma(g.shape) + mean_log == near(0.0, 1e-12));
    CHECK(g.rate == near(g.shape / mean(x), 1e-14));
    // The MLE beats nearby parameters on the log-likelihood.
    const double best = log_likelihood(Gamma(g.shape, g.rate), x);
    CHECK(log_likelihood(Gamma(g.shape * 1.01, g.rate * 1.01), x) < best);
    CHECK(log_likelihood(Gamma(g.shape * 0.99, g.rate), x) < best);
    // Standard error of α̂ for N = 5000, α = 3: √(α/(N(αψ′(α) − 1))) ≈ 0.057; allow 4 s.e.
    CHECK(g.shape == near(3.0, 0.23));
    // Exponential data are Gamma(1, λ): on 5000 draws from Exponential(2) the Gamma MLE has α̂ ≈ 1
    // (standard error √(1/(N(ψ′(1) − 1))) ≈ 0.018; 4 s.e. allowed) and a rate near the exponential MLE.
    Vector e(5000);
    for (double& v : e) v = Exponential(2.0).sample(rng);
    const GammaMLE ge = mle_gamma(e);
    CHECK(ge.shape == near(1.0, 0.075));
    CHECK(ge.rate == near(mle_exponential(e), 0.1 * mle_exponential(e)));
    CHECK_THROWS_AS(mle_gamma(Vector{1.0, -1.0}), DomainError);
    CHECK_THROWS_AS(mle_gamma(Vector{2.0, 2.0}), DomainError);
}

TEST_CASE("least squares is Gaussian maximum likelihood; observed Fisher information and standard errors") {
    Rng rng(33);
    const std::size_t N = 50;
    const mml::testing::LineData line = mml::testing::noisy_line(rng, N, 1.0, 2.0, 0.1, 0.0, 1.0);
    const Matrix& X = line.X;
    const Vector& y = line.y;
    const LinearGaussianMLE fit = linear_gaussian_mle(X, y);
    CHECK(fit.theta == near(linear_regression(X, y), 1e-14));
    CHECK(fit.log_likelihood == near(-0.5 * N * (std::log(2 * std::numbers::pi * fit.noise_variance) + 1.0), 1e-10));
    // The likelihood decreases away from (θ̂, σ̂²).
    CHECK(linear_gaussian_log_likelihood(X, y, fit.theta + Vector{0.01, 0}, fit.noise_variance) < fit.log_likelihood);
    CHECK(linear_gaussian_log_likelihood(X, y, fit.theta, 1.1 * fit.noise_variance) < fit.log_likelihood);

    // Bernoulli: −(log L)″ at p̂ by autodiff equals N/(p̂(1 − p̂)); standard error √(p̂(1 − p̂)/N).
    const Vector coins{1, 0, 1, 1, 0, 1, 1, 1, 0, 1};  // 7 of 10
    auto log_L = [&](const auto& theta) {
        auto s = 0.0 * theta[0];
        for (double c : coins) s = s + c * log(theta[0]) + (1.0 - c) * log(1.0 - theta[0]);
        return s;
    };
    const Matrix I = observed_information(log_L, Vector{0.7});
    CHECK(I(0, 0) == near(fisher_information_bernoulli(0.7, 10), 1e-10));
    CHECK(standard_errors(I)[0] == near(std::sqrt(0.7 * 0.3 / 10.0), 1e-12));
    // Normal (μ, σ²): the observed information at the MLE equals the expected one, diag(N/σ², N/(2σ⁴)).
    const Vector z{0.3, 1.7, 2.2, 0.9, 1.4, -0.4};
    const NormalMLE m = mle_normal(z);
    auto log_L_normal = [&](const auto& t) {  // t = (μ, σ²)
        auto s = 0.0 * t[0];
        for (double v : z) s = s - 0.5 * log(2.0 * std::numbers::pi * t[1]) - (v - t[0]) * (v - t[0]) / (2.0 * t[1]);
        return s;
    };
    CHECK(observed_information(log_L_normal, Vector{m.mean, m.variance}) ==
          near(fisher_information_normal(m.variance, z.size()), 1e-9));
    CHECK(fisher_information_poisson(2.0, 10) == 5.0);
    CHECK_THROWS_AS(standard_errors(Matrix{{-1.0}}), DomainError);  // not a maximum
}

TEST_CASE("conjugate updates: closed forms, sequential = batch, and agreement with a grid posterior") {
    // Beta–Bernoulli: Beta(2, 2) prior, data with 7 ones in 10 → Beta(9, 5).
    const Vector coins{1, 0, 1, 1, 0, 1, 1, 1, 0, 1};
    const Beta post = beta_bernoulli_posterior(2, 2, coins);
    CHECK(post.mean() == near(9.0 / 14.0, 1e-15));
    // Updating one observation at a time gives the same posterior as all at once.
    double a = 2, b = 2;
    for (double c : coins) {
        a += c;
        b += 1 - c;
    }
    CHECK(post.variance() == near(Beta(a, b).variance(), 1e-15));
    // A grid posterior from the likelihood × prior, in log-space, reproduces Beta(9, 5).
    const GridPosterior grid = grid_posterior(
        [&](double p) -> double {
            if (p <= 0.0 || p >= 1.0) return -INFINITY;
            return 7 * std::log(p) + 3 * std::log(1 - p) + Beta(2, 2).log_pdf(p);
        },
        0.0, 1.0, 2001);
    CHECK(grid.mean == near(9.0 / 14.0, 1e-6));  // trapezoid on 2000 intervals: O(h²) = 2.5e-7
    CHECK(grid.variance == near(post.variance(), 1e-6));
    CHECK(grid.density[1000] == near(post.pdf(0.5), 1e-5));

    // Gamma–Poisson: Gamma(2, 1) prior, counts 3, 5, 4 → Gamma(14, 4).
    const Gamma g = gamma_poisson_posterior(2, 1, Vector{3, 5, 4});
    CHECK(g.mean() == near(14.0 / 4.0, 1e-15));
    CHECK(g.variance() == near(14.0 / 16.0, 1e-15));
    // Normal–Normal, known σ² = 1: prior N(0, 1), data {1, 2, 3} → precision 4, mean 6/4.
    const Normal nn = normal_known_variance_posterior(0.0, {.noise_variance = 1.0, .prior_variance = 1.0}, Vector{1, 2, 3});
    CHECK(nn.mean() == near(1.5, 1e-15));
    CHECK(nn.variance() == near(0.25, 1e-15));
    // σ² = 2, τ₀² = 1/2, prior mean 1 (σ² ≠ τ₀², so swapping them would fail): precision 2 + 3/2 = 7/2,
    // mean (1/(1/2) + 6/2)/(7/2) = 10/7.
    const Normal nn2 = normal_known_variance_posterior(1.0, {.noise_variance = 2.0, .prior_variance = 0.5}, Vector{1, 2, 3});
    CHECK(nn2.mean() == near(10.0 / 7.0, 1e-15));
    CHECK(nn2.variance() == near(2.0 / 7.0, 1e-15));
    CHECK_THROWS_AS(normal_known_variance_posterior(0.0, {.noise_variance = 0.0, .prior_variance = 1.0}, Vector{1}), DomainError);
    // Normal–Inverse-Gamma: closed form by hand for NIG(0, 1, 1, 1) and data {1, 2, 3}:
    // κ = 4, μ = 6/4, α = 2.5, β = 1 + ½·2 + 1·3·(2 − 0)²/(2·4) = 3.5.
    const NormalInverseGamma nig = normal_inverse_gamma_posterior({0.0, 1.0, 1.0, 1.0}, Vector{1, 2, 3});
    CHECK(nig.kappa == 4.0);
    CHECK(nig.mu == near(1.5, 1e-15));
    CHECK(nig.alpha == 2.5);
    CHECK(nig.beta == near(3.5, 1e-14));
    CHECK(nig.mean_of_variance() == near(3.5 / 1.5, 1e-14));
    // Sequential updating (one observation, then the other two) equals the batch update.
    const NormalInverseGamma step = normal_inverse_gamma_posterior(
        normal_inverse_gamma_posterior({0.0, 1.0, 1.0, 1.0}, Vector{1}), Vector{2, 3});
    CHECK(step.mu == near(nig.mu, 1e-14));
    CHECK(step.beta == near(nig.beta, 1e-14));
    CHECK_THROWS_AS(beta_bernoulli_posterior(2, 2, Vector{2}), DomainError);
    CHECK_THROWS_AS(gamma_poisson_posterior(-1, 1, Vector{1}), DomainError);
}

TEST_CASE("Bayesian linear regression: posterior, predictive, the ridge/MAP link and the evidence") {
    Rng rng(34);
    const std::size_t N = 30;
    Vector x(N), y(N);
    for (std::size_t n = 0; n < N; ++n) {
        x[n] = 2.0 * rng.uniform() - 1.0;
        y[n] = 0.5 - x[n] + 0.2 * rng.normal();
    }
    const Matrix Phi = polynomial_features(x, 1);
    const double sigma2 = 0.04, tau2 = 2.0;
    const BayesianLinearRegression blr = bayesian_linear_regression(Phi, y, Vector(2), tau2 * Matrix::identity(2), sigma2);
    // With a zero-mean isotropic prior the posterior mean is the MAP = ridge with λ = σ²/τ².
    CHECK(blr.m == near(ridge_regression(Phi, y, sigma2 / tau2), 1e-12));
    // The posterior covariance is (S₀⁻¹ + ΦᵀΦ/σ²)⁻¹: check S_N times the precision is I.
    const Matrix precision = (1.0 / tau2) * Matrix::identity(2) + (1.0 / sigma2) * (transpose(Phi) * Phi);
    CHECK(blr.S * precision == near(Matrix::identity(2), 1e-12));
    // Predictive variance ≥ σ², and grows away from the data (x* = 5 versus x* = 0).
    const double v0 = blr.predictive_variance(Vector{1.0, 0.0}), v5 = blr.predictive_variance(Vector{1.0, 5.0});
    CHECK(v0 > sigma2);
    CHECK(v5 > v0);
    CHECK(blr.predictive_mean(Vector{1.0, 0.0}) == near(blr.m[0], 1e-15));
    // Independent cross-check via the Gaussian conditioning of unit 5: the joint of (θ, y) is
    // Gaussian, and conditioning on y gives the same posterior mean and covariance.
    Matrix joint_cov(2 + N, 2 + N);
    const Matrix S0 = tau2 * Matrix::identity(2);
    const Matrix cross = S0 * transpose(Phi);            // Cov[θ, y] = S₀Φᵀ
    const Matrix yy = Phi * S0 * transpose(Phi) + sigma2 * Matrix::identity(N);
    for (std::size_t i = 0; i < 2 + N; ++i)
        for (std::size_t j = 0; j < 2 + N; ++j)
            joint_cov(i, j) = i < 2 && j < 2 ? S0(i, j) : i < 2 ? cross(i, j - 2) : j < 2 ? cross(j, i - 2) : yy(i - 2, j - 2);
    std::vector<std::size_t> theta_idx{0, 1}, y_idx;
    for (std::size_t n = 0; n < N; ++n) y_idx.push_back(2 + n);
    const MultivariateNormal conditioned = MultivariateNormal(Vector(2 + N), joint_cov).conditional(theta_idx, y_idx, y);
    CHECK(conditioned.mean() == near(blr.m, 1e-9));
    CHECK(conditioned.covariance() == near(blr.S, 1e-10));

    // Evidence: log p(y) = log ∫ p(y | θ) p(θ) dθ; check against Bayes' rule at any θ:
    // log p(y) = log p(y | θ) + log p(θ) − log p(θ | y).
    const Vector theta{0.3, -0.7};
    const double via_bayes = linear_gaussian_log_likelihood(Phi, y, theta, sigma2) +
                             MultivariateNormal(Vector(2), S0).log_pdf(theta) -
                             MultivariateNormal(blr.m, blr.S).log_pdf(theta);
    CHECK(log_marginal_likelihood(Phi, y, Vector(2), S0, sigma2) == near(via_bayes, 1e-9));
    // … and against the N-dimensional Gaussian N(y | Φm₀, ΦS₀Φᵀ + σ²I) of unit 5, with a general prior.
    const Vector m0{0.2, -0.4};
    const Matrix S0_general{{1.5, 0.3}, {0.3, 0.5}};
    CHECK(log_marginal_likelihood(Phi, y, m0, S0_general, sigma2) ==
          near(MultivariateNormal(Phi * m0, Phi * S0_general * transpose(Phi) + sigma2 * Matrix::identity(N)).log_pdf(y), 1e-10));
    // The posterior with that prior: S_N⁻¹ = S₀⁻¹ + ΦᵀΦ/σ² and S_N⁻¹m_N = S₀⁻¹m₀ + Φᵀy/σ² (checked by
    // multiplying out, with S₀⁻¹ from the 2×2 formula: no solver shared with the code under test).
    const BayesianLinearRegression general = bayesian_linear_regression(Phi, y, m0, S0_general, sigma2);
    const double det0 = 1.5 * 0.5 - 0.3 * 0.3;
    const Matrix S0_inv = Matrix{{0.5, -0.3}, {-0.3, 1.5}} / det0;
    const Matrix precision_general = S0_inv + (1.0 / sigma2) * (transpose(Phi) * Phi);
    CHECK(general.S * precision_general == near(Matrix::identity(2), 1e-12));
    CHECK(precision_general * general.m == near(S0_inv * m0 + (1.0 / sigma2) * (transpose(Phi) * y), 1e-10));
    CHECK(general.S(0, 1) == general.S(1, 0));  // S_N = WWᵀ is symmetric by construction
    CHECK_THROWS_AS(bayesian_linear_regression(Phi, y, m0, Matrix{{1, 2}, {2, 1}}, sigma2), DomainError);  // not SPD
    // Model selection: the evidence prefers degree 1 (the truth) over degree 0 and degree 8.
    auto evidence = [&](std::size_t degree) {
        return log_marginal_likelihood(polynomial_features(x, degree), y, Vector(degree + 1),
                                       tau2 * Matrix::identity(degree + 1), sigma2);
    };
    CHECK(evidence(1) > evidence(0));
    CHECK(evidence(1) > evidence(8));
    // AIC and BIC of the Gaussian MLE fits prefer degree 1 as well.
    auto criteria = [&](std::size_t degree) {
        const LinearGaussianMLE fit = linear_gaussian_mle(polynomial_features(x, degree), y);
        return std::pair{aic(fit.log_likelihood, degree + 2), bic(fit.log_likelihood, degree + 2, N)};
    };
    CHECK(criteria(1).first < criteria(0).first);
    CHECK(criteria(1).second < criteria(0).second);
    CHECK(criteria(1).second < criteria(6).second);
    CHECK(aic(-10.0, 3) == 26.0);
    CHECK_THROWS_AS(bayesian_linear_regression(Phi, y, Vector(3), S0, sigma2), DimensionError);
    CHECK_THROWS_AS(bayesian_linear_regression(Phi, y, Vector(2), S0, 0.0), DomainError);
}

TEST_CASE("Metropolis–Hastings reproduces a conjugate posterior; acceptance rate and ESS") {
    // Beta–Bernoulli again: 7 ones in 10 under Beta(2, 2) → Beta(9, 5), mean 9/14 ≈ 0.643, sd 0.124.
    auto log_target = [](const Vector& theta) -> double {
        const double p = theta[0];
        if (p <= 0.0 || p >= 1.0) return -INFINITY;  // outside the support: always rejected
        return 8 * std::log(p) + 4 * std::log(1 - p);  // (7 + 2 − 1), (3 + 2 − 1)
    };
    Rng rng(35);
    const MCMCResult chain = metropolis_hastings(log_target, Vector{0.5}, Vector{0.2}, 20000, 1000, rng);
    CHECK(chain.acceptance_rate > 0.3);
    CHECK(chain.acceptance_rate < 0.8);
    const Vector samples = chain.samples.col(0);
    const double ess = effective_sample_size(samples);
    MESSAGE("acceptance " << chain.acceptance_rate << ", ESS " << ess << " of 20000");
    CHECK(ess > 1000.0);
    CHECK(ess < 20000.0);
    // The posterior mean from the chain is within 4 Monte Carlo standard errors (sd/√ESS).
    const Beta exact(9, 5);
    const double mc_se = std::sqrt(exact.variance() / ess);
    CHECK(std::abs(mean(samples) - exact.mean()) < 4.0 * mc_se);
    CHECK(variance(samples) == near(exact.variance(), 0.15 * exact.variance()));
    // Same seed, same chain (reproducible on any compiler: the proposals come from mml's Rng).
    Rng again(35);
    const MCMCResult repeat = metropolis_hastings(log_target, Vector{0.5}, Vector{0.2}, 20000, 1000, again);
    CHECK(repeat.samples == chain.samples);

    // ESS of independent draws ≈ N; of a strongly autocorrelated AR(1) chain (ρ = 0.9) ≈ N(1−ρ)/(1+ρ).
    Rng r2(36);
    Vector iid(20000), ar(20000);
    for (std::size_t t = 0; t < 20000; ++t) iid[t] = r2.normal();
    ar[0] = 0.0;
    for (std::size_t t = 1; t < 20000; ++t) ar[t] = 0.9 * ar[t - 1] + r2.normal();
    CHECK(effective_sample_size(iid) > 15000.0);
    CHECK(effective_sample_size(ar) == near(20000.0 * 0.1 / 1.9, 300.0));  // ≈ 1053; estimation noise ~10–20 %
    CHECK(autocorrelation(ar, 1) == near(0.9, 0.02));

    CHECK_THROWS_AS(metropolis_hastings(log_target, Vector{2.0}, Vector{0.2}, 10, 0, rng), DomainError);  // outside support
    CHECK_THROWS_AS(metropolis_hastings(log_target, Vector{0.5}, Vector{0.0}, 10, 0, rng), DomainError);
}
