// mml/stats/loss.hpp — loss functions and empirical risk minimisation.          (MML §8.2)
//
// A predictor f(x, θ) is judged by a loss ℓ(yₙ, ŷₙ) ≥ 0 on each example, ŷₙ = f(xₙ, θ), and
// learning minimises the empirical risk, the average loss on the training data:
//     R_emp(θ, X, y) = (1/N) Σₙ ℓ(yₙ, f(xₙ, θ))                                      (MML (8.6))
// For a linear model f(x, θ) = xᵀθ (features in the rows of X) the chain rule gives its gradient
//     ∇_θ R_emp = (1/N) Σₙ ℓ′(yₙ, xₙᵀθ) xₙ = (1/N) Xᵀ ℓ′(y, Xθ),
// where ℓ′ is the derivative of the loss with respect to the prediction ŷ.
//
// The losses (y the target, ŷ the prediction; for classification y ∈ {−1, +1} and ŷ a score):
//   squared   ½(y − ŷ)²                     regression; the Gaussian negative log-likelihood with σ = 1
//                                           up to a constant (MML §9.2.1), so ℓ′ = ŷ − y
//   absolute  |y − ŷ|                       regression, robust to outliers (median, not mean)
//   Huber     ½r² for |r| ≤ δ, δ(|r| − ½δ)   r = y − ŷ: squared near 0, absolute in the tails
//   logistic  log(1 + e^{−yŷ})              logistic regression's negative log-likelihood
//   hinge     max(0, 1 − yŷ)                the support vector machine (MML §12.2.5)
// The absolute and hinge losses have kinks; there ℓ′ returns a subgradient (0 at the kink).
//
// Conventions (README, "Conventions"): labels y ∈ {−1, +1}; the ½ in the squared loss (and in
// Huber's quadratic part); a regularised objective is J(θ) = Σₙ ℓₙ(θ) + ½λ‖θ‖².
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <functional>
#include <string>

namespace mml {

struct Loss {
    std::string name;
    std::function<double(double y, double y_hat)> value;       // ℓ(y, ŷ)
    std::function<double(double y, double y_hat)> derivative;  // ∂ℓ/∂ŷ (a subgradient at kinks)
};

// softplus(t) = log(1 + eᵗ), computed as t + log(1 + e⁻ᵗ) for t > 0 so that eᵗ never overflows
// (for t = 800 the naive form gives inf, the answer is 800).
double softplus(double t);

Loss squared_loss();
Loss absolute_loss();
Loss huber_loss(double delta = 1.0);  // δ > 0
Loss logistic_loss();                 // y ∈ {−1, +1}
Loss hinge_loss();                    // y ∈ {−1, +1}

// R_emp(θ) = (1/N) Σₙ ℓ(yₙ, xₙᵀθ) for the linear model ŷ = Xθ.
double empirical_risk(const Loss& loss, const Matrix& X, const Vector& y, const Vector& theta);
// ∇_θ R_emp = (1/N) Xᵀ ℓ′(y, Xθ).
Vector empirical_risk_gradient(const Loss& loss, const Matrix& X, const Vector& y, const Vector& theta);

// ---- feature maps φ: the model stays linear in θ, f(x) = φ(x)ᵀθ, however curved in x (MML §9.2.2) ----
// Polynomial features of scalar inputs: row n of Φ is [1, xₙ, xₙ², …, xₙᴷ] (N × (K + 1)).
Matrix polynomial_features(const Vector& x, std::size_t degree);
// Gaussian radial basis functions: Φₙₖ = exp(−(xₙ − cₖ)²/(2ℓ²)) for centres c and width ℓ > 0.
Matrix rbf_features(const Vector& x, const Vector& centres, double width);
// [1 | X]: a column of ones prepended, so θ₀ is the intercept (bias).
Matrix add_bias_column(const Matrix& X);

}  // namespace mml
