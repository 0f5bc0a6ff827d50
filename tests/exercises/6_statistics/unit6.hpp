// The exercise functions of unit 6 (Statistics). Each is written by the student in
// exercises/6_statistics/<file> (the reference answers are in solutions/6_statistics/).
#pragma once

#include "mml/calculus.hpp"
#include "mml/core.hpp"
#include "mml/linalg.hpp"
#include "mml/prob.hpp"
#include "mml/stats.hpp"

#include <cmath>
#include <functional>
#include <numbers>
#include <utility>

namespace mml::exercises {

struct GaussianFit {
    double mean;            // μ̂
    double variance;        // σ̂² (divides by N)
    double log_likelihood;  // log L(μ̂, σ̂²)
};
struct LossAndGradient {
    double loss;
    Vector gradient;
};
struct BetaPosterior {
    double alpha, beta;  // the posterior Beta(α′, β′)
    double mean;         // α′/(α′ + β′)
    double map;          // the mode (α′ − 1)/(α′ + β′ − 2)
};
struct WeightPosterior {
    Vector m;  // posterior mean m_N
    Matrix S;  // posterior covariance S_N
};
struct MetropolisStep {
    Vector theta;
    bool accepted;
};

// 6.01  Welford's one-pass variance  (01_welford_variance.cpp)
double welford_variance(const Vector& x);
// 6.02  The least-squares normal equations  (02_normal_equations.cpp)
Vector normal_equations_fit(const Matrix& X, const Vector& y);
// 6.03  Ridge regression in closed form  (03_ridge_regression.cpp)
Vector ridge_fit(const Matrix& X, const Vector& y, double lambda);
// 6.04  Polynomial features and the under/over-fitting curve  (04_polynomial_fit.cpp)
Matrix polynomial_design(const Vector& x, std::size_t K);
std::pair<double, double> polynomial_fit_errors(const Vector& x_train, const Vector& y_train, const Vector& x_test,
                                                const Vector& y_test, std::size_t K);
// 6.05  The maximum-likelihood Gaussian  (05_gaussian_mle.cpp)
GaussianFit gaussian_mle(const Vector& x);
// 6.06  The logistic-regression gradient  (06_logistic_gradient.cpp)
LossAndGradient logistic_loss_and_gradient(const Matrix& X, const Vector& y, const Vector& theta);
// 6.07  The Beta–Bernoulli posterior  (07_beta_bernoulli.cpp)
BetaPosterior beta_bernoulli_update(double alpha, double beta, const Vector& x);
// 6.08  Bayesian linear regression: the posterior  (08_bayesian_linear_regression.cpp)
WeightPosterior blr_posterior(const Matrix& Phi, const Vector& y, const GaussianPriorNoise& variances);
// 6.09  A Metropolis–Hastings step  (09_metropolis_step.cpp)
MetropolisStep metropolis_step(const std::function<double(const Vector&)>& log_p, const Vector& theta, double s, Rng& rng);

}  // namespace mml::exercises
