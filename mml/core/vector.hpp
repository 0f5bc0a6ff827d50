// mml/core/vector.hpp — the vector x ∈ ℝⁿ.                  (MML §2.1, §2.4)
//
// A Vector is a column of n real numbers, stored contiguously. It is the
// object of Linear Algebra: we add vectors, scale them by real numbers, and
// (unit 2) measure their lengths and angles.
//
//   Vector x{1.0, 2.0, 3.0};   // x = [1, 2, 3]ᵀ
//   Vector z(3);               // the zero vector of ℝ³   (note: Vector{3} is [3])
//   x[0] = 5.0;                // indices start at 0; x[3] throws DimensionError
//
// Operators return new Vectors, so `auto y = 2.0 * x + z;` is always safe.
// The compound forms (+=, -=, *=, /=) update in place, for hot loops.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <iosfwd>
#include <vector>

namespace mml {

class Vector {
public:
    Vector() = default;
    // The zero vector of ℝⁿ (or every entry equal to `value`).
    explicit Vector(std::size_t n, double value = 0.0);
    // x = [x₀, x₁, …]ᵀ from its entries.
    Vector(std::initializer_list<double> entries);
    // From a std::vector<double> (copies the entries).
    explicit Vector(std::vector<double> entries);

    std::size_t size() const { return entries_.size(); }
    bool empty() const { return entries_.empty(); }

    // xᵢ, bounds-checked in every build: an index ≥ size() throws DimensionError.
    // Defined here, in the header, so the compiler can inline the check into the
    // caller's loop; the check is one compare that is almost never true
    // ([[unlikely]]), and the code that builds the message lives out of line.
    double& operator[](std::size_t i) {
        if (i >= entries_.size()) [[unlikely]]
            throw_index_error(i);
        return entries_[i];
    }
    double operator[](std::size_t i) const {
        if (i >= entries_.size()) [[unlikely]]
            throw_index_error(i);
        return entries_[i];
    }

    // Unchecked raw access for inner loops that have already checked their bounds.
    double* data() { return entries_.data(); }
    const double* data() const { return entries_.data(); }
    auto begin() { return entries_.begin(); }
    auto end() { return entries_.end(); }
    auto begin() const { return entries_.begin(); }
    auto end() const { return entries_.end(); }

    const std::vector<double>& std_vector() const { return entries_; }

    // In-place vector-space operations: x += y, x -= y (same size), x *= s, x /= s.
    Vector& operator+=(const Vector& y);
    Vector& operator-=(const Vector& y);
    Vector& operator*=(double s);
    Vector& operator/=(double s);

    bool operator==(const Vector& y) const = default;  // exact, entry by entry

private:
    [[noreturn]] void throw_index_error(std::size_t i) const;  // DimensionError naming i and size()
    std::vector<double> entries_;
};

// The vector-space operations of MML §2.4: x + y, x − y, −x, s·x, x·s, x / s.
Vector operator+(const Vector& x, const Vector& y);
Vector operator-(const Vector& x, const Vector& y);
Vector operator-(const Vector& x);
Vector operator*(double s, const Vector& x);
Vector operator*(const Vector& x, double s);
Vector operator/(const Vector& x, double s);

// Prints [1, 2.5, -3].
std::ostream& operator<<(std::ostream& out, const Vector& x);

}  // namespace mml
