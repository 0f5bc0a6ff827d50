// mml/prob/joint.hpp — joint distributions over finite sets: the sum rule, the product rule, Bayes.
//                                                                                  (MML §6.3)
//
// A joint distribution of X ∈ {x₀, …} and Y ∈ {y₀, …} is a table Pᵢⱼ = p(X = xᵢ, Y = yⱼ) of
// non-negative numbers summing to 1. From it:
//   sum rule       p(xᵢ) = Σⱼ Pᵢⱼ,   p(yⱼ) = Σᵢ Pᵢⱼ                      (marginalisation)
//   product rule   p(xᵢ | yⱼ) = Pᵢⱼ / p(yⱼ)                             (conditioning)
//   Bayes' rule    p(x | y) = p(y | x) p(x) / p(y),   p(y) = Σₓ p(y | x) p(x)
//   independence   Pᵢⱼ = p(xᵢ) p(yⱼ) for all i, j.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

namespace mml {

class JointTable {
public:
    // P(i, j) = p(X = i, Y = j); entries ≥ 0, summing to 1 within 1e-9 (DomainError otherwise).
    explicit JointTable(const Matrix& P);

    double operator()(std::size_t i, std::size_t j) const { return P_(i, j); }
    Vector marginal_x() const;                         // p(X = i) = Σⱼ Pᵢⱼ
    Vector marginal_y() const;                         // p(Y = j) = Σᵢ Pᵢⱼ
    Vector conditional_x_given_y(std::size_t j) const;  // p(X | Y = j); DomainError if p(Y = j) = 0
    Vector conditional_y_given_x(std::size_t i) const;  // p(Y | X = i)
    bool independent(double tol = 1e-12) const;          // max |Pᵢⱼ − p(xᵢ)p(yⱼ)| ≤ tol
    const Matrix& table() const { return P_; }

private:
    Matrix P_;
};

// The posterior p(x | y) ∝ p(y | x) p(x) for a prior over hypotheses x and the likelihoods p(y | x)
// of one observation y, normalised by the evidence p(y) = Σₓ p(y | x) p(x) (MML (6.23)).
Vector bayes_posterior(const Vector& prior, const Vector& likelihood);

}  // namespace mml
