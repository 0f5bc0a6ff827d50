// mml/stats/regression.cpp — least squares, ridge, logistic regression.  (MML §8.2, §9.1–§9.2)
//
// Least squares by Householder QR (unit 1; Golub & Van Loan §5.3), the normal equations by
// Cholesky for comparison, ridge as least squares on the stacked system [X; √λ I] (Björck,
// "Numerical Methods for Least Squares Problems" §2.7), the same ridge by gradient descent with
// step 1/L (unit 4), and logistic regression by Newton's method — iteratively reweighted least
// squares (Bishop §4.3.3; MML §8.3 for the likelihood).
#include "mml/stats/regression.hpp"

#include "mml/calculus/dual.hpp"
#include "mml/core/checks.hpp"
#include "mml/core/dot.hpp"
#include "mml/core/error.hpp"
#include "mml/core/triangular.hpp"
#include "mml/linalg/cholesky.hpp"
#include "mml/linalg/qr.hpp"
#include "mml/linalg/svd.hpp"
#include "mml/optim/gradient_methods.hpp"
#include "mml/stats/dataset.hpp"
#include "mml/stats/descriptive.hpp"
#include "mml/stats/loss.hpp"

#include <cmath>
#include <sstream>

namespace mml {

namespace {
void require_regression(const std::string& operation, const Matrix& X, const Vector& y) {
    require_rows_match(operation, X, y);
    require_examples(operation, X.rows(), X.cols());  // N ≥ D, or θ is not determined
    require_finite(operation + " (inputs X)", X);
    require_finite(operation + " (targets y)", y);
}
void require_lambda(const std::string& operation, double lambda) {
    if (!(lambda >= 0.0) || !std::isfinite(lambda)) {
        std::ostringstream msg;
        msg << operation << ": the regularisation strength λ = " << lambda << " must be finite and ≥ 0";
        throw DomainError(msg.str());
    }
}
}  // namespace

Vector linear_regression(const Matrix& X, const Vector& y) {
    require_regression("linear_regression", X, y);
    return least_squares(X, y);  // Householder QR: θ = R⁻¹Qᵀy
}

Vector normal_equations(const Matrix& X, const Vector& y) {
    require_regression("normal_equations", X, y);
    const Matrix Xt = transpose(X);
    const Matrix L = cholesky(Xt * X);  // XᵀX = LLᵀ; κ(XᵀX) = κ(X)²: see the header
    return solve_lower_triangular_transposed(L, solve_lower_triangular(L, Xt * y));  // Lz = Xᵀy, Lᵀθ = z
}

Vector ridge_regression(const Matrix& X, const Vector& y, double lambda) {
    require_lambda("ridge_regression", lambda);
    require_rows_match("ridge_regression", X, y);
    require_examples("ridge_regression", X.rows(), 1);  // with λ > 0, N < D is fine: the penalty decides
    require_finite("ridge_regression (inputs X)", X);
    require_finite("ridge_regression (targets y)", y);
    if (lambda == 0.0) return linear_regression(X, y);
    // ‖y − Xθ‖² + λ‖θ‖² = ‖[y; 0] − [X; √λ I]θ‖² (twice J): an ordinary least-squares problem.
    const std::size_t N = X.rows(), D = X.cols();
    Matrix A(N + D, D);
    Vector b(N + D);
    for (std::size_t n = 0; n < N; ++n) {
        for (std::size_t d = 0; d < D; ++d) A(n, d) = X(n, d);
        b[n] = y[n];
    }
    for (std::size_t d = 0; d < D; ++d) A(N + d, d) = std::sqrt(lambda);
    return least_squares(A, b);
}

Vector ridge_regression_gd(const Matrix& X, const Vector& y, double lambda, double tolerance, std::size_t max_iterations) {
    require_lambda("ridge_regression_gd", lambda);
    require_rows_match("ridge_regression_gd", X, y);
    require_examples("ridge_regression_gd", X.rows(), 1);
    const Matrix Xt = transpose(X);
    // J(θ) = ½‖y − Xθ‖² + ½λ‖θ‖²,  ∇J = Xᵀ(Xθ − y) + λθ,  ∇²J = XᵀX + λI.
    auto J = [&](const Vector& theta) {
        const Vector r = y - X * theta;
        return 0.5 * dot(r, r) + 0.5 * lambda * dot(theta, theta);
    };
    auto gradJ = [&](const Vector& theta) { return Xt * (X * theta - y) + lambda * theta; };
    const double sigma_max = svd(X).S[0];
    OptimOptions options;
    options.learning_rate = 1.0 / (sigma_max * sigma_max + lambda);  // γ = 1/L, L = λ_max(∇²J): guaranteed descent
    options.tolerance = tolerance;
    options.max_iterations = max_iterations;
    options.record_path = false;
    const OptimResult result = gradient_descent(J, gradJ, Vector(X.cols()), options);
    if (!result.converged) {
        std::ostringstream msg;
        msg << "ridge_regression_gd: " << result.reason << "; X is ill-conditioned for gradient descent — "
            << "standardise the features, increase λ or max_iterations, or use ridge_regression()";
        throw NotConvergedError(msg.str());
    }
    return result.x;
}

Vector predict(const Matrix& X, const Vector& theta) { return X * theta; }

double mean_squared_error(const Vector& y, const Vector& y_hat) {
    require_same_size("mean_squared_error", y, y_hat);
    require_examples("mean_squared_error", y.size(), 1);
    const Vector r = y - y_hat;
    return dot(r, r) / static_cast<double>(y.size());
}

double r_squared(const Vector& y, const Vector& y_hat) {
    const double total = variance(y);  // (1/N) Σ (y − ȳ)²
    if (total == 0.0) throw DomainError("r_squared: the targets are constant, so R² = 1 − SSE/SST divides by 0");
    return 1.0 - mean_squared_error(y, y_hat) / total;
}

// ---- logistic regression ---------------------------------------------------------------------------
namespace {
void require_labels(const std::string& operation, const Vector& y) {
    for (std::size_t n = 0; n < y.size(); ++n)
        if (y[n] != -1.0 && y[n] != 1.0) {
            std::ostringstream msg;
            msg << operation << ": y[" << n << "] = " << y[n] << ", but binary labels are −1 or +1 in mml (README, "
                << "Conventions); for labels 0/1 pass 2y − 1";
            throw DomainError(msg.str());
        }
}

// wₙ = yₙ σ(−yₙ tₙ), tₙ = xₙᵀθ: then ∇ log L = Xᵀw.
Vector likelihood_weights(const Matrix& X, const Vector& y, const Vector& theta) {
    Vector w = X * theta;
    for (std::size_t n = 0; n < y.size(); ++n) w[n] = y[n] * sigmoid(-y[n] * w[n]);
    return w;
}

// ∇²J = XᵀSX + λI with S = diag(pₙ(1 − pₙ)), pₙ = σ(xₙᵀθ).
Matrix logistic_hessian(const Matrix& X, const Matrix& Xt, const Vector& theta, double lambda) {
    const Vector p = predict_probability(X, theta);
    Matrix SX = X;
    for (std::size_t n = 0; n < X.rows(); ++n)
        for (std::size_t d = 0; d < X.cols(); ++d) SX(n, d) *= p[n] * (1.0 - p[n]);
    return Xt * SX + lambda * Matrix::identity(X.cols());
}

// On separable data ‖∇ log L‖ → 0 only as ‖θ‖ → ∞, so Newton can stop at a large θ that
// "converged" to a tolerance. A θ that puts every example strictly on its own side is that case.
void require_not_separated(const Matrix& X, const Vector& y, const Vector& theta) {
    const Vector t = X * theta;
    for (std::size_t n = 0; n < y.size(); ++n)
        if (y[n] * t[n] <= 0.0) return;
    throw NotConvergedError("logistic_regression: the classes are linearly separable, so the likelihood keeps growing "
                            "as ‖θ‖ → ∞ and no maximum-likelihood θ exists; use λ > 0 (MAP with a Gaussian prior)");
}
}  // namespace

Vector predict_probability(const Matrix& X, const Vector& theta) {
    Vector p = X * theta;
    for (double& pn : p) pn = sigmoid(pn);
    return p;
}

double logistic_log_likelihood(const Matrix& X, const Vector& y, const Vector& theta) {
    require_rows_match("logistic_log_likelihood", X, y);
    require_labels("logistic_log_likelihood", y);
    const Vector t = X * theta;
    double ll = 0.0;
    // log σ(yₙtₙ) = −softplus(−yₙtₙ): no log of a σ that rounded to 0.
    for (std::size_t n = 0; n < y.size(); ++n) ll -= softplus(-y[n] * t[n]);
    return ll;
}

Vector logistic_log_likelihood_gradient(const Matrix& X, const Vector& y, const Vector& theta) {
    require_rows_match("logistic_log_likelihood_gradient", X, y);
    require_labels("logistic_log_likelihood_gradient", y);
    return transpose(X) * likelihood_weights(X, y, theta);
}

LogisticRegression logistic_regression(const Matrix& X, const Vector& y, double lambda) {
    require_lambda("logistic_regression", lambda);
    require_regression("logistic_regression", X, y);
    require_labels("logistic_regression", y);
    const Matrix Xt = transpose(X);
    // J(θ) = −log L(θ) + ½λ‖θ‖²,  ∇J = −Xᵀw + λθ,  ∇²J = XᵀSX + λI.
    auto J = [&](const Vector& theta) { return -logistic_log_likelihood(X, y, theta) + 0.5 * lambda * dot(theta, theta); };
    auto gradJ = [&](const Vector& theta) { return lambda * theta - Xt * likelihood_weights(X, y, theta); };
    auto hessJ = [&](const Vector& theta) { return logistic_hessian(X, Xt, theta, lambda); };
    OptimOptions options;
    options.tolerance = 1e-9 * static_cast<double>(X.rows());  // ‖∇J‖ is a sum over N examples
    options.max_iterations = 100;
    options.record_path = false;
    const OptimResult result = newton(J, gradJ, hessJ, Vector(X.cols()), options);
    if (!result.converged)
        throw NotConvergedError("logistic_regression: Newton's method did not converge (" + result.reason +
                                "); if the classes are linearly separable the maximum-likelihood θ is infinite — "
                                "use a regularisation strength λ > 0");
    if (lambda == 0.0) require_not_separated(X, y, result.x);
    return {result.x, logistic_log_likelihood(X, y, result.x), result.iterations};
}

}  // namespace mml
