// The exercise functions of unit 4 (Optimisation). Each is written by the student in
// exercises/4_optimisation/<file> (the reference answers are in solutions/4_optimisation/).
#pragma once

#include "mml/calculus.hpp"
#include "mml/core.hpp"
#include "mml/geometry.hpp"
#include "mml/linalg.hpp"
#include "mml/optim.hpp"
#include "mml/prob/rng.hpp"

#include <cstddef>
#include <functional>
#include <vector>

namespace mml::exercises {

// 4.01  Gradient descent with a fixed step  (01_gradient_descent.cpp)
Vector gradient_descent_steps(const std::function<Vector(const Vector&)>& grad, const Vector& x0, double gamma, std::size_t iterations);
// 4.02  Backtracking line search  (02_backtracking.cpp)
double backtracking_step(const std::function<double(const Vector&)>& f, const Vector& x, const Vector& g, double t0, double beta, double c);
// 4.03  Gradient descent with momentum  (03_momentum.cpp)
Vector momentum_steps(const std::function<Vector(const Vector&)>& grad, const Vector& x0, double gamma, double beta, std::size_t iterations);
// 4.04  Newton's method in one and two dimensions  (04_newton.cpp)
double newton_1d(const std::function<double(double)>& df, const std::function<double(double)>& d2f, double x0, double tol);
Vector newton_2d(const std::function<Vector(const Vector&)>& grad, const std::function<Matrix(const Vector&)>& hess, const Vector& x0, double tol);
// 4.05  SGD for linear regression  (05_sgd_regression.cpp)
Vector sgd_linear_regression(const Matrix& X, const Vector& y, double gamma, std::size_t epochs, Rng& rng);
// 4.06  A convexity check  (06_convexity_check.cpp)
bool looks_convex(const std::function<double(const Vector&)>& f, const Vector& lower, const Vector& upper, std::size_t trials, Rng& rng);
// 4.07  Lagrange multipliers: the KKT system by hand  (07_lagrange_kkt.cpp)
Vector maximise_product_on_line(double c);
// 4.08  Projection onto the probability simplex  (08_project_simplex.cpp)
Vector simplex_projection(const Vector& x);
// 4.09  A linear SVM by subgradient descent on the hinge loss  (09_svm_hinge.cpp)
Vector train_linear_svm(const Matrix& X, const std::vector<int>& y, double lambda, double gamma, std::size_t epochs);

}  // namespace mml::exercises
