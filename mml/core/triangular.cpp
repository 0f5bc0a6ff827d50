// mml/core/triangular.cpp — forward and back substitution.                   (MML §2.3.3, §4.1)
//
// The formulas are in triangular.hpp. Each solve is a loop over the unknowns in the order in
// which they become known; the inner sum is a dot product of a row of the matrix with the part
// of x already computed, so it reads contiguous memory.
#include "mml/core/triangular.hpp"

#include "mml/core/dot.hpp"
#include "mml/core/error.hpp"

#include <string>

namespace mml {

namespace {

void check_system(const char* operation, const Matrix& T, std::size_t rhs_rows) {
    if (!T.is_square()) {
        throw DimensionError(std::string(operation) + ": the triangular matrix is " + shape_string(T.rows(), T.cols()) +
                             " — it must be square (n×n)");
    }
    if (rhs_rows != T.rows()) {
        throw DimensionError(std::string(operation) + ": the matrix is " + shape_string(T.rows(), T.cols()) +
                             " but the right-hand side has " + std::to_string(rhs_rows) +
                             " rows — it needs one entry per row of the matrix");
    }
}

// The diagonal entry Tᵢᵢ, or SingularMatrixError if it is exactly zero.
double pivot(const char* operation, const Matrix& T, std::size_t i) {
    const double d = T.data()[i * T.cols() + i];
    if (d == 0.0) {
        throw SingularMatrixError(std::string(operation) + ": the diagonal entry (" + std::to_string(i) + ", " +
                                  std::to_string(i) +
                                  ") is zero, so the triangular matrix is singular and the system has no unique "
                                  "solution");
    }
    return d;
}

}  // namespace

Vector solve_lower_triangular(const Matrix& L, const Vector& b, Diagonal diagonal) {
    const char* op = "solve_lower_triangular";
    check_system(op, L, b.size());
    const std::size_t n = b.size();
    Vector x(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double* Li = L.data() + i * n;  // row i of L; Lᵢⱼ for j < i
        const double s = b.data()[i] - dot(Li, 1, x.data(), 1, i);
        x.data()[i] = diagonal == Diagonal::unit ? s : s / pivot(op, L, i);
    }
    return x;
}

Vector solve_upper_triangular(const Matrix& U, const Vector& b, Diagonal diagonal) {
    const char* op = "solve_upper_triangular";
    check_system(op, U, b.size());
    const std::size_t n = b.size();
    Vector x(n);
    for (std::size_t i = n; i-- > 0;) {
        const double* Ui = U.data() + i * n;  // row i of U; Uᵢⱼ for j > i
        const double s = b.data()[i] - dot(Ui + i + 1, 1, x.data() + i + 1, 1, n - i - 1);
        x.data()[i] = diagonal == Diagonal::unit ? s : s / pivot(op, U, i);
    }
    return x;
}

Vector solve_lower_triangular_transposed(const Matrix& L, const Vector& b) {
    const char* op = "solve_lower_triangular_transposed";
    check_system(op, L, b.size());
    const std::size_t n = b.size();
    // Column-oriented form of back substitution on Lᵀ: once xᵢ is known, remove its
    // contribution Lᵢⱼ xᵢ from every earlier equation j < i. Row i of L is contiguous.
    Vector x = b;
    for (std::size_t i = n; i-- > 0;) {
        const double* Li = L.data() + i * n;
        x.data()[i] /= pivot(op, L, i);
        const double xi = x.data()[i];
        for (std::size_t j = 0; j < i; ++j) x.data()[j] -= Li[j] * xi;
    }
    return x;
}

Matrix solve_lower_triangular(const Matrix& L, const Matrix& B, Diagonal diagonal) {
    const char* op = "solve_lower_triangular";
    check_system(op, L, B.rows());
    const std::size_t n = B.rows(), k = B.cols();
    Matrix X = B;
    // Row i of X: Xᵢ = (Bᵢ − Σ_{j<i} Lᵢⱼ Xⱼ) / Lᵢᵢ, each step an update of a whole contiguous row.
    for (std::size_t i = 0; i < n; ++i) {
        double* Xi = X.data() + i * k;
        for (std::size_t j = 0; j < i; ++j) {
            const double lij = L.data()[i * n + j];
            const double* Xj = X.data() + j * k;
            for (std::size_t c = 0; c < k; ++c) Xi[c] -= lij * Xj[c];
        }
        if (diagonal == Diagonal::general) {
            const double d = pivot(op, L, i);
            for (std::size_t c = 0; c < k; ++c) Xi[c] /= d;
        }
    }
    return X;
}

Matrix solve_upper_triangular(const Matrix& U, const Matrix& B, Diagonal diagonal) {
    const char* op = "solve_upper_triangular";
    check_system(op, U, B.rows());
    const std::size_t n = B.rows(), k = B.cols();
    Matrix X = B;
    for (std::size_t i = n; i-- > 0;) {
        double* Xi = X.data() + i * k;
        for (std::size_t j = i + 1; j < n; ++j) {
            const double uij = U.data()[i * n + j];
            const double* Xj = X.data() + j * k;
            for (std::size_t c = 0; c < k; ++c) Xi[c] -= uij * Xj[c];
        }
        if (diagonal == Diagonal::general) {
            const double d = pivot(op, U, i);
            for (std::size_t c = 0; c < k; ++c) Xi[c] /= d;
        }
    }
    return X;
}

}  // namespace mml
