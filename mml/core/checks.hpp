// mml/core/checks.hpp — the input checks every unit shares.
//
// A learner's most common mistakes are a wrong shape, an empty input and a
// NaN that crept in earlier. Each function below throws the typed error with
// a message that starts with the operation's name, so the units check their
// inputs in one line:
//
//     require_square("cholesky", A);
//     require_finite("solve", b);
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <string>

namespace mml {

// DimensionError unless A is square (n×n) and not empty.
void require_square(const std::string& operation, const Matrix& A);
// DimensionError if A or x has no entries.
void require_nonempty(const std::string& operation, const Matrix& A);
void require_nonempty(const std::string& operation, const Vector& x);
// DomainError naming the first NaN or infinite entry.
void require_finite(const std::string& operation, const Matrix& A);
void require_finite(const std::string& operation, const Vector& x);
void require_finite(const std::string& operation, double value, const std::string& name);
// DimensionError unless the two sizes agree ("solve: A is 3x3 but b has 2 entries").
void require_same_size(const std::string& operation, const Vector& x, const Vector& y);
// DimensionError unless A.rows() == b.size() (a system Ax = b).
void require_rows_match(const std::string& operation, const Matrix& A, const Vector& b);

bool is_finite(const Matrix& A);
bool is_finite(const Vector& x);

}  // namespace mml
