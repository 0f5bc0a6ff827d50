// mml/models/kernel.cpp — the linear, polynomial and RBF kernels and their Gram matrices.
#include "mml/models/kernel.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"

#include <cmath>
#include <string>

namespace mml {

Kernel Kernel::linear() { return Kernel(Type::linear, 1, 0.0, 0.0); }

Kernel Kernel::polynomial(int degree, double c) {
    if (degree < 1)
        throw DomainError("Kernel::polynomial: degree = " + std::to_string(degree) + " — the degree must be >= 1");
    if (!(c >= 0.0) || !std::isfinite(c))
        throw DomainError("Kernel::polynomial: c = " + std::to_string(c) +
                          " — c must be finite and >= 0 (a negative c can make the Gram matrix indefinite)");
    return Kernel(Type::polynomial, degree, c, 0.0);
}

Kernel Kernel::rbf(double gamma) {
    if (!(gamma > 0.0) || !std::isfinite(gamma))
        throw DomainError("Kernel::rbf: gamma = " + std::to_string(gamma) +
                          " — gamma must be finite and > 0 (it is 1/(2ℓ²) for a length scale ℓ)");
    return Kernel(Type::rbf, 1, 0.0, gamma);
}

double Kernel::operator()(const double* x, const double* z, std::size_t D) const {
    if (type_ == Type::rbf) {
        double d2 = 0.0;  // ‖x − z‖², summed directly (not as xᵀx − 2xᵀz + zᵀz, which cancels for close points)
        for (std::size_t d = 0; d < D; ++d) d2 += (x[d] - z[d]) * (x[d] - z[d]);
        return std::exp(-gamma_ * d2);
    }
    double s = 0.0;  // xᵀz
    for (std::size_t d = 0; d < D; ++d) s += x[d] * z[d];
    if (type_ == Type::linear) return s;
    double power = 1.0;  // (xᵀz + c)ᵖ by repeated multiplication: p is a small integer
    for (int i = 0; i < degree_; ++i) power *= s + c_;
    return power;
}

double Kernel::operator()(const Vector& x, const Vector& z) const {
    require_same_size("Kernel", x, z);
    return (*this)(x.data(), z.data(), x.size());
}

Matrix gram_matrix(const Kernel& kernel, const Matrix& X) {
    const std::size_t N = X.rows(), D = X.cols();
    Matrix K(N, N);
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j <= i; ++j) K(i, j) = K(j, i) = kernel(X.data() + i * D, X.data() + j * D, D);
    return K;
}

Matrix gram_matrix(const Kernel& kernel, const Matrix& X, const Matrix& Z) {
    if (X.cols() != Z.cols())
        throw DimensionError("gram_matrix: X is " + shape_string(X.rows(), X.cols()) + " but Z is " +
                             shape_string(Z.rows(), Z.cols()) + " — both need one example per row, D columns");
    const std::size_t N = X.rows(), M = Z.rows(), D = X.cols();
    Matrix K(N, M);
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < M; ++j) K(i, j) = kernel(X.data() + i * D, Z.data() + j * D, D);
    return K;
}

}  // namespace mml
