#include "mml/prob/joint.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"

#include <cmath>
#include <string>

namespace mml {

JointTable::JointTable(const Matrix& P) : P_(P) {
    require_nonempty("JointTable", P);
    double sum = 0.0;
    for (std::size_t i = 0; i < P.rows(); ++i)
        for (std::size_t j = 0; j < P.cols(); ++j) {
            if (!(P(i, j) >= 0.0) || !std::isfinite(P(i, j)))
                throw DomainError("JointTable: entry (" + std::to_string(i) + ", " + std::to_string(j) +
                                  ") is not a probability (it must be a finite number >= 0)");
            sum += P(i, j);
        }
    if (std::abs(sum - 1.0) > 1e-9)
        throw DomainError("JointTable: the entries sum to " + std::to_string(sum) + ", not 1 — normalise the table");
}

Vector JointTable::marginal_x() const {
    Vector p(P_.rows());
    for (std::size_t i = 0; i < P_.rows(); ++i)
        for (std::size_t j = 0; j < P_.cols(); ++j) p[i] += P_(i, j);
    return p;
}

Vector JointTable::marginal_y() const {
    Vector p(P_.cols());
    for (std::size_t i = 0; i < P_.rows(); ++i)
        for (std::size_t j = 0; j < P_.cols(); ++j) p[j] += P_(i, j);
    return p;
}

Vector JointTable::conditional_x_given_y(std::size_t j) const {
    const double py = marginal_y()[j];
    if (py == 0.0) throw DomainError("JointTable: p(Y = " + std::to_string(j) + ") = 0, so conditioning on it is undefined");
    return P_.col(j) / py;
}

Vector JointTable::conditional_y_given_x(std::size_t i) const {
    const double px = marginal_x()[i];
    if (px == 0.0) throw DomainError("JointTable: p(X = " + std::to_string(i) + ") = 0, so conditioning on it is undefined");
    return P_.row(i) / px;
}

bool JointTable::independent(double tol) const {
    const Vector px = marginal_x(), py = marginal_y();
    for (std::size_t i = 0; i < P_.rows(); ++i)
        for (std::size_t j = 0; j < P_.cols(); ++j)
            if (std::abs(P_(i, j) - px[i] * py[j]) > tol) return false;
    return true;
}

Vector bayes_posterior(const Vector& prior, const Vector& likelihood) {
    require_same_size("bayes_posterior", prior, likelihood);
    double evidence = 0.0;
    for (std::size_t k = 0; k < prior.size(); ++k) {
        if (!(prior[k] >= 0.0) || !(likelihood[k] >= 0.0))
            throw DomainError("bayes_posterior: priors and likelihoods must be >= 0 (entry " + std::to_string(k) + ")");
        evidence += prior[k] * likelihood[k];
    }
    if (evidence == 0.0) throw DomainError("bayes_posterior: the evidence p(y) is 0 — the observation is impossible under every hypothesis");
    Vector posterior(prior.size());
    for (std::size_t k = 0; k < prior.size(); ++k) posterior[k] = prior[k] * likelihood[k] / evidence;
    return posterior;
}

}  // namespace mml
