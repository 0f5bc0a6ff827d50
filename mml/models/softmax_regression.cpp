// mml/models/softmax_regression.cpp — softmax regression as a one-layer network: its Hessian in
// K × K blocks X̃ᵀ diag(w) X̃, and the minimisation by unit 4's damped Newton method.
#include "mml/models/softmax_regression.hpp"

#include "mml/core/error.hpp"
#include "mml/models/checks.hpp"
#include "mml/models/softmax.hpp"
#include "mml/optim/gradient_methods.hpp"

#include <cmath>
#include <string>

namespace mml {

Matrix softmax_regression_hessian(const Mlp& net, const Matrix& X, double lambda) {
    if (net.layers.size() != 1) throw DimensionError("softmax_regression_hessian: needs a network of one linear layer");
    const std::size_t N = X.rows(), D = X.cols(), K = net.layers[0].outputs();
    const Matrix Z = net.forward(X);
    Matrix Xt(N, D + 1);  // X̃ = [X 1]
    Matrix P(N, K);       // pₙ = softmax(zₙ)
    for (std::size_t n = 0; n < N; ++n) {
        for (std::size_t d = 0; d < D; ++d) Xt(n, d) = X(n, d);
        Xt(n, D) = 1.0;
        const double lse = log_sum_exp(Z.data() + n * K, K);
        for (std::size_t k = 0; k < K; ++k) P(n, k) = std::exp(Z(n, k) - lse);
    }
    const Matrix XtT = transpose(Xt);
    // Where entry a of x̃ for class k sits in θ: W(k, a) at k·D + a, b(k) at K·D + k.
    const auto index = [&](std::size_t k, std::size_t a) { return a < D ? k * D + a : K * D + k; };
    Matrix H(K * (D + 1), K * (D + 1));
    Matrix Y(N, D + 1);
    for (std::size_t k = 0; k < K; ++k)
        for (std::size_t j = k; j < K; ++j) {
            for (std::size_t n = 0; n < N; ++n) {  // Y = diag(w) X̃, wₙ = pₙₖ(δₖⱼ − pₙⱼ)
                const double w = P(n, k) * ((k == j ? 1.0 : 0.0) - P(n, j));
                for (std::size_t a = 0; a <= D; ++a) Y(n, a) = w * Xt(n, a);
            }
            const Matrix block = XtT * Y;  // X̃ᵀ diag(w) X̃
            for (std::size_t a = 0; a <= D; ++a)
                for (std::size_t c = 0; c <= D; ++c) H(index(k, a), index(j, c)) = H(index(j, c), index(k, a)) = block(a, c);
        }
    for (std::size_t i = 0; i < K * D; ++i) H(i, i) += lambda;  // ½λ‖W‖² (b is not penalised)
    return H;
}

SoftmaxRegression softmax_regression(const Matrix& X, const std::vector<std::size_t>& labels, std::size_t K,
                                     double lambda, double tolerance, std::size_t max_iterations) {
    require_data("softmax_regression", X);
    require_class_labels("softmax_regression", labels, X.rows(), K);
    if (!(lambda >= 0.0) || !std::isfinite(lambda))
        throw DomainError("softmax_regression: lambda = " + std::to_string(lambda) + " — it must be finite and >= 0");
    const double N = static_cast<double>(X.rows());
    Mlp net{{DenseLayer{Matrix(K, X.cols()), Vector(K), Activation::identity}}};
    Mlp work = net;  // the network the objective and its derivatives evaluate, θ written into it
    // Unit 4's newton on the average J/N, so that the tolerance does not grow with N.
    const Objective f = [&](const Vector& theta) {
        unpack_parameters(work, theta);
        return mlp_objective(work, X, labels, lambda) / N;
    };
    const GradientFunction grad = [&](const Vector& theta) {
        unpack_parameters(work, theta);
        return pack_gradient(mlp_loss_and_gradient(work, X, labels, lambda)) / N;
    };
    const HessianFunction hess = [&](const Vector& theta) {
        unpack_parameters(work, theta);
        return softmax_regression_hessian(work, X, lambda) / N;
    };
    OptimOptions options;
    options.tolerance = tolerance;
    options.max_iterations = max_iterations;
    options.record_path = false;
    const OptimResult r = newton(f, grad, hess, pack_parameters(net), options);
    unpack_parameters(net, r.x);
    return {net, r.value * N, r.iterations, r.converged};
}

}  // namespace mml
