// mml/core/error.hpp — what goes wrong, and how mml tells you.
//
// Every mistake a learner can make with mml (multiplying a 2x3 by a 4x2
// matrix, asking for the inverse of a singular matrix, a negative standard
// deviation) is reported by a typed exception whose message names
//   1. the operation ("Matrix * Matrix"),
//   2. the shapes or values involved ("2x3 times 4x2"),
//   3. what would fix it.
// Checks stay on in every build: a release build never trades a clear
// message for undefined behaviour.
//
//   std::runtime_error
//     └─ mml::Error                    any mml failure (catch this to catch them all)
//          ├─ DimensionError           shapes that do not fit together, index out of range
//          ├─ SingularMatrixError      no unique solution: a zero pivot, a rank-deficient matrix
//          ├─ NotConvergedError        an iterative method ran out of iterations
//          └─ DomainError              a value outside its valid range (p < 0, log of -1, NaN)
//   std::exception
//     └─ mml::NotImplemented           an exercise stub that has not been written yet
//
// NotImplemented derives from std::exception directly, not from mml::Error,
// so that a test expecting, say, a DomainError can never pass on a stub.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace mml {

// Base of every error mml reports on purpose.
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// Shapes that do not fit: A * B with A.cols() != B.rows(), an index past the end, ...
class DimensionError : public Error {
public:
    explicit DimensionError(const std::string& message) : Error(message) {}
};

// A matrix that has no inverse where one is needed (zero pivot, rank deficiency).
class SingularMatrixError : public Error {
public:
    explicit SingularMatrixError(const std::string& message) : Error(message) {}
};

// An iterative algorithm (QR iteration, Newton's method, ...) hit its iteration limit.
class NotConvergedError : public Error {
public:
    explicit NotConvergedError(const std::string& message) : Error(message) {}
};

// A value outside its valid range: a probability of 1.5, sqrt of a negative Dual, a NaN input.
class DomainError : public Error {
public:
    explicit DomainError(const std::string& message) : Error(message) {}
};

// Thrown by MML_TODO() in an exercise stub: "you have not written this yet".
class NotImplemented : public std::exception {
public:
    explicit NotImplemented(std::string message) : message_(std::move(message)) {}
    const char* what() const noexcept override { return message_.c_str(); }

private:
    std::string message_;
};

// Throws NotImplemented naming the function and file; used only through MML_TODO().
[[noreturn]] void todo(const char* function, const char* file, int line);

// "m x n", the way every shape appears in an error message.
std::string shape_string(std::size_t rows, std::size_t cols);

}  // namespace mml

// The body of every exercise stub. Replace this line with your answer.
#define MML_TODO() ::mml::todo(__func__, __FILE__, __LINE__)
