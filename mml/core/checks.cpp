// mml/core/checks.cpp — the shared input checks: shapes, emptiness, finiteness.
//
// Each check builds its message only when it fails, naming the operation, what was found
// (shapes, the position of the first NaN) and how to fix it.
#include "mml/core/checks.hpp"

#include "mml/core/error.hpp"

#include <cmath>
#include <sstream>

namespace mml {

void require_square(const std::string& operation, const Matrix& A) {
    require_nonempty(operation, A);
    if (!A.is_square())
        throw DimensionError(operation + ": needs a square matrix, got " + shape_string(A.rows(), A.cols()) +
                             " — this operation is only defined for n x n matrices");
}

void require_nonempty(const std::string& operation, const Matrix& A) {
    if (A.empty())
        throw DimensionError(operation + ": the matrix is empty (" + shape_string(A.rows(), A.cols()) +
                             ") — give it at least one row and one column");
}

void require_nonempty(const std::string& operation, const Vector& x) {
    if (x.empty()) throw DimensionError(operation + ": the vector is empty — give it at least one entry");
}

void require_finite(const std::string& operation, const Matrix& A) {
    for (std::size_t i = 0; i < A.rows(); ++i)
        for (std::size_t j = 0; j < A.cols(); ++j)
            if (!std::isfinite(A.data()[i * A.cols() + j])) {
                std::ostringstream msg;
                msg << operation << ": entry (" << i << ", " << j << ") of the " << shape_string(A.rows(), A.cols())
                    << " matrix is " << A.data()[i * A.cols() + j]
                    << " — every entry must be a finite number (look for a division by zero or log(0) earlier)";
                throw DomainError(msg.str());
            }
}

void require_finite(const std::string& operation, const Vector& x) {
    for (std::size_t i = 0; i < x.size(); ++i)
        if (!std::isfinite(x.data()[i])) {
            std::ostringstream msg;
            msg << operation << ": entry " << i << " of the vector is " << x.data()[i]
                << " — every entry must be a finite number (look for a division by zero or log(0) earlier)";
            throw DomainError(msg.str());
        }
}

void require_finite(const std::string& operation, double value, const std::string& name) {
    if (!std::isfinite(value)) {
        std::ostringstream msg;
        msg << operation << ": " << name << " is " << value << " — it must be a finite number";
        throw DomainError(msg.str());
    }
}

void require_same_size(const std::string& operation, const Vector& x, const Vector& y) {
    if (x.size() != y.size())
        throw DimensionError(operation + ": the vectors have sizes " + std::to_string(x.size()) + " and " +
                             std::to_string(y.size()) + " — they must have the same size");
}

void require_rows_match(const std::string& operation, const Matrix& A, const Vector& b) {
    if (A.rows() != b.size())
        throw DimensionError(operation + ": A is " + shape_string(A.rows(), A.cols()) + " but b has " +
                             std::to_string(b.size()) + " entries — b needs one entry per row of A");
}

bool is_finite(const Matrix& A) {
    for (std::size_t k = 0; k < A.rows() * A.cols(); ++k)
        if (!std::isfinite(A.data()[k])) return false;
    return true;
}

bool is_finite(const Vector& x) {
    for (double xi : x)
        if (!std::isfinite(xi)) return false;
    return true;
}

}  // namespace mml
