// mml/optim/stochastic.hpp — stochastic gradient descent, and numerical convexity checks.   (MML §7.1.3, §7.3)
//
// For an empirical risk f(θ) = (1/N) Σₙ ℓₙ(θ) the full gradient costs N example gradients. SGD
// uses a random mini-batch B instead: θ ← θ − γₜ (1/|B|) Σ_{n∈B} ∇ℓₙ(θ), an unbiased estimate of
// ∇f. Each epoch shuffles the examples (mml::Rng, seeded) and walks through them in batches; the
// learning rate decays as γₜ = γ₀ / (1 + decay·epoch) so that the noise averages out.
//
// Convexity (MML §7.3): f is convex iff f(λx + (1−λ)y) ≤ λf(x) + (1−λ)f(y) (Jensen) along every
// segment, iff (for twice differentiable f) its Hessian is positive semidefinite everywhere.
// Numerically we can only *refute* convexity: sample segments and points and look for a violation.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"
#include "mml/optim/gradient_methods.hpp"
#include "mml/prob/rng.hpp"

#include <cstddef>
#include <functional>
#include <vector>

namespace mml {

struct SGDOptions {
    double learning_rate = 0.05;  // γ₀
    double decay = 0.0;           // γ_epoch = γ₀ / (1 + decay·epoch)
    std::size_t batch_size = 1;
    std::size_t epochs = 100;
};

struct SGDResult {
    Vector theta;
    std::vector<double> loss_history;  // the full empirical risk after each epoch
};

// example_gradient(θ, n) = ∇ℓₙ(θ); example_loss(θ, n) = ℓₙ(θ); N examples.
SGDResult sgd(const std::function<Vector(const Vector&, std::size_t)>& example_gradient,
              const std::function<double(const Vector&, std::size_t)>& example_loss, std::size_t N,
              const Vector& theta0, const SGDOptions& options, Rng& rng);

// Looks for a violation of Jensen's inequality on `trials` random segments between points drawn
// uniformly from the box [lower, upper]; true if none was found (tolerance 1e-12·(1 + |f|)).
bool jensen_holds(const Objective& f, const Vector& lower, const Vector& upper, std::size_t trials, Rng& rng);

// True if the symmetric matrix H is positive semidefinite: its smallest eigenvalue ≥ −tol·max(1, ‖H‖).
bool is_positive_semidefinite(const Matrix& H, double tol = 1e-12);

}  // namespace mml
