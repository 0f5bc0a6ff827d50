// Tests for unit 6: linear, ridge and logistic regression; model selection; bias–variance.
#include "testing.hpp"

#include "mml/mml.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <numbers>

using namespace mml;
using mml::testing::near;

namespace {
// Largest relative error of the coefficients against the certified values.
double max_relative_error(const Vector& got, const Vector& certified) {
    double worst = 0.0;
    for (std::size_t i = 0; i < got.size(); ++i)
        worst = std::max(worst, std::abs(got[i] - certified[i]) / std::abs(certified[i]));
    return worst;
}
// The NIST StRD Wampler1 and Wampler2 data: x = 0, 1, …, 20 and y an exact degree-5 polynomial
// in x, so the certified least-squares coefficients are the polynomial's own. The design matrix
// [1 x … x⁵] has condition number 6.4·10⁶, so κ(XᵀX) ≈ 4·10¹³.
struct Wampler {
    Matrix X;
    Vector y;
    Vector certified;
};
Wampler wampler(const Vector& coefficients) {
    Vector x(21);
    for (std::size_t i = 0; i < 21; ++i) x[i] = static_cast<double>(i);
    const Matrix X = polynomial_features(x, 5);
    return {X, X * coefficients, coefficients};
}
}  // namespace

TEST_CASE("linear regression recovers an exact line and agrees with the normal equations on easy data") {
    // y = 1 + 2x exactly at x = 0, 1, 2, 3.
    const Matrix X{{1, 0}, {1, 1}, {1, 2}, {1, 3}};
    const Vector y{1, 3, 5, 7};
    CHECK(linear_regression(X, y) == near(Vector{1, 2}, 1e-14));
    // MML §9.2.1 least squares: residual orthogonal to the columns of X, on seeded random data.
    Rng rng(21);
    for (int trial = 0; trial < 20; ++trial) {
        const Matrix A = mml::testing::random_matrix(rng, 40, 5);
        const Vector b = mml::testing::random_vector(rng, 40);
        const Vector theta = linear_regression(A, b);
        CHECK(transpose(A) * (b - A * theta) == near(Vector(5), 1e-13));  // the normal equations hold
        CHECK(normal_equations(A, b) == near(theta, 1e-12));             // well conditioned: both agree
    }
    CHECK_THROWS_AS(linear_regression(Matrix(2, 3, 1.0), Vector(2)), DomainError);  // fewer examples than parameters
    CHECK_THROWS_AS(linear_regression(X, Vector(3)), DimensionError);
    CHECK_THROWS_AS(linear_regression(X, Vector{1, 2, NAN, 4}), DomainError);
}

TEST_CASE("accuracy: QR keeps 7+ digits on NIST Wampler data where the normal equations lose them") {
    // Wampler1: y = 1 + x + x² + x³ + x⁴ + x⁵; Wampler2: y = 1 + 0.1x + 0.01x² + … + 0.00001x⁵
    // (certified coefficients: the polynomials' own). κ(X) ≈ 6.4·10⁶. Measured: QR 1.3e-10 and
    // 4.1e-13, the normal equations 3.6e-8 and 3.5e-10 relative error.
    for (const Vector& coefficients : {Vector{1, 1, 1, 1, 1, 1}, Vector{1, 0.1, 0.01, 0.001, 1e-4, 1e-5}}) {
        const Wampler w = wampler(coefficients);
        const double qr_error = max_relative_error(linear_regression(w.X, w.y), w.certified);
        const double ne_error = max_relative_error(normal_equations(w.X, w.y), w.certified);
        MESSAGE("QR " << qr_error << ", normal equations " << ne_error);
        CHECK(qr_error < 1e-9);
        CHECK(ne_error > 100.0 * qr_error);
    }
    // One degree more (the same construction, y = Σₖ₌₀⁶ xᵏ on x = 0…20, exact in double):
    // κ(X) ≈ 1.7·10⁸. QR keeps at least 7 significant digits (measured 1.6e-8); the normal
    // equations, which work with κ² ≈ 3·10¹⁶, keep fewer than 5 (measured 3.3e-5).
    Vector x(21);
    for (std::size_t i = 0; i < 21; ++i) x[i] = static_cast<double>(i);
    const Matrix X = polynomial_features(x, 6);
    const Vector ones(7, 1.0);
    const Vector y = X * ones;
    CHECK(max_relative_error(linear_regression(X, y), ones) < 1e-7);
    CHECK(max_relative_error(normal_equations(X, y), ones) > 1e-5);
}

