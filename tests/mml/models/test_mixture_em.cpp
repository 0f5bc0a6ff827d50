// Tests for mml/models: log-sum-exp, the Gaussian mixture, EM (MML ch. 11) and k-means.
#include "testing.hpp"

#include "mml/mml.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <numbers>

using namespace mml;
using mml::testing::near;
using mml::testing::rel_near;

namespace {

// The 1-D mixture of MML §11.2–§11.3: data x = −3, −2.5, −1, 0, 2, 4, 5 and the initial
// π = 1/3 each, μ = −4, 0, 8, σ² = 1, 0.2, 3.
Matrix book_data() { return Matrix{{-3}, {-2.5}, {-1}, {0}, {2}, {4}, {5}}; }
GaussianMixture book_initial() {
    return {{1.0 / 3, 1.0 / 3, 1.0 / 3}, {Vector{-4}, Vector{0}, Vector{8}}, {Matrix{{1}}, Matrix{{0.2}}, Matrix{{3}}}};
}

// A mixture of three well-separated 2-D Gaussians, and N examples drawn from it (seeded): the
// component by unit 5's Categorical, then x from its MultivariateNormal.
GaussianMixture three_blobs() {
    return {{0.5, 0.3, 0.2},
            {Vector{0, 0}, Vector{6, 4}, Vector{-5, 5}},
            {Matrix{{1.0, 0.3}, {0.3, 0.5}}, Matrix{{0.6, -0.2}, {-0.2, 1.2}}, Matrix{{0.8, 0.0}, {0.0, 0.8}}}};
}
Matrix sample_mixture(const GaussianMixture& model, std::size_t N, Rng& rng, std::vector<std::size_t>* components = nullptr) {
    const Categorical pick(model.weights);
    std::vector<MultivariateNormal> gaussians;
    for (std::size_t k = 0; k < model.components(); ++k) gaussians.emplace_back(model.means[k], model.covariances[k]);
    Matrix X(N, model.dimension());
    for (std::size_t n = 0; n < N; ++n) {
        const auto k = static_cast<std::size_t>(pick.sample(rng));
        X.set_row(n, gaussians[k].sample(rng));
        if (components) components->push_back(k);
    }
    return X;
}

// The fitted component whose mean is nearest to μ.
std::size_t nearest_component(const GaussianMixture& model, const Vector& mu) {
    std::size_t best = 0;
    for (std::size_t k = 1; k < model.components(); ++k)
        if (norm(model.means[k] - mu) < norm(model.means[best] - mu)) best = k;
    return best;
}

}  // namespace

TEST_CASE("log_sum_exp and softmax: known values, and no overflow or underflow at the extremes") {
    const double inf = std::numeric_limits<double>::infinity();
    CHECK(log_sum_exp(Vector{0, 0}) == near(std::log(2.0), 1e-15));
    CHECK(log_sum_exp(Vector{1, 2, 3}) == near(std::log(std::exp(1.0) + std::exp(2.0) + std::exp(3.0)), 1e-15));
    // e^{1000} overflows and e^{−1000} underflows; the shifted sum is exact: 1000 + log 2.
    CHECK(log_sum_exp(Vector{1000, 1000}) == rel_near(1000 + std::log(2.0), 1e-15));
    CHECK(log_sum_exp(Vector{-1000, -1000}) == rel_near(-1000 + std::log(2.0), 1e-15));
    CHECK(log_sum_exp(Vector{-inf, 0}) == 0.0);  // a zero-probability term adds nothing
    CHECK(log_sum_exp(Vector{-inf, -inf}) == -inf);
    CHECK(log_sum_exp(Vector{-1e300, 1e300}) == 1e300);
    const Vector p = softmax(Vector{1000, 0, -1000});
    CHECK(p == near(Vector{1, std::exp(-1000.0), 0}, 1e-300));
    CHECK(softmax(Vector{1, 2, 3}) == near(Vector{0.09003057317038046, 0.24472847105479767, 0.6652409557748219}, 1e-15));
    CHECK_THROWS_AS(log_sum_exp(Vector{}), DimensionError);
    CHECK_THROWS_AS(log_sum_exp(Vector{0, NAN}), DomainError);
    CHECK_THROWS_AS(log_sum_exp(Vector{0, inf}), DomainError);
}

