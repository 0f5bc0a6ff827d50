// The exercise functions of unit 3 (Calculus). Each is written by the student in
// exercises/3_calculus/<file> (the reference answers are in solutions/3_calculus/).
#pragma once

#include "mml/calculus.hpp"
#include "mml/core.hpp"

#include <functional>
#include <vector>

namespace mml::exercises {

// 3.01  A finite-difference gradient  (01_fd_gradient.cpp)
Vector fd_gradient(const std::function<double(const Vector&)>& f, const Vector& x, double h);
// 3.02  The optimal step experiment  (02_optimal_step.cpp)
double best_central_step(const std::function<double(double)>& f, double exact_derivative, double x, const std::vector<double>& steps);
// 3.03  Dual numbers: the product and quotient rules  (03_dual_arithmetic.cpp)
Dual<> dual_multiply(const Dual<>& a, const Dual<>& b);
Dual<> dual_divide(const Dual<>& a, const Dual<>& b);
// 3.04  The chain rule for sin and exp on duals  (04_dual_chain_rule.cpp)
Dual<> dual_sin(const Dual<>& u);
Dual<> dual_exp(const Dual<>& u);
// 3.05  A gradient check  (05_gradient_check.cpp)
double gradient_check(const std::function<double(const Vector&)>& f, const std::function<Vector(const Vector&)>& grad, const Vector& x, double h);
// 3.06  Backpropagation through a two-layer network by hand  (06_backprop.cpp)
// The gradient of the loss with respect to every parameter of the network in exercise 3.06.
struct NetworkGradient {
    Matrix dW1;  // h×d
    Vector db1;  // h
    Vector dw2;  // h
    double db2;
};
NetworkGradient backprop_two_layer(const Matrix& W1, const Vector& b1, const Vector& w2, double b2, const Vector& x, double y);
// 3.07  A Taylor polynomial  (07_taylor_polynomial.cpp)
double taylor_polynomial_value(const std::vector<double>& derivatives, double x0, double x);
// 3.08  The trapezoid rule and its order  (08_trapezoid.cpp)
double trapezoid(const std::function<double(double)>& f, double a, double b, std::size_t n);
// 3.09  Simpson's rule  (09_simpson.cpp)
double simpson(const std::function<double(double)>& f, double a, double b, std::size_t n);
// 3.10  The gradient identities of §5.5  (10_gradient_identities.cpp)
Vector quadratic_form_gradient(const Matrix& B, const Vector& x);
Matrix trace_AXB_gradient(const Matrix& A, const Matrix& B);

}  // namespace mml::exercises
