// Exercise 7.03 — The M-step for one component                 (MML §11.3, (11.20), (11.30), (11.42))
//
// Task:    given the responsibilities r_n = r_nk of one component k for every example, return its
//          updated parameters, in the book's order:
//              Nₖ = Σₙ r_n,
//              μₖ = (1/Nₖ) Σₙ r_n xₙ,
//              Σₖ = (1/Nₖ) Σₙ r_n (xₙ − μₖ)(xₙ − μₖ)ᵀ   — around the NEW mean μₖ,
//              πₖ = Nₖ / N.
// Input:   X (N × D, one example per row), r (N entries, each in [0, 1]).
// Output:  ComponentUpdate {N_k, weight, mean, covariance} (struct declared in unit7.hpp).
// Errors:  r.size() ≠ N → mml::DimensionError.
// Example: MML §11.3: x = −3, −2.5, −1, 0, 2, 4, 5 with r = (1, 1, 0.0571, 0.0002, 0, 0, 0) gives
//          N₁ = 2.057, μ₁ = −2.70, σ₁² = 0.14, π₁ = 0.29.
// Hint:    μₖ is a weighted average: divide by Nₖ, not by N.
// Declared in: tests/exercises/7_models/unit7.hpp (with the struct ComponentUpdate).
//
// Check:   build/exercises/mml-check 7.03
#include "unit7.hpp"

namespace mml::exercises {

ComponentUpdate m_step_component(const Matrix& X, const Vector& r) {
    const std::size_t N = X.rows(), D = X.cols();
    if (r.size() != N) throw DimensionError("m_step_component: X has " + std::to_string(N) + " rows but r has " +
                                            std::to_string(r.size()) + " entries");
    double N_k = 0.0;
    for (std::size_t n = 0; n < N; ++n) N_k += r[n];
    Vector mu(D);
    for (std::size_t n = 0; n < N; ++n) mu += r[n] * X.row(n);
    mu /= N_k;
    Matrix Sigma(D, D);
    for (std::size_t n = 0; n < N; ++n) {
        const Vector e = X.row(n) - mu;  // around the new mean
        Sigma += r[n] * outer(e, e);
    }
    Sigma /= N_k;
    return {N_k, N_k / static_cast<double>(N), mu, Sigma};
}

}  // namespace mml::exercises
