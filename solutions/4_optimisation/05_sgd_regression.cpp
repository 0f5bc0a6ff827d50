// Exercise 4.05 — stochastic gradient descent for linear regression          (MML §7.1.3, §9.2)
//
// Task:    fit θ in y ≈ Xθ by minimising the squared loss (1/N) Σₙ ½(xₙᵀθ − yₙ)² one example at
//          a time. The gradient of example n's loss is (xₙᵀθ − yₙ) xₙ, so each step is
//              θ ← θ − γ (xₙᵀθ − yₙ) xₙ.
//          Each epoch visits all N examples in a new random order (rng.shuffle on the indices).
// Input:   X (N×D, rows xₙᵀ), y (N), step γ > 0, the number of epochs, a seeded generator.
// Output:  θ (D), starting from θ = 0.
// Errors:  X.rows() ≠ y.size() → mml::DimensionError; γ ≤ 0 → mml::DomainError.
// Example: data on the line y = 0.5 − 1.5x (plus noise) gives θ ≈ [0.5, −1.5] with a column of ones in X.
// Hint:    std::vector<std::size_t> order(N), std::iota, rng.shuffle(order).
//
// Check:   build/exercises/mml-check 4.05
#include "unit4.hpp"

#include <numeric>
#include <vector>

namespace mml::exercises {

Vector sgd_linear_regression(const Matrix& X, const Vector& y, double gamma, std::size_t epochs, Rng& rng) {
    if (X.rows() != y.size()) throw DimensionError("sgd_linear_regression: X needs one row per target");
    if (!(gamma > 0.0)) throw DomainError("sgd_linear_regression: the step size must be > 0");
    Vector theta(X.cols());
    std::vector<std::size_t> order(X.rows());
    std::iota(order.begin(), order.end(), 0);
    for (std::size_t epoch = 0; epoch < epochs; ++epoch) {
        rng.shuffle(order);
        for (std::size_t n : order) {
            const Vector x = X.row(n);
            double r = -y[n];  // residual xₙᵀθ − yₙ
            for (std::size_t d = 0; d < x.size(); ++d) r += x[d] * theta[d];
            theta -= (gamma * r) * x;
        }
    }
    return theta;
}

}  // namespace mml::exercises
