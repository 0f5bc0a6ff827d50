#include "mml/linalg/lu.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/matmul.hpp"
#include "mml/core/error.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>
#include <string>
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

// Blocked right-looking LU. The arithmetic is exactly Gaussian elimination with partial pivoting;
// only its order changes. For each block of nb columns:
//   1. factor the panel (columns k0..k1 of the remaining rows) column by column, swapping whole rows;
//   2. U₁₂ = L₁₁⁻¹ A₁₂: apply the panel's eliminations to the rows k0..k1 right of the panel;
//   3. A₂₂ ← A₂₂ − L₂₁ U₁₂: the trailing update, one matrix product.
// Step 3 holds almost all of the 2n³/3 operations, and as a matrix product it runs at the speed of
// the blocked multiplication in mml/core/matmul.cpp instead of one row operation at a time.
// L (below the diagonal, unit diagonal implied) and U share one n×n array; perm and sign record P.
struct Factors {
    Matrix LU;
    std::vector<std::size_t> perm;
    int sign = 1;
};

Factors factor(const Matrix& A, const std::string& operation) {
    require_square(operation, A);
    require_finite(operation, A);
    const std::size_t n = A.rows();
    const double tol = pivot_tolerance(A);
    Matrix LUc = A;  // combined storage: strictly lower part = multipliers ℓᵢₖ, upper part = U
    double* a = LUc.data();
    std::vector<std::size_t> perm(n);
    for (std::size_t i = 0; i < n; ++i) perm[i] = i;
    int sign = 1;
    constexpr std::size_t nb = 64;  // panel width

    for (std::size_t k0 = 0; k0 < n; k0 += nb) {
        const std::size_t k1 = std::min(k0 + nb, n);
        // 1. The panel: plain Gaussian elimination with partial pivoting on columns k0..k1, done on a
        //    contiguous copy (rows k0..n, w columns). In the full matrix one column step is n·8 bytes;
        //    when that is a power of two (n = 512) every entry of a column lands in the same cache set
        //    and the column walks of pivot search and elimination miss the cache at every step.
        const std::size_t w = k1 - k0, rows = n - k0;
        std::vector<double> panel(rows * w);
        for (std::size_t i = 0; i < rows; ++i)
            for (std::size_t j = 0; j < w; ++j) panel[i * w + j] = a[(k0 + i) * n + k0 + j];
        std::vector<std::size_t> pivot_row(w);
        for (std::size_t kk = 0; kk < w; ++kk) {
            std::size_t p = kk;  // the row p ≥ k with the largest |a_pk| becomes the pivot row
            for (std::size_t i = kk + 1; i < rows; ++i)
                if (std::abs(panel[i * w + kk]) > std::abs(panel[p * w + kk])) p = i;
            if (std::abs(panel[p * w + kk]) <= tol) {
                std::ostringstream msg;
                msg << operation << ": no pivot in column " << k0 + kk << " (largest candidate |" << panel[p * w + kk]
                    << "| <= tolerance " << tol << " = n·eps·max|a_ij|) — A is singular to working precision; use "
                       "least_squares or pinv for a singular or rank-deficient system";
                throw SingularMatrixError(msg.str());
            }
            pivot_row[kk] = k0 + p;
            if (p != kk)
                for (std::size_t j = 0; j < w; ++j) std::swap(panel[kk * w + j], panel[p * w + j]);
            const double pivot = panel[kk * w + kk];
            for (std::size_t i = kk + 1; i < rows; ++i) {
                const double l_ik = panel[i * w + kk] / pivot;  // |ℓᵢₖ| ≤ 1 thanks to pivoting
                panel[i * w + kk] = l_ik;
                for (std::size_t j = kk + 1; j < w; ++j) panel[i * w + j] -= l_ik * panel[kk * w + j];
            }
        }
        for (std::size_t i = 0; i < rows; ++i)
            for (std::size_t j = 0; j < w; ++j) a[(k0 + i) * n + k0 + j] = panel[i * w + j];
        // The same row swaps, in the same order, for the columns left and right of the panel.
        for (std::size_t kk = 0; kk < w; ++kk) {
            const std::size_t k = k0 + kk, p = pivot_row[kk];
            if (p == k) continue;
            for (std::size_t j = 0; j < k0; ++j) std::swap(a[k * n + j], a[p * n + j]);
            for (std::size_t j = k1; j < n; ++j) std::swap(a[k * n + j], a[p * n + j]);
            std::swap(perm[k], perm[p]);
            sign = -sign;
        }
        if (k1 == n) break;
        // 2. U₁₂ = L₁₁⁻¹ A₁₂: the panel's row operations on rows k0..k1, columns k1..n.
        for (std::size_t k = k0; k < k1; ++k)
            for (std::size_t i = k + 1; i < k1; ++i) {
                const double l_ik = a[i * n + k];
                for (std::size_t j = k1; j < n; ++j) a[i * n + j] -= l_ik * a[k * n + j];
            }
        // 3. A₂₂ ← A₂₂ − L₂₁ U₁₂ as one matrix product, in place on the blocks of LUc.
        multiply_add(n - k1, w, n - k1, -1.0, a + k1 * n + k0, n, a + k0 * n + k1, n, a + k1 * n + k1, n);
    }
    return {LUc, perm, sign};
}

