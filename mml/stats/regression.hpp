// mml/stats/regression.hpp — linear, ridge and logistic regression.      (MML §8.2, §9.1–§9.2)
//
// Linear regression with features Φ (or plain inputs X), y ≈ Φθ. Minimising the sum of squared
// losses ½‖y − Φθ‖² — which is maximum likelihood under Gaussian noise y = Φθ + ε, ε ~ N(0, σ²I)
// (MML §9.2.1) — gives the normal equations
//     ΦᵀΦ θ = Φᵀy                                                                    (MML (9.12))
// mml solves them *without* forming ΦᵀΦ: with Φ = QR (Householder), θ = R⁻¹Qᵀy (least_squares,
// unit 1). Forming ΦᵀΦ squares the condition number, κ(ΦᵀΦ) = κ(Φ)², which costs digits when
// the fit is close (small residuals; with large ones QR's error grows like κ² too): for exact
// data on the degree-6 polynomial design, x = 0, 1, …, 20 (κ(Φ) ≈ 1.7·10⁸), QR keeps 8
// significant digits of θ and the normal equations 4½ (the tests measure it, with NIST's
// Wampler data). normal_equations() is kept to show that loss.
//
// Ridge regression (regularised least squares, MML §8.2.3, §9.2.4) minimises
//     J(θ) = ½‖y − Φθ‖² + ½λ‖θ‖²   ⇒   θ = (ΦᵀΦ + λI)⁻¹Φᵀy,                           (MML (9.33))
// the sum of the squared losses ½(yₙ − φₙᵀθ)² plus ½λ‖θ‖² (README, Conventions; the ½ does not
// move the minimiser). It is computed as the least-squares solution of the stacked system
// [Φ; √λ I] θ ≈ [y; 0] — the same minimiser, again without forming ΦᵀΦ. (Every θ_d is
// penalised, the intercept too.) This is the MAP estimate under the prior θ ~ N(0, τ²I) with
// λ = σ²/τ² (MML §9.2.4; map_linear_regression in bayes.hpp).
//
// Logistic regression, with labels y ∈ {−1, +1} as everywhere in mml: p(y | x) = σ(y·xᵀθ),
// σ(t) = 1/(1 + e^{−t}), one formula for both classes since 1 − σ(t) = σ(−t). With tₙ = xₙᵀθ
// the log-likelihood and its derivatives are
//     log L(θ) = Σₙ log σ(yₙtₙ) = −Σₙ softplus(−yₙtₙ),
//     ∇ log L = Σₙ yₙ σ(−yₙtₙ) xₙ,     −∇² log L = XᵀSX,  S = diag(σ(tₙ)(1 − σ(tₙ))).
// Newton's method (unit 4) on J(θ) = −log L(θ) + ½λ‖θ‖² converges in a handful of steps; each
// step is a weighted least-squares problem, hence the name "iteratively reweighted least
// squares" (IRLS). On linearly separable data the MLE does not exist (‖θ‖ → ∞ makes every
// yₙtₙ → ∞): use λ > 0. Labels 0/1 convert by y = 2y₀₁ − 1.
//
// Conventions (README, "Conventions"): X is N×D with one example per row; labels ±1;
// J(θ) = Σₙ ℓₙ + ½λ‖θ‖².
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <cstddef>

namespace mml {

// θ̂ minimising ½‖y − Xθ‖², by Householder QR. DomainError when N < D (fewer examples than
// parameters: the minimiser is not unique), SingularMatrixError when X has dependent columns.
Vector linear_regression(const Matrix& X, const Vector& y);

// The same θ̂ from the normal equations XᵀXθ = Xᵀy by Cholesky — the tutorial formula, kept to
// compare: on ill-conditioned X it loses up to twice as many digits as QR (its error grows like
// κ(X)², QR's like κ(X) when the residual y − Xθ̂ is small; with a large residual both grow like κ²).
Vector normal_equations(const Matrix& X, const Vector& y);

// Ridge: θ̂ = argmin ½‖y − Xθ‖² + ½λ‖θ‖² = (XᵀX + λI)⁻¹Xᵀy, λ ≥ 0, via least squares on [X; √λ I].
Vector ridge_regression(const Matrix& X, const Vector& y, double lambda);

// The same ridge θ̂ by gradient descent (unit 4) on J(θ) = ½‖y − Xθ‖² + ½λ‖θ‖², whose gradient
// ∇J = Xᵀ(Xθ − y) + λθ is computed from Xθ (never forming XᵀX), with the fixed step 1/L for the
// smoothness constant L = σ_max(X)² + λ; stops when ‖∇J‖ ≤ tolerance. NotConvergedError if
// max_iterations are not enough (ill-conditioned X: about κ(XᵀX + λI) iterations are needed).
Vector ridge_regression_gd(const Matrix& X, const Vector& y, double lambda, double tolerance = 1e-10,
                           std::size_t max_iterations = 200000);

Vector predict(const Matrix& X, const Vector& theta);  // ŷ = Xθ
// (1/N) Σ (yₙ − ŷₙ)²: a measure of fit, not a training loss, so without the ½.
double mean_squared_error(const Vector& y, const Vector& y_hat);
double r_squared(const Vector& y, const Vector& y_hat);           // 1 − Σ(y − ŷ)²/Σ(y − ȳ)²

// ---- logistic regression (σ is mml::sigmoid from calculus/dual.hpp) ----

struct LogisticRegression {
    Vector theta;
    double log_likelihood = 0.0;  // log L(θ̂) (without the penalty)
    std::size_t iterations = 0;   // Newton steps
};
// Minimises J(θ) = −log L(θ) + ½λ‖θ‖² by Newton's method (IRLS). y ∈ {−1, +1} (DomainError
// otherwise, saying how to convert 0/1 labels). NotConvergedError (with the advice to use λ > 0)
// when no maximum exists, as on separable data with λ = 0.
LogisticRegression logistic_regression(const Matrix& X, const Vector& y, double lambda = 0.0);
// log L(θ) = −Σₙ softplus(−yₙxₙᵀθ), y ∈ {−1, +1}.
double logistic_log_likelihood(const Matrix& X, const Vector& y, const Vector& theta);
// ∇ log L = Σₙ yₙ σ(−yₙxₙᵀθ) xₙ, y ∈ {−1, +1}.
Vector logistic_log_likelihood_gradient(const Matrix& X, const Vector& y, const Vector& theta);
Vector predict_probability(const Matrix& X, const Vector& theta);  // pₙ = p(yₙ = +1 | xₙ) = σ(xₙᵀθ)

}  // namespace mml