TEST_CASE("EM: the 1-D worked example of MML §11.2–11.3, to the digits the book prints") {
    // Hand computation of the E-step. The densities N(xₙ | μₖ, σₖ²) at x = −1 are
    //   e^{−4.5}/√(2π) = 4.4318e-3,  e^{−2.5}/√(0.4π) = 7.3225e-2,  e^{−13.5}/√(6π) = 3.158e-7,
    // so r = (0.0571, 0.9429, 0.0000); at x = 2: 6.076e-9, e^{−10}/√(0.4π) = 4.0500e-5,
    // e^{−6}/√(6π) = 5.7093e-4, so r = (0.0000, 0.0662, 0.9338); at x = 0: 1.3383e-4, 0.89206,
    // 5.369e-6, so r = (0.00015, 0.99985, 0.00001). The points −3, −2.5 go to component 1 and 4, 5
    // to component 3 with r > 0.999999.
    // M-step: N₁ = 2.0572, N₂ = 2.0090, N₃ = 2.9338;
    //   μ₁ = (−3 − 2.5 − 0.0571)/2.0572 = −2.701, μ₂ = (−0.9429 + 0.1324)/2.0090 = −0.403,
    //   μ₃ = (1.8676 + 4 + 5)/2.9338 = 3.704;
    //   σ₁² = Σ r(x − μ₁)²/N₁ = 0.2962/2.0572 = 0.144 (around the NEW μ₁; around the old −4 it
    //   would be 1.83), σ₂² = 0.881/2.0090 = 0.438, σ₃² = 4.479/2.9338 = 1.527;
    //   π = Nₖ/7 = 0.294, 0.287, 0.419.
    // The book prints μ: −2.7, −0.4, 3.7; σ²: 0.14, 0.44, 1.53; π: 0.29, 0.29, 0.42.
    // The log-likelihood (hand computation, Σₙ log Σₖ πₖN) rises from −28.33 to −14.41.
    const Matrix X = book_data();
    const GaussianMixture initial = book_initial();
    const Matrix R = initial.responsibilities(X);
    CHECK(std::abs(R(2, 0) - 0.057) <= 0.0005);
    CHECK(std::abs(R(2, 1) - 0.943) <= 0.0005);
    CHECK(std::abs(R(4, 1) - 0.066) <= 0.0005);
    CHECK(std::abs(R(4, 2) - 0.934) <= 0.0005);
    CHECK(R(0, 0) > 0.999999);
    CHECK(R(6, 2) > 0.999999);
    const GaussianMixture next = em_step(initial, X);
    const double printed_mu[] = {-2.7, -0.4, 3.7}, printed_var[] = {0.14, 0.44, 1.53}, printed_pi[] = {0.29, 0.29, 0.42};
    for (std::size_t k = 0; k < 3; ++k) {
        CAPTURE(k);
        CHECK(std::abs(next.means[k][0] - printed_mu[k]) <= 0.05);               // one decimal printed
        CHECK(std::abs(next.covariances[k](0, 0) - printed_var[k]) <= 0.005);   // two decimals printed
        CHECK(std::abs(next.weights[k] - printed_pi[k]) <= 0.005);
    }
    CHECK(std::abs(initial.log_likelihood(X) - (-28.33)) <= 0.005);
    CHECK(std::abs(next.log_likelihood(X) - (-14.41)) <= 0.005);
    // The variance uses the new means: the old ones would give σ₁² = 1.83.
    CHECK(std::abs(next.covariances[0](0, 0) - 0.144) <= 0.0005);
    // em_step is the E-step followed by the M-step.
    const GaussianMixture by_parts = m_step(X, e_step(initial, X).responsibilities);
    for (std::size_t k = 0; k < 3; ++k) CHECK(by_parts.means[k] == near(next.means[k], 0.0));
}

TEST_CASE("EM: the worked example at the scales 1e-100 and 1e100 — the same step, scaled") {
    // x ↦ s·x maps μ ↦ sμ, σ² ↦ s²σ², leaves π and r unchanged and shifts the log-likelihood by
    // −N log s. Everything is computed with log-densities and relative quantities, so the step is
    // the same to rounding (1e-13 relative) even where s² = 1e-200 or 1e200.
    const GaussianMixture reference = em_step(book_initial(), book_data());
    for (double s : {1e-100, 1e100}) {
        CAPTURE(s);
        GaussianMixture scaled = book_initial();
        for (std::size_t k = 0; k < 3; ++k) {
            scaled.means[k] *= s;
            scaled.covariances[k] *= s * s;
        }
        const Matrix X = s * book_data();
        const GaussianMixture next = em_step(scaled, X);
        for (std::size_t k = 0; k < 3; ++k) {
            CHECK(next.means[k][0] == rel_near(s * reference.means[k][0], 1e-13));
            CHECK(next.covariances[k](0, 0) == rel_near(s * s * reference.covariances[k](0, 0), 1e-13));
            CHECK(next.weights[k] == rel_near(reference.weights[k], 1e-13));
        }
        CHECK(scaled.log_likelihood(X) == rel_near(book_initial().log_likelihood(book_data()) - 7.0 * std::log(s), 1e-13));
    }
}

