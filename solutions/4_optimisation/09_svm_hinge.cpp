// Exercise 4.09 — a linear SVM trained by subgradient descent                   (MML §12.2, §7.1)
//
// Task:    classify with sign(wᵀx + b), y ∈ {−1, +1}, by minimising the regularised hinge loss
//              J(w, b) = (λ/2)‖w‖² + (1/N) Σₙ max(0, 1 − yₙ(wᵀxₙ + b)).
//          The hinge is not differentiable at 1, but it has a subgradient: for example n,
//              if yₙ(wᵀxₙ + b) < 1:  ∂/∂w = λw − yₙxₙ,  ∂/∂b = −yₙ
//              otherwise:            ∂/∂w = λw,         ∂/∂b = 0.
//          Take steps w ← w − γ·∂w, b ← b − γ·∂b, example by example (in order), for `epochs` passes.
// Input:   X (N×D), labels y (each −1 or +1), λ ≥ 0, γ > 0, epochs.
// Output:  the vector [w₀, …, w_{D−1}, b], starting from zero.
// Errors:  a label other than ±1 → mml::DomainError; sizes that do not match → mml::DimensionError.
// Example: two separated clouds left and right of x₀ = 0 are separated by w ≈ (positive, ~0).
// Hint:    keep w as a Vector and b as a double; margin = y·(w·x + b).
//
// Check:   build/exercises/mml-check 4.09
#include "unit4.hpp"

namespace mml::exercises {

Vector train_linear_svm(const Matrix& X, const std::vector<int>& y, double lambda, double gamma, std::size_t epochs) {
    if (X.rows() != y.size()) throw DimensionError("train_linear_svm: one label per row of X is needed");
    for (int label : y)
        if (label != 1 && label != -1) throw DomainError("train_linear_svm: labels must be -1 or +1");
    const std::size_t D = X.cols();
    Vector w(D);
    double b = 0.0;
    for (std::size_t epoch = 0; epoch < epochs; ++epoch)
        for (std::size_t n = 0; n < X.rows(); ++n) {
            const double yn = y[n];
            double score = b;
            for (std::size_t d = 0; d < D; ++d) score += w[d] * X(n, d);
            const bool active = yn * score < 1.0;  // inside the margin or misclassified
            for (std::size_t d = 0; d < D; ++d) w[d] -= gamma * (lambda * w[d] - (active ? yn * X(n, d) : 0.0));
            if (active) b += gamma * yn;
        }
    Vector out(D + 1);
    for (std::size_t d = 0; d < D; ++d) out[d] = w[d];
    out[D] = b;
    return out;
}

}  // namespace mml::exercises
