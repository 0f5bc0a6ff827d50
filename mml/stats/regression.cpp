// mml/stats/regression.cpp — least squares, ridge, logistic regression.  (MML §8.2, §9.1–§9.2)
#include "mml/stats/regression.hpp"

#include "mml/core/checks.hpp"
#include "mml/calculus/dual.hpp"
#include "mml/core/error.hpp"
#include "mml/linalg/cholesky.hpp"
#include "mml/linalg/eigen_sym.hpp"
#include "mml/linalg/qr.hpp"
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
    return cholesky_solve(cholesky(Xt * X), Xt * y);  // κ(XᵀX) = κ(X)²: see the header
}

Vector ridge_regression(const Matrix& X, const Vector& y, double lambda) {
    require_lambda("ridge_regression", lambda);
    require_rows_match("ridge_regression", X, y);
    require_examples("ridge_regression", X.rows(), 1);  // with λ > 0, N < D is fine: the penalty decides
    require_finite("ridge_regression (inputs X)", X);
    require_finite("ridge_regression (targets y)", y);
    if (lambda == 0.0) return linear_regression(X, y);
    // ‖y − Xθ‖² + λ‖θ‖² = ‖[y; 0] − [X; √λ I]θ‖²: an ordinary least-squares problem.
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
    const double N = static_cast<double>(X.rows());
    const Matrix Xt = transpose(X);
    const Matrix XtX = Xt * X;
    const Vector Xty = Xt * y;
    // R(θ) = (1/N)(‖y − Xθ‖² + λ‖θ‖²),  ∇R = (2/N)(XᵀXθ − Xᵀy + λθ),  ∇²R = (2/N)(XᵀX + λI).
    auto R = [&](const Vector& theta) {
        const Vector r = y - X * theta;
        double s = 0.0;
        for (double rn : r) s += rn * rn;
        for (double t : theta) s += lambda * t * t;
        return s / N;
    };
    auto gradR = [&](const Vector& theta) { return (2.0 / N) * (XtX * theta - Xty + lambda * theta); };
    const double L = 2.0 * (eig_sym(XtX).values[0] + lambda) / N;  // largest eigenvalue of ∇²R
    OptimOptions options;
    options.learning_rate = 1.0 / L;  // γ = 1/L: guaranteed descent for an L-smooth function
    options.tolerance = tolerance;
    options.max_iterations = max_iterations;
    options.record_path = false;
    const OptimResult result = gradient_descent(R, gradR, Vector(X.cols()), options);
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
    double s = 0.0;
    for (std::size_t n = 0; n < y.size(); ++n) s += (y[n] - y_hat[n]) * (y[n] - y_hat[n]);
    return s / static_cast<double>(y.size());
}

double r_squared(const Vector& y, const Vector& y_hat) {
    const double total = variance(y);  // (1/N) Σ (y − ȳ)²
    if (total == 0.0) throw DomainError("r_squared: the targets are constant, so R² = 1 − SSE/SST divides by 0");
    return 1.0 - mean_squared_error(y, y_hat) / total;
}

// ---- logistic regression ---------------------------------------------------------------------------
Vector predict_probability(const Matrix& X, const Vector& theta) {
    Vector p = X * theta;
    for (double& pn : p) pn = sigmoid(pn);
    return p;
}

double logistic_log_likelihood(const Matrix& X, const Vector& y, const Vector& theta) {
    require_rows_match("logistic_log_likelihood", X, y);
    const Vector t = X * theta;
    double ll = 0.0;
    for (std::size_t n = 0; n < y.size(); ++n) {
        // log σ(t) = −softplus(−t) and log(1 − σ(t)) = −softplus(t): no log of a rounded-to-0 σ.
        ll -= y[n] * softplus(-t[n]) + (1.0 - y[n]) * softplus(t[n]);
    }
    return ll;
}

Vector logistic_log_likelihood_gradient(const Matrix& X, const Vector& y, const Vector& theta) {
    require_rows_match("logistic_log_likelihood_gradient", X, y);
    return transpose(X) * (y - predict_probability(X, theta));
}

LogisticRegression logistic_regression(const Matrix& X, const Vector& y, double lambda) {
    require_lambda("logistic_regression", lambda);
    require_regression("logistic_regression", X, y);
    for (std::size_t n = 0; n < y.size(); ++n)
        if (y[n] != 0.0 && y[n] != 1.0) {
            std::ostringstream msg;
            msg << "logistic_regression: y[" << n << "] = " << y[n] << " but the labels must be 0 or 1";
            throw DomainError(msg.str());
        }
    const Matrix Xt = transpose(X);
    auto objective = [&](const Vector& theta) {  // −log L(θ) + ½λ‖θ‖²
        double penalty = 0.0;
        for (double t : theta) penalty += t * t;
        return -logistic_log_likelihood(X, y, theta) + 0.5 * lambda * penalty;
    };
    auto gradient = [&](const Vector& theta) { return -(Xt * (y - predict_probability(X, theta))) + lambda * theta; };
    auto hessian = [&](const Vector& theta) {  // XᵀSX + λI, S = diag(pₙ(1 − pₙ))
        const Vector p = predict_probability(X, theta);
        Matrix SX = X;
        for (std::size_t n = 0; n < X.rows(); ++n)
            for (std::size_t d = 0; d < X.cols(); ++d) SX(n, d) *= p[n] * (1.0 - p[n]);
        return Xt * SX + lambda * Matrix::identity(X.cols());
    };
    OptimOptions options;
    options.tolerance = 1e-9 * static_cast<double>(X.rows());  // ‖∇‖ is a sum over N examples
    options.max_iterations = 100;
    options.record_path = false;
    const OptimResult result = newton(objective, gradient, hessian, Vector(X.cols()), options);
    if (!result.converged)
        throw NotConvergedError("logistic_regression: Newton's method did not converge (" + result.reason +
                                "); if the classes are linearly separable the maximum-likelihood θ is infinite — "
                                "use a regularisation strength λ > 0");
    if (lambda == 0.0) {
        // On separable data ‖∇ log L‖ → 0 only as ‖θ‖ → ∞, so Newton can stop at a large θ that
        // "converged" to a tolerance. A θ that puts every example strictly on its own side is that case.
        const Vector t = X * result.x;
        bool separates = true;
        for (std::size_t n = 0; n < y.size() && separates; ++n) separates = (2.0 * y[n] - 1.0) * t[n] > 0.0;
        if (separates)
            throw NotConvergedError("logistic_regression: the classes are linearly separable, so the likelihood keeps "
                                    "growing as ‖θ‖ → ∞ and no maximum-likelihood θ exists; use λ > 0 (MAP with a "
                                    "Gaussian prior)");
    }
    return {result.x, logistic_log_likelihood(X, y, result.x), result.iterations};
}

}  // namespace mml
