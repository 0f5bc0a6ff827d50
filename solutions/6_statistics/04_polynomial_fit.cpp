// Exercise 6.04 — Polynomial features and the under/over-fitting curve                 (MML §9.2.2)
//
// Task:    (a) the polynomial feature matrix Φ with rows φ(xₙ)ᵀ = [1, xₙ, xₙ², …, xₙᴷ] (N × (K + 1));
//          (b) fit a degree-K polynomial to training data by least squares (mml::least_squares on
//          Φ_train) and return its mean squared errors (1/N) Σ (yₙ − φ(xₙ)ᵀθ̂)² on the training
//          AND on the test data. Run it for K = 0, 1, …, 12 (the test does): the training error
//          only falls as K grows, the test error falls and then rises — under- then over-fitting
//          (MML Figure 9.6). The tests draw x from [−1, 1]; on inputs far from 0 the monomials are
//          nearly parallel columns and least squares loses its digits, which is why the library's
//          fit_polynomial first maps x onto [−1, 1].
// Input:   (a) x (N entries), K; (b) the training and test inputs/targets, K (N_train ≥ K + 1).
// Output:  (a) Φ; (b) {training MSE, test MSE}.
// Errors:  (b) fewer training points than K + 1 coefficients → mml::DomainError.
// Example: (a) x = [2, −1], K = 3 → [[1, 2, 4, 8], [1, −1, 1, −1]].
//
// Check:   build/exercises/mml-check 6.04
#include "unit6.hpp"

namespace mml::exercises {

Matrix polynomial_design(const Vector& x, std::size_t K) {
    Matrix Phi(x.size(), K + 1);
    for (std::size_t n = 0; n < x.size(); ++n) {
        double power = 1.0;
        for (std::size_t k = 0; k <= K; ++k, power *= x[n]) Phi(n, k) = power;
    }
    return Phi;
}

std::pair<double, double> polynomial_fit_errors(const Vector& x_train, const Vector& y_train, const Vector& x_test,
                                                const Vector& y_test, std::size_t K) {
    if (x_train.size() < K + 1) throw DomainError("polynomial_fit_errors: fewer training points than coefficients");
    const Vector theta = least_squares(polynomial_design(x_train, K), y_train);
    auto mse = [&](const Vector& x, const Vector& y) {
        const Vector r = y - polynomial_design(x, K) * theta;
        double s = 0.0;
        for (double rn : r) s += rn * rn;
        return s / static_cast<double>(x.size());
    };
    return {mse(x_train, y_train), mse(x_test, y_test)};
}

}  // namespace mml::exercises
