#include "mml/linalg/eigenvalues.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

namespace mml {

using cplx = std::complex<double>;

Matrix hessenberg(const Matrix& A) {
    require_square("hessenberg", A);
    require_finite("hessenberg", A);
    const std::size_t n = A.rows();
    Matrix H = A;
    for (std::size_t k = 0; k + 2 < n; ++k) {
        // Householder reflection that zeroes H[k+2:n, k] (see qr.hpp for the sign choice).
        double norm_x = 0.0;
        for (std::size_t i = k + 1; i < n; ++i) norm_x += H(i, k) * H(i, k);
        norm_x = std::sqrt(norm_x);
        if (norm_x == 0.0) continue;
        std::vector<double> v(n, 0.0);
        for (std::size_t i = k + 1; i < n; ++i) v[i] = H(i, k);
        v[k + 1] += H(k + 1, k) >= 0.0 ? norm_x : -norm_x;
        double norm_v = 0.0;
        for (std::size_t i = k + 1; i < n; ++i) norm_v += v[i] * v[i];
        norm_v = std::sqrt(norm_v);
        for (std::size_t i = k + 1; i < n; ++i) v[i] /= norm_v;
        // H ← (I − 2vvᵀ) H (I − 2vvᵀ): rows first, then columns.
        for (std::size_t j = 0; j < n; ++j) {
            double d = 0.0;
            for (std::size_t i = k + 1; i < n; ++i) d += v[i] * H(i, j);
            for (std::size_t i = k + 1; i < n; ++i) H(i, j) -= 2.0 * v[i] * d;
        }
        for (std::size_t i = 0; i < n; ++i) {
            double d = 0.0;
            for (std::size_t j = k + 1; j < n; ++j) d += H(i, j) * v[j];
            for (std::size_t j = k + 1; j < n; ++j) H(i, j) -= 2.0 * d * v[j];
        }
        for (std::size_t i = k + 2; i < n; ++i) H(i, k) = 0.0;
    }
    return H;
}

namespace {

// The eigenvalue of [[a, b], [c, d]] closer to d (the Wilkinson shift).
cplx wilkinson_shift(cplx a, cplx b, cplx c, cplx d) {
    const cplx half_trace = 0.5 * (a + d);
    const cplx root = std::sqrt(0.25 * (a - d) * (a - d) + b * c);
    const cplx l1 = half_trace + root, l2 = half_trace - root;
    return std::abs(l1 - d) < std::abs(l2 - d) ? l1 : l2;
}

}  // namespace

std::vector<cplx> eigenvalues(const Matrix& A) {
    require_square("eigenvalues", A);
    const Matrix Hr = hessenberg(A);
    const std::size_t n = A.rows();
    std::vector<cplx> h(n * n);
    for (std::size_t k = 0; k < n * n; ++k) h[k] = Hr.data()[k];
    auto H = [&](std::size_t i, std::size_t j) -> cplx& { return h[i * n + j]; };
    const double eps = std::numeric_limits<double>::epsilon();
    std::vector<cplx> lambda;
    std::size_t hi = n - 1;  // the active block is rows/columns lo..hi
    std::size_t total = 0, since_deflation = 0;
    std::vector<cplx> cs(n), ss(n);
    while (true) {
        if (hi == 0) {
            lambda.push_back(H(0, 0));
            break;
        }
        // Find the start lo of the unreduced block ending at hi: a negligible subdiagonal splits it.
        std::size_t lo = hi;
        while (lo > 0 && std::abs(H(lo, lo - 1)) > eps * (std::abs(H(lo, lo)) + std::abs(H(lo - 1, lo - 1))))
            --lo;
        if (lo > 0) H(lo, lo - 1) = 0.0;
        if (lo == hi) {  // a 1×1 block: hᵢᵢ is an eigenvalue; deflate
            lambda.push_back(H(hi, hi));
            --hi;
            since_deflation = 0;
            continue;
        }
        if (++total > 100 * n) {
            std::ostringstream msg;
            msg << "eigenvalues: the shifted QR iteration did not converge in " << 100 * n << " steps for a "
                << shape_string(n, n) << " matrix";
            throw NotConvergedError(msg.str());
        }
        // The shift: Wilkinson's, or an "exceptional" one every 10 steps without progress to break cycles.
        cplx mu = wilkinson_shift(H(hi - 1, hi - 1), H(hi - 1, hi), H(hi, hi - 1), H(hi, hi));
        if (++since_deflation % 10 == 0) mu = H(hi, hi) + cplx(std::abs(H(hi, hi - 1)), std::abs(H(hi, hi - 1)));
        for (std::size_t i = lo; i <= hi; ++i) H(i, i) -= mu;
        // QR of the block by Givens rotations G = [[c̄, s̄], [−s, c]] on rows k, k+1 (zeroing H(k+1, k)) ...
        for (std::size_t k = lo; k < hi; ++k) {
            const cplx a = H(k, k), b = H(k + 1, k);
            const double r = std::sqrt(std::norm(a) + std::norm(b));
            const cplx c = r == 0.0 ? cplx(1.0) : a / r, s = r == 0.0 ? cplx(0.0) : b / r;
            cs[k] = c;
            ss[k] = s;
            for (std::size_t j = k; j < n; ++j) {
                const cplx x = H(k, j), y = H(k + 1, j);
                H(k, j) = std::conj(c) * x + std::conj(s) * y;
                H(k + 1, j) = -s * x + c * y;
            }
        }
        // ... then R Q = R G_loᴴ ⋯ G_{hi−1}ᴴ on columns k, k+1, and add the shift back.
        for (std::size_t k = lo; k < hi; ++k) {
            const cplx c = cs[k], s = ss[k];
            for (std::size_t i = 0; i <= std::min(k + 2, hi); ++i) {
                const cplx x = H(i, k), y = H(i, k + 1);
                H(i, k) = c * x + s * y;
                H(i, k + 1) = -std::conj(s) * x + std::conj(c) * y;
            }
        }
        for (std::size_t i = lo; i <= hi; ++i) H(i, i) += mu;
    }
    // A real matrix has real or conjugate-pair eigenvalues: clean imaginary parts at rounding level.
    double scale = 0.0;
    for (const cplx& l : lambda) scale = std::max(scale, std::abs(l));
    for (cplx& l : lambda)
        if (std::abs(l.imag()) <= 1e3 * eps * std::max(1.0, scale)) l = cplx(l.real(), 0.0);
    std::sort(lambda.begin(), lambda.end(), [](const cplx& x, const cplx& y) {
        if (std::abs(std::abs(x) - std::abs(y)) > 1e-12 * std::max(1.0, std::abs(x))) return std::abs(x) > std::abs(y);
        if (x.real() != y.real()) return x.real() > y.real();
        return x.imag() > y.imag();
    });
    return lambda;
}

PowerIteration power_iteration(const Matrix& A, const Vector& x0, double tol, std::size_t max_iterations) {
    require_square("power_iteration", A);
    require_rows_match("power_iteration", A, x0);
    require_finite("power_iteration", A);
    auto length = [](const Vector& v) {
        double s = 0.0;
        for (double vi : v) s += vi * vi;
        return std::sqrt(s);
    };
    Vector x = x0;
    double len = length(x);
    if (len == 0.0) throw DomainError("power_iteration: the start vector x0 is zero — start from any non-zero vector");
    x /= len;
    for (std::size_t it = 1; it <= max_iterations; ++it) {
        const Vector y = A * x;
        double lambda = 0.0;  // Rayleigh quotient xᵀAx (x has unit length)
        for (std::size_t i = 0; i < x.size(); ++i) lambda += x[i] * y[i];
        const double residual = length(y - lambda * x);
        if (residual <= tol * std::max(std::abs(lambda), std::numeric_limits<double>::min())) return {lambda, x, it};
        len = length(y);
        if (len == 0.0) return {0.0, x, it};  // A x = 0: x is an eigenvector of λ = 0
        x = y / len;
    }
    std::ostringstream msg;
    msg << "power_iteration: no convergence in " << max_iterations
        << " iterations — the two largest eigenvalues may have equal modulus (e.g. λ and −λ)";
    throw NotConvergedError(msg.str());
}

}  // namespace mml