TEST_CASE("EM: the log-likelihood never decreases, over many seeded starts") {
    Rng rng(1101);
    const Matrix X = sample_mixture(three_blobs(), 200, rng);
    for (std::uint64_t seed = 1; seed <= 4; ++seed) {
        Rng start(seed);
        for (std::size_t K = 1; K <= 4; ++K) {
            const GmmFit fit = fit_gmm(X, gmm_initial(X, K, start), 1e-10, 40);
            REQUIRE(fit.log_likelihoods.size() == fit.iterations + 1);
            // Each log-likelihood is a sum of 200 terms of size ~1 and ~1e3 in total: rounding moves
            // it by ~200·1e-16·1e3 ≈ 2e-11; an increase ≥ −1e-9 is "never decreases".
            for (std::size_t t = 1; t < fit.log_likelihoods.size(); ++t)
                CHECK(fit.log_likelihoods[t] >= fit.log_likelihoods[t - 1] - 1e-9);
        }
    }
}

TEST_CASE("EM: a seeded 2-D three-component mixture is recovered from 3000 examples") {
    const GaussianMixture truth = three_blobs();
    Rng rng(1102);
    const Matrix X = sample_mixture(truth, 3000, rng);
    Rng start(7);
    const GmmFit fit = fit_gmm(X, gmm_initial(X, 3, start));
    CHECK(fit.converged);
    // Standard errors with Nₖ = 3000πₖ ≥ 600 examples: weights √(π(1 − π)/N) ≤ 0.009, mean entries
    // σ/√Nₖ ≤ 0.045, covariance entries ≈ σ²√(2/Nₖ) ≤ 0.07. Tolerances: about 4 standard errors.
    for (std::size_t k = 0; k < 3; ++k) {
        CAPTURE(k);
        const std::size_t j = nearest_component(fit.model, truth.means[k]);
        CHECK(std::abs(fit.model.weights[j] - truth.weights[k]) <= 0.035);
        CHECK(norm(fit.model.means[j] - truth.means[k]) <= 0.18);
        CHECK(fit.model.covariances[j] == near(truth.covariances[k], 0.25));
    }
    // The fit explains the data at least as well as the truth does (it maximises the likelihood).
    CHECK(fit.model.log_likelihood(X) >= truth.log_likelihood(X));
}

TEST_CASE("GaussianMixture: responsibilities are Bayes' rule with unit 5's MultivariateNormal") {
    Rng rng(1103);
    for (int trial = 0; trial < 10; ++trial) {
        GaussianMixture model;
        const std::vector<double> raw{1 + rng.uniform(), 1 + rng.uniform(), 1 + rng.uniform()};
        const double total = raw[0] + raw[1] + raw[2];
        for (std::size_t k = 0; k < 3; ++k) {
            model.weights.push_back(raw[k] / total);
            model.means.push_back(2.0 * mml::testing::random_vector(rng, 3));
            model.covariances.push_back(0.3 * mml::testing::random_spd(rng, 3));
        }
        const Matrix X = 2.0 * mml::testing::random_matrix(rng, 20, 3);
        const Matrix R = model.responsibilities(X);
        double log_likelihood = 0.0;
        for (std::size_t n = 0; n < 20; ++n) {
            // p(k | x) = πₖ N(x | μₖ, Σₖ) / Σⱼ πⱼ N(x | μⱼ, Σⱼ), with densities (not logs): near the
            // means nothing underflows, so the direct formula is accurate to ~1e-15.
            double p = 0.0;
            std::vector<double> joint;
            for (std::size_t k = 0; k < 3; ++k) {
                joint.push_back(model.weights[k] * MultivariateNormal(model.means[k], model.covariances[k]).pdf(X.row(n)));
                p += joint.back();
            }
            for (std::size_t k = 0; k < 3; ++k) CHECK(R(n, k) == near(joint[k] / p, 1e-13));
            CHECK(model.log_pdf(X.row(n)) == rel_near(std::log(p), 1e-13));
            log_likelihood += std::log(p);
        }
        CHECK(model.log_likelihood(X) == rel_near(log_likelihood, 1e-13));
    }
    // Far from every mean each density underflows to 0 and the direct formula gives 0/0; the
    // log-space responsibilities are still a distribution (here: the widest component wins).
    const GaussianMixture two{{0.5, 0.5}, {Vector{0}, Vector{1}}, {Matrix{{1}}, Matrix{{4}}}};
    const Matrix far{{1e4}};
    CHECK(MultivariateNormal(Vector{0}, Matrix{{1}}).pdf(far.row(0)) == 0.0);
    const Matrix R = two.responsibilities(far);
    CHECK(R(0, 0) == 0.0);
    CHECK(R(0, 1) == 1.0);
    CHECK(std::isfinite(two.log_pdf(far.row(0))));
}

