// The exercise functions of unit 5 (Probability). Each is written by the student in
// exercises/5_probability/<file> (the reference answers are in solutions/5_probability/).
#pragma once

#include "mml/calculus.hpp"
#include "mml/core.hpp"
#include "mml/linalg.hpp"
#include "mml/prob.hpp"

#include <cstdint>
#include <utility>

namespace mml::exercises {

// 5.01  The SplitMix64 step  (01_splitmix64.cpp)
std::uint64_t splitmix64_step(std::uint64_t& state);
// 5.02  Inverse-transform sampling of the exponential  (02_inverse_transform.cpp)
double sample_exponential(Rng& rng, double rate);
// 5.03  Box–Muller  (03_box_muller.cpp)
std::pair<double, double> box_muller(Rng& rng);
// 5.04  The Bernoulli and Binomial pmf  (04_binomial_pmf.cpp)
double binomial_pmf(std::int64_t n, double p, std::int64_t k);
// 5.05  Marginalising and conditioning a joint table  (05_joint_table.cpp)
Vector marginal_of_x(const Matrix& P);
Vector x_given_y(const Matrix& P, std::size_t j);
// 5.06  Bayes' rule for a diagnostic test  (06_bayes_test.cpp)
double probability_ill_given_positive(double prevalence, double sensitivity, double specificity);
// 5.07  A change of variables: y = exp(x)  (07_lognormal_density.cpp)
double lognormal_density(double y, double mu, double sigma);
// 5.08  Sampling a 2-D Gaussian with Cholesky  (08_gaussian_sampling.cpp)
Vector sample_gaussian_2d(Rng& rng, const Vector& mu, const Matrix& Sigma);
// 5.09  The conditional of a bivariate Gaussian  (09_gaussian_conditional.cpp)
std::pair<double, double> bivariate_conditional(const Vector& mu, const Matrix& Sigma, double x2);

}  // namespace mml::exercises
