// mml/core/matrix.hpp — the matrix A ∈ ℝ^{m×n}.                    (MML §2.2)
//
// A Matrix is an m×n table of reals stored row by row in one contiguous
// buffer ("row-major"): entry A(i, j) lives at position i·n + j. Row-major
// means that walking along a row touches neighbouring memory, which is what
// the cache rewards — see matmul.cpp for why the loop order then matters.
//
//   Matrix A{{1, 2}, {3, 4}};   // rows listed in order; ragged rows throw DimensionError
//   Matrix Z(2, 3);             // the 2x3 zero matrix
//   Matrix I = Matrix::identity(3);
//   A(1, 0) = 5.0;              // A(i, j): row i, column j, from 0; out of range throws
//
// Like Vector, every operator returns a new Matrix (no expression
// templates), so `auto C = A * B;` is always safe and `A = transpose(A);`
// does what it says.
#pragma once

#include "mml/core/vector.hpp"

#include <cstddef>
#include <initializer_list>
#include <iosfwd>
#include <vector>

namespace mml {

class Matrix {
public:
    Matrix() = default;
    // The rows×cols matrix with every entry equal to `value` (zero by default).
    Matrix(std::size_t rows, std::size_t cols, double value = 0.0);
    // From its rows: Matrix{{1, 2}, {3, 4}}. Every row must have the same length.
    Matrix(std::initializer_list<std::initializer_list<double>> rows);

    // The n×n identity I, with Iᵢᵢ = 1 and 0 elsewhere.
    static Matrix identity(std::size_t n);
    // The matrix whose rows (or columns) are the given vectors, all of one size.
    static Matrix from_rows(const std::vector<Vector>& rows);
    static Matrix from_columns(const std::vector<Vector>& columns);

    std::size_t rows() const { return rows_; }
    std::size_t cols() const { return cols_; }
    bool empty() const { return rows_ == 0 || cols_ == 0; }
    bool is_square() const { return rows_ == cols_; }

    // A(i, j), bounds-checked in every build: out of range throws DimensionError.
    // Inline, with the message built out of line, for the same reason as Vector::operator[]:
    // the check costs two compares that the branch predictor always gets right.
    double& operator()(std::size_t i, std::size_t j) {
        if (i >= rows_ || j >= cols_) [[unlikely]]
            throw_index_error(i, j);
        return entries_[i * cols_ + j];
    }
    double operator()(std::size_t i, std::size_t j) const {
        if (i >= rows_ || j >= cols_) [[unlikely]]
            throw_index_error(i, j);
        return entries_[i * cols_ + j];
    }

    // Row i and column j as Vectors (copies), and writing them back.
    Vector row(std::size_t i) const;
    Vector col(std::size_t j) const;
    void set_row(std::size_t i, const Vector& r);
    void set_col(std::size_t j, const Vector& c);

    // Unchecked raw access to the row-major buffer (entry (i, j) at i*cols() + j),
    // for inner loops that have already checked their bounds.
    double* data() { return entries_.data(); }
    const double* data() const { return entries_.data(); }

    // In-place operations: A += B, A -= B (same shape), A *= s, A /= s.
    Matrix& operator+=(const Matrix& B);
    Matrix& operator-=(const Matrix& B);
    Matrix& operator*=(double s);
    Matrix& operator/=(double s);

    bool operator==(const Matrix& B) const = default;  // exact: same shape and entries

private:
    [[noreturn]] void throw_index_error(std::size_t i, std::size_t j) const;  // DimensionError naming (i, j) and the shape
    std::size_t rows_ = 0;
    std::size_t cols_ = 0;
    std::vector<double> entries_;  // row-major, rows_ * cols_ entries
};

// Entry-wise sums and scaling (MML §2.2.1): (A + B)ᵢⱼ = Aᵢⱼ + Bᵢⱼ, (sA)ᵢⱼ = s·Aᵢⱼ.
Matrix operator+(const Matrix& A, const Matrix& B);
Matrix operator-(const Matrix& A, const Matrix& B);
Matrix operator-(const Matrix& A);
Matrix operator*(double s, const Matrix& A);
Matrix operator*(const Matrix& A, double s);
Matrix operator/(const Matrix& A, double s);

// The matrix product C = AB, Cᵢⱼ = Σₖ Aᵢₖ Bₖⱼ (MML §2.2.1). A is m×p, B is p×n.
// Implemented in matmul.cpp with a cache-aware loop order.
Matrix operator*(const Matrix& A, const Matrix& B);

// The matrix–vector product y = Ax, yᵢ = Σⱼ Aᵢⱼ xⱼ (MML §2.2.1).
Vector operator*(const Matrix& A, const Vector& x);

// The transpose, (Aᵀ)ᵢⱼ = Aⱼᵢ (MML Definition 2.5).
Matrix transpose(const Matrix& A);

// The square matrix with d on its diagonal and zeros elsewhere.
Matrix diag(const Vector& d);

// The outer product u vᵀ, an m×n matrix of rank at most one.
Matrix outer(const Vector& u, const Vector& v);

// Prints the matrix one row per line, columns right-aligned:
//   [  1  2.5 ]
//   [ -3    4 ]
std::ostream& operator<<(std::ostream& out, const Matrix& A);

}  // namespace mml