TEST_CASE("EM: a collapsing component is a DomainError without the covariance floor, finite with it") {
    // Three examples at exactly 0 and four far away. The first component sits on the three zeros;
    // its variance shrinks to 0 in two steps (the likelihood is unbounded there).
    const Matrix X{{0}, {0}, {0}, {10}, {11}, {12}, {13}};
    const GaussianMixture start{{0.5, 0.5}, {Vector{0}, Vector{11.5}}, {Matrix{{1}}, Matrix{{2}}}};
    CHECK_THROWS_AS(fit_gmm(X, start), DomainError);
    const double floor = 1e-6;
    const GmmFit fit = fit_gmm(X, start, 1e-10, 100, floor);
    CHECK(fit.converged);
    CHECK(fit.model.covariances[0](0, 0) == rel_near(floor, 1e-12));  // 0 + ε: the floor holds it
    CHECK(fit.model.means[0][0] == 0.0);
    CHECK(fit.model.weights[0] == rel_near(3.0 / 7.0, 1e-12));
    CHECK(std::isfinite(fit.log_likelihoods.back()));
    // A component with zero weight is responsible for nothing: its mean is undefined.
    const GaussianMixture dead{{1.0, 0.0}, {Vector{0}, Vector{5}}, {Matrix{{1}}, Matrix{{1}}}};
    CHECK_THROWS_AS(em_step(dead, X, floor), DomainError);
    CHECK_THROWS_AS(em_step(start, X, -1.0), DomainError);
}

TEST_CASE("gmm_initial: k-means++ means, the shared data covariance, equal weights; bad input") {
    Rng rng(1104);
    const Matrix X = sample_mixture(three_blobs(), 50, rng);
    Rng a(5), b(5);
    const GaussianMixture model = gmm_initial(X, 3, a);
    CHECK(model.weights == std::vector<double>(3, 1.0 / 3.0));
    for (std::size_t k = 0; k < 3; ++k) {
        CHECK(model.covariances[k] == near(covariance(X), 0.0));
        bool is_example = false;  // k-means++ picks examples as centres
        for (std::size_t n = 0; n < X.rows(); ++n) is_example = is_example || X.row(n) == model.means[k];
        CHECK(is_example);
    }
    CHECK(gmm_initial(X, 3, b).means == model.means);  // same seed, same start
    CHECK_THROWS_AS(gmm_initial(X, 51, a), DomainError);  // K > N
    CHECK_THROWS_AS(gmm_initial(X, 0, a), DomainError);
    CHECK_THROWS_AS(gmm_initial(Matrix(), 1, a), DimensionError);
    CHECK_THROWS_AS(gmm_initial(Matrix{{1, 2}, {NAN, 3}}, 1, a), DomainError);
    CHECK_THROWS_AS(gmm_initial(Matrix{{1, 2}, {1, 3}, {1, 5}}, 2, a), DomainError);  // a constant column
    // A malformed mixture, or data of the wrong dimension.
    GaussianMixture bad = model;
    bad.weights[0] = 0.5;  // weights no longer sum to 1
    CHECK_THROWS_AS(bad.log_likelihood(X), DomainError);
    CHECK_THROWS_AS(model.log_likelihood(Matrix(4, 3, 1.0)), DimensionError);
    bad = model;
    bad.covariances[1] = Matrix{{1, 2}, {2, 1}};  // not positive definite
    CHECK_THROWS_AS(bad.responsibilities(X), DomainError);
    CHECK_THROWS_AS(fit_gmm(X, model, -1.0), DomainError);
}