TEST_CASE("ridge regression: closed form, the stacked least squares, gradient descent and the MAP view agree") {
    Rng rng(22);
    for (int trial = 0; trial < 10; ++trial) {
        const Matrix X = mml::testing::random_matrix(rng, 30, 4);
        const Vector y = mml::testing::random_vector(rng, 30);
        const double lambda = 0.1 + rng.uniform();
        const Vector theta = ridge_regression(X, y, lambda);
        // (XᵀX + λI)θ = Xᵀy, by LU on the (well-conditioned) 4×4 system.
        const Vector direct = solve(transpose(X) * X + lambda * Matrix::identity(4), transpose(X) * y);
        CHECK(theta == near(direct, 1e-13));
        // Gradient descent to ‖∇J‖ ≤ 1e-11 on a problem with κ(XᵀX + λI) ≈ 10: the smallest
        // eigenvalue of ∇²J is ≳ 1, so θ is within ~1e-11 of the minimiser.
        CHECK(ridge_regression_gd(X, y, lambda, 1e-11) == near(theta, 1e-10));
        // MAP with prior N(0, τ²I) and noise σ² is ridge with λ = σ²/τ²; τ² ≠ σ² so a swap would show.
        CHECK(map_linear_regression(X, y, {.noise_variance = 0.5 * lambda, .prior_variance = 0.5}) == near(theta, 1e-13));
        CHECK(!(map_linear_regression(X, y, {.noise_variance = 0.5, .prior_variance = 0.5 * lambda}) == near(theta, 1e-6)));
    }
    // λ shrinks: ‖θ_λ‖ decreases as λ grows, and λ = 0 is ordinary least squares.
    const Matrix X = mml::testing::random_matrix(rng, 20, 3);
    const Vector y = mml::testing::random_vector(rng, 20);
    CHECK(ridge_regression(X, y, 0.0) == near(linear_regression(X, y), 1e-14));
    double previous = norm(linear_regression(X, y));
    for (double lambda : {0.1, 1.0, 10.0, 100.0}) {
        const double current = norm(ridge_regression(X, y, lambda));
        CHECK(current < previous);
        previous = current;
    }
    CHECK_THROWS_AS(ridge_regression(X, y, -1.0), DomainError);
    CHECK_THROWS_AS(map_linear_regression(X, y, {.noise_variance = 1.0, .prior_variance = 0.0}), DomainError);
    // J(θ) = ½‖y − Xθ‖² + ½λ‖θ‖² is stationary at the ridge θ: ∇J = Xᵀ(Xθ − y) + λθ = 0.
    const Vector theta_5 = ridge_regression(X, y, 5.0);
    CHECK(transpose(X) * (X * theta_5 - y) + 5.0 * theta_5 == near(Vector(3), 1e-13));
    // With λ > 0 more parameters than examples is fine: the penalty picks one solution.
    CHECK(ridge_regression(Matrix{{1, 1}}, Vector{2}, 1.0) == near(Vector{2.0 / 3.0, 2.0 / 3.0}, 1e-14));
}

