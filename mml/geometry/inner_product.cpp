// mml/geometry/inner_product.cpp — inner products, p-norms, angles, Gram matrices, matrix norms.
//                                                                              (MML §3.1–3.5, §3.7, §4.6)
// dot and the scale-safe 2-norm come from mml/core/dot.hpp. Here: the p-norms (scaled by max|xᵢ|
// so that |xᵢ|ᵖ cannot overflow), angles by the clamped arccos, the inner product xᵀAy of a
// symmetric positive definite A (checked by attempting a Cholesky factorisation), Gram matrices
// BᵀAB, the Frobenius and induced matrix norms (‖A‖₂ = σ_max by the SVD), and the inner product
// of functions ∫ f g by composite Simpson (mml/core/simpson.hpp).
#include "mml/geometry/inner_product.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"
#include "mml/core/simpson.hpp"
#include "mml/linalg/cholesky.hpp"
#include "mml/linalg/svd.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace mml {

double norm(const Vector& x, double p) {
    if (std::isinf(p) && p > 0) {
        double m = 0.0;
        for (double xi : x) m = std::max(m, std::abs(xi));
        return m;
    }
    if (!(p >= 1.0)) {
        std::ostringstream msg;
        msg << "norm(x, p): p = " << p << " — a p-norm needs p >= 1 (for p < 1 the triangle inequality fails); "
            << "use p = 1, 2, a larger p, or infinity";
        throw DomainError(msg.str());
    }
    if (p == 2.0) return norm(x);
    double scale = 0.0;  // scaled like the 2-norm, for the same overflow reason
    for (double xi : x) scale = std::max(scale, std::abs(xi));
    if (scale == 0.0) return 0.0;
    double s = 0.0;
    for (double xi : x) s += std::pow(std::abs(xi) / scale, p);
    return scale * std::pow(s, 1.0 / p);
}

double distance(const Vector& x, const Vector& y) {
    require_same_size("distance", x, y);
    return norm(x - y);
}

namespace {
double clamped_arccos(double c) { return std::acos(std::clamp(c, -1.0, 1.0)); }
}  // namespace

double angle(const Vector& x, const Vector& y) {
    require_same_size("angle", x, y);
    const double nx = norm(x), ny = norm(y);
    if (nx == 0.0 || ny == 0.0)
        throw DomainError("angle: one of the vectors is zero — the angle is only defined between non-zero vectors");
    return clamped_arccos(dot(x, y) / (nx * ny));
}

InnerProduct::InnerProduct(const Matrix& A) : A_(A) {
    require_square("InnerProduct", A);
    try {
        (void)cholesky(A);  // succeeds exactly when A is symmetric positive definite
    } catch (const DomainError& e) {
        throw DomainError(std::string("InnerProduct: xᵀAy is an inner product only for a symmetric positive definite "
                                      "A, and this A is not (") + e.what() + ")");
    }
}

InnerProduct InnerProduct::euclidean(std::size_t n) { return InnerProduct(Matrix::identity(n)); }

double InnerProduct::operator()(const Vector& x, const Vector& y) const {
    if (x.size() != A_.rows() || y.size() != A_.rows())
        throw DimensionError("InnerProduct: vectors of sizes " + std::to_string(x.size()) + " and " +
                             std::to_string(y.size()) + " for an inner product on R^" + std::to_string(A_.rows()));
    return dot(x, A_ * y);
}

double InnerProduct::norm(const Vector& x) const { return std::sqrt(std::max(0.0, (*this)(x, x))); }

double InnerProduct::distance(const Vector& x, const Vector& y) const { return norm(x - y); }

double InnerProduct::angle(const Vector& x, const Vector& y) const {
    const double nx = norm(x), ny = norm(y);
    if (nx == 0.0 || ny == 0.0)
        throw DomainError("InnerProduct::angle: one of the vectors is zero — the angle needs non-zero vectors");
    return clamped_arccos((*this)(x, y) / (nx * ny));
}

bool InnerProduct::orthogonal(const Vector& x, const Vector& y, double tol) const {
    return std::abs((*this)(x, y)) <= tol * norm(x) * norm(y);
}

Matrix gram_matrix(const Matrix& B, const InnerProduct& inner) {
    if (B.rows() != inner.gram_matrix().rows())
        throw DimensionError("gram_matrix: B has " + std::to_string(B.rows()) + " rows but the inner product is on R^" +
                             std::to_string(inner.gram_matrix().rows()));
    return transpose(B) * inner.gram_matrix() * B;
}

bool is_orthogonal_set(const Matrix& B, double tol) {
    for (std::size_t i = 0; i < B.cols(); ++i)
        for (std::size_t j = i + 1; j < B.cols(); ++j) {
            const Vector bi = B.col(i), bj = B.col(j);
            if (std::abs(dot(bi, bj)) > tol * norm(bi) * norm(bj)) return false;
        }
    return true;
}

bool is_orthonormal_set(const Matrix& B, double tol) {
    for (std::size_t i = 0; i < B.cols(); ++i)
        if (std::abs(norm(B.col(i)) - 1.0) > tol) return false;
    return is_orthogonal_set(B, tol);
}

double frobenius_norm(const Matrix& A) {
    return norm(Vector(std::vector<double>(A.data(), A.data() + A.rows() * A.cols())));
}

double induced_norm(const Matrix& A, double p) {
    require_nonempty("induced_norm", A);
    if (p == 1.0) {  // max over columns of Σᵢ |aᵢⱼ|
        double best = 0.0;
        for (std::size_t j = 0; j < A.cols(); ++j) {
            double s = 0.0;
            for (std::size_t i = 0; i < A.rows(); ++i) s += std::abs(A(i, j));
            best = std::max(best, s);
        }
        return best;
    }
    if (std::isinf(p) && p > 0) {  // max over rows of Σⱼ |aᵢⱼ|
        double best = 0.0;
        for (std::size_t i = 0; i < A.rows(); ++i) {
            double s = 0.0;
            for (std::size_t j = 0; j < A.cols(); ++j) s += std::abs(A(i, j));
            best = std::max(best, s);
        }
        return best;
    }
    if (p == 2.0) return svd(A).S[0];  // the spectral norm σ_max
    throw DomainError("induced_norm: p must be 1, 2 or infinity (other induced norms have no simple formula)");
}

double function_inner_product(const std::function<double(double)>& f, const std::function<double(double)>& g,
                              double a, double b, std::size_t n) {
    if (n == 0 || n % 2 != 0)
        throw DomainError("function_inner_product: n = " + std::to_string(n) +
                          " — Simpson's rule needs an even, positive number of panels");
    if (!std::isfinite(a) || !std::isfinite(b))
        throw DomainError("function_inner_product: the interval must be finite");
    return composite_simpson([&](double x) { return f(x) * g(x); }, a, b, n);
}

}  // namespace mml
