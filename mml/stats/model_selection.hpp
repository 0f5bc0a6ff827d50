// mml/stats/model_selection.hpp — polynomial fits, training vs test error, cross-validation. (MML §8.3.3, §9.2.2)
//
// A polynomial of degree K, f(x) = θ₀ + θ₁x + … + θ_K xᴷ, is linear regression on the features
// φ(x) = [1, x, …, xᴷ]. Larger K fits the training data better and better — the training error
// can only fall — but beyond some K the fit follows the noise and the error on new data rises:
// under-fitting on the left, over-fitting on the right (MML Figure 9.6). The test error, or its
// estimate by K-fold cross-validation on the training data alone, is what chooses K (or λ).
#pragma once

#include "mml/core/vector.hpp"
#include "mml/prob/rng.hpp"

#include <cstddef>
#include <vector>

namespace mml {

// θ of the degree-K polynomial minimising Σ(yₙ − f(xₙ))² + λ‖θ‖² (least squares via QR when λ = 0).
Vector fit_polynomial(const Vector& x, const Vector& y, std::size_t degree, double lambda = 0.0);
// f(x) = Σₖ θₖ xᵏ by Horner's rule: θ₀ + x(θ₁ + x(θ₂ + …)) — K multiplications, no powers.
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
