// mml/core/vector.cpp — the Vector type's constructors, the vector-space operations
// x + y, x − y, s·x (MML §2.4) and printing.
//
// Element access is inline in vector.hpp; here is only its out-of-line error message.
#include "mml/core/vector.hpp"

#include "mml/core/error.hpp"

#include <ostream>
#include <string>
#include <utility>

namespace mml {

Vector::Vector(std::size_t n, double value) : entries_(n, value) {}
Vector::Vector(std::initializer_list<double> entries) : entries_(entries) {}
Vector::Vector(std::vector<double> entries) : entries_(std::move(entries)) {}

namespace {

void check_same_size(const char* operation, const Vector& x, const Vector& y) {
    if (x.size() != y.size()) {
        throw DimensionError(std::string(operation) + ": sizes " + std::to_string(x.size()) + " and " +
                             std::to_string(y.size()) + " differ — both vectors must have the same size");
    }
}

}  // namespace

void Vector::throw_index_error(std::size_t i) const {
    const std::size_t n = size();
    throw DimensionError("Vector[i]: index " + std::to_string(i) + " is out of range for a vector of size " +
                         std::to_string(n) + " — valid indices are 0 to " +
                         (n == 0 ? std::string("(none: the vector is empty)") : std::to_string(n - 1)));
}

Vector& Vector::operator+=(const Vector& y) {
    check_same_size("Vector + Vector", *this, y);
    for (std::size_t i = 0; i < size(); ++i) entries_[i] += y.entries_[i];
    return *this;
}

Vector& Vector::operator-=(const Vector& y) {
    check_same_size("Vector - Vector", *this, y);
    for (std::size_t i = 0; i < size(); ++i) entries_[i] -= y.entries_[i];
    return *this;
}

Vector& Vector::operator*=(double s) {
    for (double& xi : entries_) xi *= s;
    return *this;
}

Vector& Vector::operator/=(double s) {
    for (double& xi : entries_) xi /= s;
    return *this;
}

Vector operator+(const Vector& x, const Vector& y) {
    Vector z = x;
    return z += y;
}

Vector operator-(const Vector& x, const Vector& y) {
    Vector z = x;
    return z -= y;
}

Vector operator-(const Vector& x) { return -1.0 * x; }

Vector operator*(double s, const Vector& x) {
    Vector z = x;
    return z *= s;
}

Vector operator*(const Vector& x, double s) { return s * x; }

Vector operator/(const Vector& x, double s) {
    Vector z = x;
    return z /= s;
}

std::ostream& operator<<(std::ostream& out, const Vector& x) {
    out << '[';
    for (std::size_t i = 0; i < x.size(); ++i) out << (i ? ", " : "") << x.data()[i];
    return out << ']';
}

}  // namespace mml