// Forward substitution L y = P b, then back substitution U x = y, on the combined storage.
Vector substitute(const Factors& f, const Vector& b) {
    const std::size_t n = f.LU.rows();
    const double* lu = f.LU.data();
    Vector y(n);  // yᵢ = (Pb)ᵢ − Σ_{j<i} ℓᵢⱼ yⱼ (L has ones on its diagonal)
    for (std::size_t i = 0; i < n; ++i) {
        double sum = b[f.perm[i]];
        for (std::size_t j = 0; j < i; ++j) sum -= lu[i * n + j] * y.data()[j];
        y.data()[i] = sum;
    }
    Vector x(n);  // xᵢ = (yᵢ − Σ_{j>i} uᵢⱼ xⱼ) / uᵢᵢ, from the last row up
    for (std::size_t i = n; i-- > 0;) {
        double sum = y.data()[i];
        for (std::size_t j = i + 1; j < n; ++j) sum -= lu[i * n + j] * x.data()[j];
        x.data()[i] = sum / lu[i * n + i];
    }
    return x;
}

}  // namespace

LU lu(const Matrix& A) {
    const Factors f = factor(A, "lu");
    const std::size_t n = A.rows();
    const double* a = f.LU.data();
    Matrix L = Matrix::identity(n), U(n, n);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < i; ++j) L.data()[i * n + j] = a[i * n + j];
        for (std::size_t j = i; j < n; ++j) U.data()[i * n + j] = a[i * n + j];
    }
    Matrix P(n, n);
    for (std::size_t i = 0; i < n; ++i) P(i, f.perm[i]) = 1.0;
    return {L, U, P, f.perm, f.sign};
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
    require_finite("solve", b);
    return substitute(factor(A, "solve"), b);
}

Matrix solve(const Matrix& A, const Matrix& B) {
    require_square("solve", A);
    if (B.rows() != A.rows())
        throw DimensionError("solve(A, B): A is " + shape_string(A.rows(), A.cols()) + " but B is " +
                             shape_string(B.rows(), B.cols()) + " — B needs one row per row of A");
    require_finite("solve", B);
    const Factors f = factor(A, "solve");  // one factorisation for every right-hand side
    Matrix X(A.cols(), B.cols());
    for (std::size_t j = 0; j < B.cols(); ++j) X.set_col(j, substitute(f, B.col(j)));
    return X;
}

double det(const Matrix& A) {
    require_square("det", A);
    try {
        const Factors f = factor(A, "det");
        double d = f.sign;  // det(P) = (−1)^(number of row swaps)
        for (std::size_t i = 0; i < A.rows(); ++i) d *= f.LU(i, i);
        return d;  // det(A) = det(P)⁻¹ det(L) det(U) = ±Π uᵢᵢ
    } catch (const SingularMatrixError&) {
        return 0.0;
    }
}

}  // namespace mml
