// mml/stats/regression.hpp — linear, ridge and logistic regression.      (MML §8.2, §9.1–§9.2)
//
// Linear regression with features Φ (or plain inputs X), y ≈ Φθ. Minimising the squared loss
// ‖y − Φθ‖² — which is maximum likelihood under Gaussian noise y = Φθ + ε, ε ~ N(0, σ²I)
// (MML §9.2.1) — gives the normal equations
//     ΦᵀΦ θ = Φᵀy                                                                    (MML (9.12))
// mml solves them *without* forming ΦᵀΦ: with Φ = QR (Householder), θ = R⁻¹Qᵀy (least_squares,
// unit 1). Forming ΦᵀΦ squares the condition number, κ(ΦᵀΦ) = κ(Φ)²: for the degree-6
// polynomial design on x = 0, 1, …, 20 (κ(Φ) ≈ 1.7·10⁸) QR keeps 8 significant digits of θ and
// the normal equations 4½ (the tests measure it, with NIST's Wampler data). normal_equations()
// is kept to show that loss.
//
// Ridge regression (regularised least squares, MML §8.2.3, §9.2.3) minimises
//     ‖y − Φθ‖² + λ‖θ‖²   ⇒   θ = (ΦᵀΦ + λI)⁻¹Φᵀy,                                  (MML (9.33))
// computed as the least-squares solution of the stacked system [Φ; √λ I] θ ≈ [y; 0] — the same
// minimiser, again without forming ΦᵀΦ. (Every θ_d is penalised, the intercept too.) This is the
// MAP estimate under the prior θ ~ N(0, (σ²/λ) I) (MML §9.2.3).
//
// Logistic regression (binary y ∈ {0, 1}): p(y = 1 | x) = σ(xᵀθ), σ(t) = 1/(1 + e^{−t}). The
// log-likelihood and its derivatives are
//     log L(θ) = Σₙ yₙ log pₙ + (1 − yₙ) log(1 − pₙ),   ∇ = Xᵀ(y − p),   ∇² = −XᵀSX,
// with S = diag(pₙ(1 − pₙ)). Newton's method (unit 4) on −log L + ½λ‖θ‖² converges in a handful
// of steps; each step is a weighted least-squares problem, hence the name "iteratively
// reweighted least squares" (IRLS). On linearly separable data the MLE does not exist (‖θ‖ → ∞
// makes every pₙ → yₙ): use λ > 0.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <cstddef>

namespace mml {

// θ̂ minimising ‖y − Xθ‖², by Householder QR. DomainError when N < D (fewer examples than
// parameters: the minimiser is not unique), SingularMatrixError when X has dependent columns.
Vector linear_regression(const Matrix& X, const Vector& y);

// The same θ̂ from the normal equations XᵀXθ = Xᵀy by Cholesky — the tutorial formula, kept to
// compare: it loses twice as many digits as QR on ill-conditioned X.
Vector normal_equations(const Matrix& X, const Vector& y);

// Ridge: θ̂ = (XᵀX + λI)⁻¹Xᵀy, λ ≥ 0, via least squares on [X; √λ I].
Vector ridge_regression(const Matrix& X, const Vector& y, double lambda);

// The same ridge θ̂ by gradient descent (unit 4) on (1/N)(‖y − Xθ‖² + λ‖θ‖²), with the fixed
// step 1/L for the smoothness constant L = 2(λ_max(XᵀX) + λ)/N; stops when ‖∇‖ ≤ tolerance.
// NotConvergedError if max_iterations are not enough (ill-conditioned X: κ iterations needed).
Vector ridge_regression_gd(const Matrix& X, const Vector& y, double lambda, double tolerance = 1e-10,
                           std::size_t max_iterations = 200000);

Vector predict(const Matrix& X, const Vector& theta);  // ŷ = Xθ
double mean_squared_error(const Vector& y, const Vector& y_hat);  // (1/N) Σ (yₙ − ŷₙ)²
double r_squared(const Vector& y, const Vector& y_hat);           // 1 − Σ(y − ŷ)²/Σ(y − ȳ)²

// ---- logistic regression (σ is mml::sigmoid from calculus/dual.hpp) ----

struct LogisticRegression {
    Vector theta;
    double log_likelihood = 0.0;  // log L(θ̂) (without the penalty)
    std::size_t iterations = 0;   // Newton steps
};
// Maximises log L(θ) − ½λ‖θ‖² by Newton's method (IRLS). y ∈ {0, 1}. NotConvergedError (with
// the advice to use λ > 0) when the iterates run off to infinity, as on separable data with λ = 0.
LogisticRegression logistic_regression(const Matrix& X, const Vector& y, double lambda = 0.0);
double logistic_log_likelihood(const Matrix& X, const Vector& y, const Vector& theta);
Vector logistic_log_likelihood_gradient(const Matrix& X, const Vector& y, const Vector& theta);  // Xᵀ(y − p)
Vector predict_probability(const Matrix& X, const Vector& theta);  // pₙ = σ(xₙᵀθ)

}  // namespace mml
