// mml/core/matrix.cpp — the Matrix type's constructors, rows and columns, the entry-wise
// operations (A + B, sA), transpose, diag, outer products and printing.       (MML §2.2)
//
// Element access is inline in matrix.hpp; here is only its out-of-line error message. The
// product A·B has its own file, matmul.cpp, because making it fast is a lesson of its own.
#include "mml/core/matrix.hpp"

#include "mml/core/error.hpp"

#include <algorithm>
#include <ostream>
#include <sstream>
#include <string>

namespace mml {

Matrix::Matrix(std::size_t rows, std::size_t cols, double value)
    : rows_(rows), cols_(cols), entries_(rows * cols, value) {}

Matrix::Matrix(std::initializer_list<std::initializer_list<double>> rows)
    : rows_(rows.size()), cols_(rows.size() ? rows.begin()->size() : 0) {
    entries_.reserve(rows_ * cols_);
    std::size_t i = 0;
    for (const auto& r : rows) {
        if (r.size() != cols_) {
            throw DimensionError("Matrix{{...}}: row " + std::to_string(i) + " has " + std::to_string(r.size()) +
                                 " entries but row 0 has " + std::to_string(cols_) +
                                 " — every row of a matrix must have the same length");
        }
        entries_.insert(entries_.end(), r.begin(), r.end());
        ++i;
    }
    if (cols_ == 0) rows_ = 0;  // {{}, {}} is the empty matrix
}

Matrix Matrix::identity(std::size_t n) {
    Matrix I(n, n);
    for (std::size_t i = 0; i < n; ++i) I.entries_[i * n + i] = 1.0;
    return I;
}

Matrix Matrix::from_rows(const std::vector<Vector>& rows) {
    const std::size_t n = rows.empty() ? 0 : rows.front().size();
    Matrix A(rows.size(), n);
    for (std::size_t i = 0; i < rows.size(); ++i) A.set_row(i, rows[i]);
    return A;
}

Matrix Matrix::from_columns(const std::vector<Vector>& columns) {
    const std::size_t m = columns.empty() ? 0 : columns.front().size();
    Matrix A(m, columns.size());
    for (std::size_t j = 0; j < columns.size(); ++j) A.set_col(j, columns[j]);
    return A;
}

namespace {

void check_same_shape(const char* operation, const Matrix& A, const Matrix& B) {
    if (A.rows() != B.rows() || A.cols() != B.cols()) {
        throw DimensionError(std::string(operation) + ": shapes " + shape_string(A.rows(), A.cols()) + " and " +
                             shape_string(B.rows(), B.cols()) +
                             " differ — entry-wise operations need matrices of the same shape");
    }
}

}  // namespace

void Matrix::throw_index_error(std::size_t i, std::size_t j) const {
    throw DimensionError("Matrix(i, j): index (" + std::to_string(i) + ", " + std::to_string(j) +
                         ") is out of range for a " + shape_string(rows_, cols_) +
                         " matrix — rows run from 0 to rows()-1 and columns from 0 to cols()-1");
}

Vector Matrix::row(std::size_t i) const {
    if (i >= rows_) throw_index_error(i, 0);
    Vector r(cols_);
    for (std::size_t j = 0; j < cols_; ++j) r.data()[j] = entries_[i * cols_ + j];
    return r;
}

Vector Matrix::col(std::size_t j) const {
    if (j >= cols_) throw_index_error(0, j);
    Vector c(rows_);
    for (std::size_t i = 0; i < rows_; ++i) c.data()[i] = entries_[i * cols_ + j];
    return c;
}

void Matrix::set_row(std::size_t i, const Vector& r) {
    if (i >= rows_) throw_index_error(i, 0);
    if (r.size() != cols_) {
        throw DimensionError("Matrix::set_row: a row of a " + shape_string(rows_, cols_) + " matrix needs " +
                             std::to_string(cols_) + " entries, got a vector of size " + std::to_string(r.size()));
    }
    for (std::size_t j = 0; j < cols_; ++j) entries_[i * cols_ + j] = r.data()[j];
}

void Matrix::set_col(std::size_t j, const Vector& c) {
    if (j >= cols_) throw_index_error(0, j);
    if (c.size() != rows_) {
        throw DimensionError("Matrix::set_col: a column of a " + shape_string(rows_, cols_) + " matrix needs " +
                             std::to_string(rows_) + " entries, got a vector of size " + std::to_string(c.size()));
    }
    for (std::size_t i = 0; i < rows_; ++i) entries_[i * cols_ + j] = c.data()[i];
}

Matrix& Matrix::operator+=(const Matrix& B) {
    check_same_shape("Matrix + Matrix", *this, B);
    for (std::size_t k = 0; k < entries_.size(); ++k) entries_[k] += B.entries_[k];
    return *this;
}

Matrix& Matrix::operator-=(const Matrix& B) {
    check_same_shape("Matrix - Matrix", *this, B);
    for (std::size_t k = 0; k < entries_.size(); ++k) entries_[k] -= B.entries_[k];
    return *this;
}

Matrix& Matrix::operator*=(double s) {
    for (double& a : entries_) a *= s;
    return *this;
}

Matrix& Matrix::operator/=(double s) {
    for (double& a : entries_) a /= s;
    return *this;
}

Matrix operator+(const Matrix& A, const Matrix& B) {
    Matrix C = A;
    return C += B;
}

Matrix operator-(const Matrix& A, const Matrix& B) {
    Matrix C = A;
    return C -= B;
}

Matrix operator-(const Matrix& A) { return -1.0 * A; }

Matrix operator*(double s, const Matrix& A) {
    Matrix C = A;
    return C *= s;
}

Matrix operator*(const Matrix& A, double s) { return s * A; }

Matrix operator/(const Matrix& A, double s) {
    Matrix C = A;
    return C /= s;
}

Vector operator*(const Matrix& A, const Vector& x) {
    if (A.cols() != x.size()) {
        throw DimensionError("Matrix * Vector: " + shape_string(A.rows(), A.cols()) + " times a vector of size " +
                             std::to_string(x.size()) + " — the vector needs " + std::to_string(A.cols()) +
                             " entries, one per column of the matrix");
    }
    // yᵢ = Σⱼ Aᵢⱼ xⱼ: each yᵢ is the dot product of row i with x, read along the row (contiguous).
    Vector y(A.rows());
    const std::size_t n = A.cols();
    for (std::size_t i = 0; i < A.rows(); ++i) {
        const double* a_i = A.data() + i * n;
        double sum = 0.0;
        for (std::size_t j = 0; j < n; ++j) sum += a_i[j] * x.data()[j];
        y.data()[i] = sum;
    }
    return y;
}

Matrix transpose(const Matrix& A) {
    Matrix T(A.cols(), A.rows());
    for (std::size_t i = 0; i < A.rows(); ++i)
        for (std::size_t j = 0; j < A.cols(); ++j) T.data()[j * A.rows() + i] = A.data()[i * A.cols() + j];
    return T;
}

Matrix diag(const Vector& d) {
    Matrix D(d.size(), d.size());
    for (std::size_t i = 0; i < d.size(); ++i) D(i, i) = d[i];
    return D;
}

Matrix outer(const Vector& u, const Vector& v) {
    Matrix P(u.size(), v.size());
    for (std::size_t i = 0; i < u.size(); ++i)
        for (std::size_t j = 0; j < v.size(); ++j) P.data()[i * v.size() + j] = u.data()[i] * v.data()[j];
    return P;
}

std::ostream& operator<<(std::ostream& out, const Matrix& A) {
    if (A.empty()) return out << "[ " << shape_string(A.rows(), A.cols()) << " empty matrix ]";
    // Format every entry first (with the stream's precision), then pad each column to its widest entry.
    std::vector<std::string> text(A.rows() * A.cols());
    std::vector<std::size_t> width(A.cols(), 0);
    for (std::size_t i = 0; i < A.rows(); ++i) {
        for (std::size_t j = 0; j < A.cols(); ++j) {
            std::ostringstream entry;
            entry.precision(out.precision());
            entry << A.data()[i * A.cols() + j];
            text[i * A.cols() + j] = entry.str();
            width[j] = std::max(width[j], entry.str().size());
        }
    }
    for (std::size_t i = 0; i < A.rows(); ++i) {
        out << (i ? "\n[" : "[");
        for (std::size_t j = 0; j < A.cols(); ++j) {
            const std::string& s = text[i * A.cols() + j];
            out << ' ' << std::string(width[j] - s.size(), ' ') << s;
        }
        out << " ]";
    }
    return out;
}

}  // namespace mml
