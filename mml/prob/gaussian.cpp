#include "mml/prob/gaussian.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"
#include "mml/linalg/cholesky.hpp"
#include "mml/linalg/inverse.hpp"
#include "mml/linalg/lu.hpp"

#include <cmath>
#include <string>

namespace mml {

namespace {
const double log_2pi = std::log(2.0 * std::acos(-1.0));

Matrix submatrix(const Matrix& M, const std::vector<std::size_t>& rows, const std::vector<std::size_t>& cols) {
    Matrix S(rows.size(), cols.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t j = 0; j < cols.size(); ++j) S(i, j) = M(rows[i], cols[j]);
    return S;
}
Vector subvector(const Vector& v, const std::vector<std::size_t>& idx) {
    Vector s(idx.size());
    for (std::size_t i = 0; i < idx.size(); ++i) s[i] = v[idx[i]];
    return s;
}
}  // namespace

MultivariateNormal::MultivariateNormal(const Vector& mean, const Matrix& covariance) : mu_(mean), sigma_(covariance) {
    require_nonempty("MultivariateNormal", mean);
    require_finite("MultivariateNormal", mean);
    if (!covariance.is_square() || covariance.rows() != mean.size())
        throw DimensionError("MultivariateNormal: the mean has " + std::to_string(mean.size()) +
                             " entries but the covariance is " + shape_string(covariance.rows(), covariance.cols()) +
                             " — it must be D x D");
    try {
        L_ = cholesky(covariance);
    } catch (const DomainError& e) {
        throw DomainError(std::string("MultivariateNormal: the covariance must be symmetric positive definite (") +
                          e.what() + ")");
    }
}

double MultivariateNormal::log_pdf(const Vector& x) const {
    require_same_size("MultivariateNormal::log_pdf", x, mu_);
    require_finite("MultivariateNormal::log_pdf", x);
    const std::size_t D = mu_.size();
    Vector z(D);  // L z = x − μ, forward substitution
    double log_det = 0.0;
    for (std::size_t i = 0; i < D; ++i) {
        double s = x[i] - mu_[i];
        for (std::size_t k = 0; k < i; ++k) s -= L_(i, k) * z[k];
        z[i] = s / L_(i, i);
        log_det += 2.0 * std::log(L_(i, i));  // log det Σ = 2 Σ log Lᵢᵢ
    }
    double quad = 0.0;  // (x − μ)ᵀ Σ⁻¹ (x − μ) = zᵀz
    for (double zi : z) quad += zi * zi;
    return -0.5 * (static_cast<double>(D) * log_2pi + log_det + quad);
}

double MultivariateNormal::pdf(const Vector& x) const { return std::exp(log_pdf(x)); }

Vector MultivariateNormal::sample(Rng& rng) const {
    Vector z(mu_.size());
    for (double& zi : z) zi = rng.normal();
    return mu_ + L_ * z;  // Cov[μ + Lz] = L Lᵀ = Σ
}

MultivariateNormal MultivariateNormal::marginal(const std::vector<std::size_t>& indices) const {
    for (std::size_t i : indices)
        if (i >= mu_.size()) throw DimensionError("MultivariateNormal::marginal: index " + std::to_string(i) + " out of range");
    return MultivariateNormal(subvector(mu_, indices), submatrix(sigma_, indices, indices));
}

MultivariateNormal MultivariateNormal::conditional(const std::vector<std::size_t>& indices,
                                                   const std::vector<std::size_t>& given, const Vector& values) const {
    if (values.size() != given.size())
        throw DimensionError("MultivariateNormal::conditional: " + std::to_string(given.size()) +
                             " conditioning indices but " + std::to_string(values.size()) + " values");
    for (std::size_t i : indices)
        for (std::size_t j : given)
            if (i == j) throw DomainError("MultivariateNormal::conditional: index " + std::to_string(i) + " is both free and given");
    const Matrix S_ab = submatrix(sigma_, indices, given), S_bb = submatrix(sigma_, given, given);
    const Matrix S_aa = submatrix(sigma_, indices, indices);
    const Matrix L_bb = cholesky(S_bb);
    // Σ_AB Σ_BB⁻¹ via Cholesky solves, column by column of Σ_BA (never an explicit inverse).
    Matrix K(indices.size(), given.size());  // K = Σ_AB Σ_BB⁻¹, row i solves Σ_BB kᵢ = (Σ_AB row i)ᵀ
    for (std::size_t i = 0; i < indices.size(); ++i) K.set_row(i, cholesky_solve(L_bb, S_ab.row(i)));
    const Vector mean = subvector(mu_, indices) + K * (values - subvector(mu_, given));
    Matrix cov = S_aa - K * transpose(S_ab);
    // Symmetrise: rounding in the product leaves an asymmetry of order ε that Cholesky would reject.
    cov = 0.5 * (cov + transpose(cov));
    return MultivariateNormal(mean, cov);
}

MultivariateNormal MultivariateNormal::affine(const Matrix& A, const Vector& b) const {
    if (A.cols() != mu_.size() || A.rows() != b.size())
        throw DimensionError("MultivariateNormal::affine: A is " + shape_string(A.rows(), A.cols()) +
                             ", which does not map R^" + std::to_string(mu_.size()) + " to R^" + std::to_string(b.size()));
    Matrix cov = affine_covariance(A, sigma_);
    cov = 0.5 * (cov + transpose(cov));
    return MultivariateNormal(affine_mean(A, mu_, b), cov);
}

MultivariateNormal sum_of_independent(const MultivariateNormal& x, const MultivariateNormal& y) {
    return MultivariateNormal(x.mean() + y.mean(), x.covariance() + y.covariance());
}

GaussianProduct product_of_densities(const MultivariateNormal& p, const MultivariateNormal& q) {
    const Matrix Ainv = inverse(p.covariance()), Binv = inverse(q.covariance());
    Matrix C = inverse(Ainv + Binv);
    C = 0.5 * (C + transpose(C));
    const Vector m = C * (Ainv * p.mean() + Binv * q.mean());
    const MultivariateNormal normaliser(q.mean(), p.covariance() + q.covariance());
    return {MultivariateNormal(m, C), normaliser.pdf(p.mean())};
}

Vector affine_mean(const Matrix& A, const Vector& mean, const Vector& b) { return A * mean + b; }

Matrix affine_covariance(const Matrix& A, const Matrix& covariance) { return A * covariance * transpose(A); }

}  // namespace mml