TEST_CASE("logistic regression: the Newton (IRLS) MLE has zero gradient and matches gradient ascent") {
    Rng rng(23);
    const std::size_t N = 200;
    Matrix X(N, 3);
    Vector y(N);
    const Vector theta_true{-0.5, 2.0, -1.0};
    for (std::size_t n = 0; n < N; ++n) {
        X(n, 0) = 1.0;
        X(n, 1) = rng.normal();
        X(n, 2) = rng.normal();
        y[n] = rng.uniform() < sigmoid(dot(X.row(n), theta_true)) ? 1.0 : -1.0;
    }
    const LogisticRegression fit = logistic_regression(X, y);
    CHECK(fit.iterations < 15);  // Newton: quadratic convergence
    CHECK(norm(logistic_log_likelihood_gradient(X, y, fit.theta)) < 1e-6);
    // The gradient Σ yₙσ(−yₙtₙ)xₙ agrees with autodiff of log L = Σ log σ(yₙtₙ) written out, and
    // log L with the 0/1 form Σ y₀₁ log p + (1 − y₀₁) log(1 − p), y₀₁ = (y + 1)/2.
    auto log_L = [&](const auto& t) {
        auto sum = 0.0 * t[0];
        for (std::size_t n = 0; n < N; ++n) {
            auto s = 0.0 * t[0];
            for (std::size_t d = 0; d < 3; ++d) s = s + X(n, d) * t[d];
            sum = sum + log(sigmoid(y[n] * s));
        }
        return sum;
    };
    auto log_L_01 = [&](const Vector& t) {
        double sum = 0.0;
        for (std::size_t n = 0; n < N; ++n) {
            const double p = sigmoid(dot(X.row(n), t)), y01 = (y[n] + 1.0) / 2.0;
            sum += y01 * std::log(p) + (1.0 - y01) * std::log(1.0 - p);
        }
        return sum;
    };
    const Vector probe{0.3, -0.2, 0.1};
    CHECK(logistic_log_likelihood_gradient(X, y, probe) == near(gradient(log_L, probe), 1e-10));
    CHECK(logistic_log_likelihood(X, y, probe) == near(log_L(probe), 1e-10));
    CHECK(logistic_log_likelihood(X, y, probe) == near(log_L_01(probe), 1e-10));
    // An independent method: gradient descent on −log L with the fixed step 1/L, L = σ_max(X)²/4 ≥ the
    // largest eigenvalue of XᵀSX (every pₙ(1 − pₙ) ≤ ¼). A fixed step needs no decrease test, so it
    // reaches ‖∇‖ ≤ 1e-9 although −log L ≈ 100 carries rounding ~1e-14 (a line search stalls near 1e-6).
    OptimOptions options;
    const double sigma_max = svd(X).S[0];
    options.learning_rate = 4.0 / (sigma_max * sigma_max);
    options.tolerance = 1e-9;
    options.max_iterations = 100000;
    options.record_path = false;
    const OptimResult gd = gradient_descent([&](const Vector& t) { return -logistic_log_likelihood(X, y, t); },
                                            [&](const Vector& t) { return -1.0 * logistic_log_likelihood_gradient(X, y, t); },
                                            Vector(3), options);
    INFO(gd.reason);
    REQUIRE(gd.converged);
    // The curvature −∇² log L ≈ N·E[p(1 − p)xxᵀ] has eigenvalues ≳ 20, so ‖∇‖ ≤ 1e-9 puts θ within
    // ~5e-11 of the MLE (and Newton's θ, stopped at ‖∇‖ ≤ 2e-7 but quadratically, is closer still).
    CHECK(gd.x == near(fit.theta, 1e-8));
    // With λ > 0 (MAP, Gaussian prior), ∇J = −∇ log L + λθ vanishes instead.
    const LogisticRegression map = logistic_regression(X, y, 5.0);
    CHECK(logistic_log_likelihood_gradient(X, y, map.theta) - 5.0 * map.theta == near(Vector(3), 1e-6));
    CHECK(norm(map.theta) < norm(fit.theta));
}

TEST_CASE("logistic regression on separable data: no MLE (typed error), a MAP estimate with λ > 0") {
    const Matrix X{{1, -2}, {1, -1}, {1, 1}, {1, 2}};
    const Vector y{-1, -1, 1, 1};
    CHECK_THROWS_AS(logistic_regression(X, y), NotConvergedError);
    const LogisticRegression map = logistic_regression(X, y, 1.0);
    CHECK(map.theta[1] > 0.0);
    // Labels are ±1 (README, Conventions): 0/1 labels are refused with the conversion in the message.
    std::string message;
    try {
        logistic_regression(X, Vector{0, 0, 1, 1});
    } catch (const DomainError& e) {
        message = e.what();
    }
    CHECK(message.find("pass 2y − 1") != std::string::npos);
    CHECK_THROWS_AS(logistic_log_likelihood(X, Vector{0, 2, 1, 1}, Vector(2)), DomainError);
}