TEST_CASE("k-means: separated blobs, the assignment step, k-means++, and bad input") {
    Rng rng(1105);
    std::vector<std::size_t> truth;
    const Matrix X = sample_mixture(three_blobs(), 200, rng, &truth);
    Rng seed(3);
    const KMeansResult fit = kmeans(X, 3, seed);
    CHECK(fit.converged);
    // The clusters are the true components (up to their numbering): the blobs are ≥ 7 apart.
    for (std::size_t n = 0; n < X.rows(); ++n)
        for (std::size_t m = 0; m < X.rows(); ++m)
            CHECK((fit.assignments[n] == fit.assignments[m]) == (truth[n] == truth[m]));
    // The centres are their clusters' means, and the inertia is the sum of squared distances.
    double inertia = 0.0;
    for (std::size_t k = 0; k < 3; ++k) {
        Vector sum(2);
        double count = 0;
        for (std::size_t n = 0; n < X.rows(); ++n)
            if (fit.assignments[n] == k) {
                sum += X.row(n);
                count += 1;
                const double d = norm(X.row(n) - fit.centres.row(k));
                inertia += d * d;
            }
        CHECK(fit.centres.row(k) == near(sum / count, 1e-14));
    }
    CHECK(fit.inertia == rel_near(inertia, 1e-12));
    // Lloyd's steps never raise J: stopping after 1, 2, … steps from the same seed.
    const Matrix Y = mml::testing::random_matrix(rng, 300, 2);
    double previous = std::numeric_limits<double>::infinity();
    for (std::size_t steps = 1; steps <= 10; ++steps) {
        Rng same(11);
        const double J = kmeans(Y, 6, same, steps).inertia;
        CHECK(J <= previous * (1 + 1e-14));
        previous = J;
    }
    // The assignment step: nearest centre, a tie going to the lower index.
    const ClusterAssignment a = assign_to_centres(Matrix{{0, 0}, {2, 0}, {1, 0}}, Matrix{{0, 0}, {2, 0}});
    CHECK(a.assignments == std::vector<std::size_t>{0, 1, 0});
    CHECK(a.inertia == 1.0);
    // k-means++ puts the two centres in the two far-apart groups (D² sampling: the other group has
    // probability ≥ 1 − 1e-6 here) on every one of 100 seeds.
    const Matrix two_groups{{0, 0}, {0.1, 0}, {0, 0.1}, {100, 100}, {100.1, 100}, {100, 100.1}};
    for (std::uint64_t s = 0; s < 100; ++s) {
        Rng r(s);
        const Matrix C = kmeans_plus_plus(two_groups, 2, r);
        CHECK(std::abs(C(0, 0) - C(1, 0)) > 50);
    }
    // More clusters than distinct points: some centres repeat, the result is still finite.
    Rng r(4);
    const KMeansResult same = kmeans(Matrix{{1, 1}, {1, 1}, {1, 1}}, 2, r);
    CHECK(same.inertia == 0.0);
    CHECK(mml::is_finite(same.centres));
    CHECK_THROWS_AS(kmeans(X, 201, r), DomainError);
    CHECK_THROWS_AS(kmeans(X, 0, r), DomainError);
    CHECK_THROWS_AS(kmeans(Matrix(), 2, r), DimensionError);
    CHECK_THROWS_AS(kmeans(Matrix{{1.0}, {INFINITY}}, 1, r), DomainError);
    CHECK_THROWS_AS(assign_to_centres(X, Matrix(2, 3)), DimensionError);
}

TEST_CASE("k-means is EM with hard responsibilities: shared covariance σ²I, σ² → 0, equal weights") {
    Rng rng(1106);
    const Matrix X = sample_mixture(three_blobs(), 100, rng);
    Rng seed(9);
    const KMeansResult km = kmeans(X, 3, seed);
    // The mixture with k-means' centres as means, equal weights and Σ = σ²I with σ² = 1e-4: every
    // rᵢₖ is 0 or 1 to rounding (the ratio of densities is e^{−Δ/(2σ²)} with Δ ≥ 1e-2 here).
    GaussianMixture hard;
    for (std::size_t k = 0; k < 3; ++k) {
        hard.weights.push_back(1.0 / 3.0);
        hard.means.push_back(km.centres.row(k));
        hard.covariances.push_back(1e-4 * Matrix::identity(2));
    }
    const Matrix R = hard.responsibilities(X);
    for (std::size_t n = 0; n < X.rows(); ++n)
        for (std::size_t k = 0; k < 3; ++k) CHECK(R(n, k) == near(km.assignments[n] == k ? 1.0 : 0.0, 1e-12));
    // The M-step's means are then k-means' update step: the centres again (converged).
    const GaussianMixture next = m_step(X, R, 1e-9);
    for (std::size_t k = 0; k < 3; ++k) CHECK(next.means[k] == near(km.centres.row(k), 1e-12));
}
