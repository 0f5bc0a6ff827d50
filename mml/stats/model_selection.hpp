// mml/stats/model_selection.hpp — polynomial fits, training vs test error, cross-validation. (MML §8.3.3, §9.2.2)
//
// A polynomial of degree K, f(x) = θ₀ + θ₁x + … + θ_K xᴷ, is linear regression on the features
// φ(x) = [1, x, …, xᴷ]. Larger K fits the training data better and better — the training error
// can only fall — but beyond some K the fit follows the noise and the error on new data rises:
// under-fitting on the left, over-fitting on the right (MML Figure 9.6). The test error, or its
// estimate by K-fold cross-validation on the training data alone, is what chooses K (or λ).
//
// Numerical care. The monomials 1, x, …, xᴷ of raw inputs make a badly conditioned design:
// for x in [0, 20] and K = 10 the columns span 1 to 10¹³ and are nearly parallel, κ(Φ) ≈ 10¹⁴,
// so least squares keeps about two digits. fit_polynomial therefore first maps the training
// inputs affinely onto [−1, 1], t = (x − c)/h with c the midpoint and h the half-width of their
// range, and fits monomials of t: there they are far less parallel (κ ≈ 3·10³ in the same
// example; the tests measure both). The fit remembers c and h and evaluates f(x) = Σₖ θₖ tᵏ.
// (An orthogonal basis — Legendre or Chebyshev polynomials of t — would do better still; the
// scaled monomials are enough here and keep θ readable.) The raw design is still there:
// polynomial_features(x, K) and exercise 6.04 show what it costs.
//
// Conventions (README, "Conventions"): the penalty is ½λ‖θ‖² beside ½Σ(yₙ − f(xₙ))², as in ridge.
#pragma once

#include "mml/core/vector.hpp"
#include "mml/prob/rng.hpp"

#include <cstddef>
#include <vector>

namespace mml {

// A fitted polynomial in the scaled input t = (x − centre)/half_width: f(x) = Σₖ θₖ tᵏ.
struct PolynomialFit {
    Vector theta;             // θ₀ … θ_K, the coefficients of 1, t, …, tᴷ
    double centre = 0.0;      // c, the midpoint of the training inputs' range
    double half_width = 1.0;  // h, half their range (1 when all inputs are equal)
    double operator()(double x) const;           // f(x)
    Vector operator()(const Vector& x) const;    // f at every xₙ
};
// The degree-K polynomial minimising ½Σₙ(yₙ − f(xₙ))² + ½λ‖θ‖² over the coefficients θ of the
// scaled monomials (least squares via QR when λ = 0; the penalty, too, acts on θ in t).
PolynomialFit fit_polynomial(const Vector& x, const Vector& y, std::size_t degree, double lambda = 0.0);
// f(x) = Σₖ θₖ xᵏ (raw monomials) by Horner's rule: θ₀ + x(θ₁ + x(θ₂ + …)) — K multiplications, no powers.
double evaluate_polynomial(const Vector& theta, double x);
Vector evaluate_polynomial(const Vector& theta, const Vector& x);

struct FitCurvePoint {
    std::size_t degree;
    double lambda;
    double train_mse;  // on the data the polynomial was fitted to
    double test_mse;   // on held-out data
};
// Training and test mean squared error of polynomial fits for each degree (at one λ).
std::vector<FitCurvePoint> degree_curve(const Vector& x_train, const Vector& y_train, const Vector& x_test,
                                        const Vector& y_test, const std::vector<std::size_t>& degrees, double lambda = 0.0);
// The same for each λ at one degree (the regularisation path).
std::vector<FitCurvePoint> lambda_curve(const Vector& x_train, const Vector& y_train, const Vector& x_test,
                                        const Vector& y_test, std::size_t degree, const std::vector<double>& lambdas);

// The K-fold cross-validation estimate of the test MSE of a degree-`degree` fit with penalty λ:
// the mean over folds of the MSE on the held-out fold of a fit to the other K − 1 folds.
double cross_validation_mse(const Vector& x, const Vector& y, std::size_t degree, double lambda, std::size_t K, Rng& rng);

struct CrossValidationChoice {
    std::size_t best_index;       // into the candidates
    std::vector<double> cv_mse;   // the estimate for each candidate
};
// Cross-validation over candidate degrees (λ fixed) or candidate λ (degree fixed). The same folds
// (drawn once from rng) are used for every candidate, so they are compared fairly.
CrossValidationChoice choose_degree(const Vector& x, const Vector& y, const std::vector<std::size_t>& degrees,
                                    double lambda, std::size_t K, Rng& rng);
CrossValidationChoice choose_lambda(const Vector& x, const Vector& y, std::size_t degree,
                                    const std::vector<double>& lambdas, std::size_t K, Rng& rng);

}  // namespace mml