TEST_CASE("training error falls with the degree; test error is U-shaped; cross-validation picks the middle") {
    // Data from f(x) = sin(πx) + N(0, 0.3²) on [−1, 1] (a seeded version of MML Figure 9.5).
    Rng rng(24);
    auto f = [](double x) { return std::sin(std::numbers::pi * x); };
    auto sample = [&](std::size_t N, Vector& x, Vector& y) {
        x = Vector(N);
        y = Vector(N);
        for (std::size_t n = 0; n < N; ++n) {
            x[n] = 2.0 * rng.uniform() - 1.0;
            y[n] = f(x[n]) + 0.3 * rng.normal();
        }
    };
    Vector x_train, y_train, x_test, y_test;
    sample(15, x_train, y_train);
    sample(2000, x_test, y_test);
    const std::vector<std::size_t> degrees{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    const auto curve = degree_curve(x_train, y_train, x_test, y_test, degrees);
    for (std::size_t k = 1; k < curve.size(); ++k)
        CHECK(curve[k].train_mse <= curve[k - 1].train_mse * (1.0 + 1e-9));  // nested models: never worse
    double best_test = 1e300;
    std::size_t best_degree = 0;
    for (const auto& p : curve)
        if (p.test_mse < best_test) best_test = p.test_mse, best_degree = p.degree;
    CHECK(best_degree >= 3);
    CHECK(best_degree <= 8);
    CHECK(curve.front().test_mse > 2.0 * best_test);  // degree 0 under-fits
    CHECK(curve.back().test_mse > 2.0 * best_test);   // degree 12 on 15 points over-fits
    CHECK(curve.back().train_mse < 0.5 * curve[best_degree].train_mse);

    // Regularisation at degree 12: a moderate λ beats both λ ≈ 0 and a huge λ on the test set.
    const auto path = lambda_curve(x_train, y_train, x_test, y_test, 12, {1e-10, 1e-3, 1e3});
    CHECK(path[1].test_mse < path[0].test_mse);
    CHECK(path[1].test_mse < path[2].test_mse);

    // 5-fold cross-validation on a larger training set picks a degree near the test-set optimum.
    Vector x_cv, y_cv;
    sample(60, x_cv, y_cv);
    const CrossValidationChoice cv = choose_degree(x_cv, y_cv, {0, 1, 2, 3, 4, 5, 6, 7, 8}, 0.0, 5, rng);
    CHECK(cv.best_index >= 3);
    CHECK(cv.best_index <= 8);
    CHECK(cv.cv_mse[0] > cv.cv_mse[cv.best_index]);
    const CrossValidationChoice cv_lambda = choose_lambda(x_cv, y_cv, 10, {1e-12, 1e-4, 1e-2, 1e4}, 5, rng);
    CHECK(cv_lambda.best_index != 3);  // λ = 10⁴ flattens the fit
    CHECK(cross_validation_mse(x_cv, y_cv, 3, 0.0, 5, rng) > 0.0);
    CHECK_THROWS_AS(fit_polynomial(Vector{1, 2}, Vector{1, 2}, 3), DomainError);  // 2 points, 4 coefficients
}

// The claims in model_selection.hpp: raw monomials of x ∈ [0, 20] with K = 10 have κ(Φ) ≈ 1.3·10¹⁴,
// monomials of t = (x − 10)/10 ∈ [−1, 1] κ ≈ 3.3·10³ (measured with svd); far from 0 the raw design
// is hopeless, and fit_polynomial, which scales, is still exact to rounding.
TEST_CASE("fit_polynomial maps x to [−1, 1]: well-conditioned where raw monomials are not") {
    auto condition = [](const Matrix& Phi) {
        const Vector s = svd(Phi).S;
        return s[0] / s[s.size() - 1];
    };
    Vector x(21), t(21);
    for (std::size_t i = 0; i < 21; ++i) {
        x[i] = static_cast<double>(i);
        t[i] = (x[i] - 10.0) / 10.0;
    }
    CHECK(condition(polynomial_features(x, 10)) > 1e13);
    CHECK(condition(polynomial_features(t, 10)) < 1e4);
    // x = 1000, …, 1020 and y = Σₖ ((x − 1010)/10)ᵏ, k ≤ 5: κ of the raw design ≈ 10²⁶ (numerically
    // rank-deficient), of the scaled one 39. Measured maximum errors at the data: scaled 1.1e-15,
    // raw 1.8e-5 (or a SingularMatrixError, which a solver may rightly throw here).
    Vector xs(21), y(21);
    for (std::size_t i = 0; i < 21; ++i) {
        xs[i] = 1000.0 + static_cast<double>(i);
        y[i] = evaluate_polynomial(Vector(6, 1.0), (xs[i] - 1010.0) / 10.0);
    }
    const PolynomialFit fit = fit_polynomial(xs, y, 5);
    CHECK(fit.centre == 1010.0);
    CHECK(fit.half_width == 10.0);
    CHECK(fit.theta == near(Vector(6, 1.0), 1e-12));  // the coefficients in t are recovered
    double scaled_error = 0.0, raw_error = INFINITY;
    for (std::size_t i = 0; i < 21; ++i) scaled_error = std::max(scaled_error, std::abs(fit(xs[i]) - y[i]));
    try {
        const Vector raw = least_squares(polynomial_features(xs, 5), y);
        raw_error = 0.0;
        for (std::size_t i = 0; i < 21; ++i) raw_error = std::max(raw_error, std::abs(evaluate_polynomial(raw, xs[i]) - y[i]));
    } catch (const SingularMatrixError&) {
    }
    MESSAGE("max error at the data: scaled " << scaled_error << ", raw " << raw_error);
    CHECK(scaled_error < 1e-13);
    CHECK(raw_error > 1000.0 * std::max(scaled_error, 1e-16));
    CHECK(fit(Vector{1000.0, 1020.0}) == near(Vector{y[0], y[20]}, 1e-13));
    // All inputs equal: the map is the identity shift (h = 1) and a constant is fitted.
    const PolynomialFit flat = fit_polynomial(Vector{3, 3, 3}, Vector{1, 2, 3}, 0);
    CHECK(flat.half_width == 1.0);
    CHECK(flat(3.0) == near(2.0, 1e-15));
}

TEST_CASE("bias–variance decomposition: bias² + variance + noise equals the measured test error") {
    Rng rng(25);
    BiasVarianceSettings s;
    s.f = [](double x) { return std::sin(std::numbers::pi * x); };
    s.noise_stddev = 0.3;
    s.N = 25;
    s.data_sets = 300;
    s.test_points = 40;
    const auto result = bias_variance_experiment(s, {0, 1, 3, 5, 10}, rng);
    for (const auto& p : result) {
        const double sum = p.bias_squared + p.variance + p.noise;
        // The identity is exact up to two Monte Carlo terms: mean(ε²) − σ² and 2·mean(bias·ε),
        // averages of 12 000 draws: relative standard error ≈ √(2/12000) ≈ 1.3 % of σ²; allow 5 %.
        CHECK(std::abs(sum - p.expected_test_error) < 0.05 * p.expected_test_error);
        MESSAGE("degree " << p.degree << ": bias² " << p.bias_squared << ", variance " << p.variance);
    }
    CHECK(result[0].bias_squared > 10.0 * result[2].bias_squared);  // a constant cannot follow sin(πx)
    CHECK(result[4].variance > 3.0 * result[2].variance);          // degree 10 on 25 points chases noise
    CHECK(result[0].variance < result[4].variance);
    CHECK_THROWS_AS(bias_variance_experiment(BiasVarianceSettings{}, {1}, rng), DomainError);  // f not set
}
