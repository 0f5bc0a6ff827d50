#include "mml/linalg/lu.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"

#include <cmath>
#include <limits>
#include <sstream>
#include <utility>

namespace mml {

namespace {

// The rank/pivot tolerance n·ε·max|aᵢⱼ|: rounding in elimination is of that size, so a pivot
// below it is indistinguishable from zero.
double pivot_tolerance(const Matrix& A) {
    double largest = 0.0;
    for (std::size_t k = 0; k < A.rows() * A.cols(); ++k) largest = std::max(largest, std::abs(A.data()[k]));
    return static_cast<double>(std::max(A.rows(), A.cols())) * std::numeric_limits<double>::epsilon() * largest;
}

}  // namespace

LU lu(const Matrix& A) {
    require_square("lu", A);
    require_finite("lu", A);
    const std::size_t n = A.rows();
    const double tol = pivot_tolerance(A);
    Matrix U = A;  // eliminated in place; the multipliers are stored in L
    Matrix L = Matrix::identity(n);
    std::vector<std::size_t> perm(n);
    for (std::size_t i = 0; i < n; ++i) perm[i] = i;
    int sign = 1;
    double* u = U.data();
    double* l = L.data();

    for (std::size_t k = 0; k < n; ++k) {
        // Partial pivoting: the row p ≥ k with the largest |u_pk| becomes the pivot row.
        std::size_t p = k;
        for (std::size_t i = k + 1; i < n; ++i)
            if (std::abs(u[i * n + k]) > std::abs(u[p * n + k])) p = i;
        if (std::abs(u[p * n + k]) <= tol) {
            std::ostringstream msg;
            msg << "lu: no pivot in column " << k << " (largest candidate |" << u[p * n + k] << "| <= tolerance " << tol
                << " = n·eps·max|a_ij|) — A is singular to working precision; use least_squares or pinv for a "
                   "singular or rank-deficient system";
            throw SingularMatrixError(msg.str());
        }
        if (p != k) {
            for (std::size_t j = 0; j < n; ++j) std::swap(u[k * n + j], u[p * n + j]);
            for (std::size_t j = 0; j < k; ++j) std::swap(l[k * n + j], l[p * n + j]);  // multipliers found so far
            std::swap(perm[k], perm[p]);
            sign = -sign;
        }
        // Eliminate below the pivot: row i ← row i − ℓᵢₖ·row k, with ℓᵢₖ = uᵢₖ / uₖₖ (|ℓᵢₖ| ≤ 1).
        const double pivot = u[k * n + k];
        for (std::size_t i = k + 1; i < n; ++i) {
            const double l_ik = u[i * n + k] / pivot;
            l[i * n + k] = l_ik;
            u[i * n + k] = 0.0;
            for (std::size_t j = k + 1; j < n; ++j) u[i * n + j] -= l_ik * u[k * n + j];  // along a row: contiguous
        }
    }
    Matrix P(n, n);
    for (std::size_t i = 0; i < n; ++i) P(i, perm[i]) = 1.0;
    return {L, U, P, perm, sign};
}

Vector lu_solve(const LU& factors, const Vector& b) {
    const std::size_t n = factors.U.rows();
    require_rows_match("lu_solve", factors.U, b);
    require_finite("lu_solve", b);
    const double* l = factors.L.data();
    const double* u = factors.U.data();
    // Forward substitution L y = P b: yᵢ = (Pb)ᵢ − Σ_{j<i} ℓᵢⱼ yⱼ (L has ones on its diagonal).
    Vector y(n);
    for (std::size_t i = 0; i < n; ++i) {
        double sum = b[factors.perm[i]];
        for (std::size_t j = 0; j < i; ++j) sum -= l[i * n + j] * y.data()[j];
        y.data()[i] = sum;
    }
    // Back substitution U x = y: xᵢ = (yᵢ − Σ_{j>i} uᵢⱼ xⱼ) / uᵢᵢ, from the last row up.
    Vector x(n);
    for (std::size_t i = n; i-- > 0;) {
        double sum = y.data()[i];
        for (std::size_t j = i + 1; j < n; ++j) sum -= u[i * n + j] * x.data()[j];
        x.data()[i] = sum / u[i * n + i];
    }
    return x;
}

Vector solve(const Matrix& A, const Vector& b) {
    require_square("solve", A);
    require_rows_match("solve", A, b);
    return lu_solve(lu(A), b);
}

Matrix solve(const Matrix& A, const Matrix& B) {
    require_square("solve", A);
    if (B.rows() != A.rows())
        throw DimensionError("solve(A, B): A is " + shape_string(A.rows(), A.cols()) + " but B is " +
                             shape_string(B.rows(), B.cols()) + " — B needs one row per row of A");
    const LU factors = lu(A);
    Matrix X(A.cols(), B.cols());
    for (std::size_t j = 0; j < B.cols(); ++j) X.set_col(j, lu_solve(factors, B.col(j)));
    return X;
}

double det(const Matrix& A) {
    require_square("det", A);
    try {
        const LU factors = lu(A);
        double d = factors.sign;  // det(P) = (−1)^(number of row swaps)
        for (std::size_t i = 0; i < A.rows(); ++i) d *= factors.U(i, i);
        return d;  // det(A) = det(P)⁻¹ det(L) det(U) = ±Π uᵢᵢ
    } catch (const SingularMatrixError&) {
        return 0.0;
    }
}

}  // namespace mml
