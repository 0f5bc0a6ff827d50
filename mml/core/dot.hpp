// mml/core/dot.hpp — the dot product and the Euclidean norm, written once.     (MML §3.1–3.2)
//
// Every unit needs xᵀy and ‖x‖₂: elimination and QR (unit 1), projections (unit 2),
// step sizes (unit 4), log-densities (unit 5), residuals (unit 6). They live here, in
// core, so that each of those units uses this one copy.
//
// The norm needs care. The textbook formula ‖x‖ = √(Σ xᵢ²) squares every entry, and
// squaring 1e200 overflows to ∞ while squaring 1e-200 underflows to 0: the norm of
// [3e200, 4e200] would come out ∞ instead of 5e200. So norm() first tries the plain
// sum (fast, and exact enough whenever the sum of squares is a normal number), and
// only when that sum has overflowed or is in the underflow range does it scale every
// entry by the largest |xᵢ| and compute s·√(Σ (xᵢ/s)²), where no square can overflow.
//
// The raw forms (a pointer, a length and a stride) serve the decompositions, which
// work on rows and columns inside a Matrix without copying them out: a row of a
// row-major matrix has stride 1, a column has stride cols().
#pragma once

#include "mml/core/vector.hpp"

#include <cstddef>

namespace mml {

// xᵀy = Σᵢ xᵢ yᵢ (MML Definition 3.3's standard inner product). Sizes must agree (DimensionError).
double dot(const Vector& x, const Vector& y);

// The Euclidean norm ‖x‖₂ = √(xᵀx) (MML §3.1), safe from overflow and underflow for every
// finite x: norm({3e200, 4e200}) == 5e200 and norm({3e-200, 4e-200}) == 5e-200.
// An infinite entry gives +∞, a NaN entry gives NaN.
double norm(const Vector& x);

// Σᵢ x[i·incx]·y[i·incy] over n terms, for contiguous rows (inc = 1) or strided columns.
double dot(const double* x, std::size_t incx, const double* y, std::size_t incy, std::size_t n);

// √(Σᵢ x[i·inc]²) over n terms, with the same overflow/underflow safety as norm(Vector).
double norm2(const double* x, std::size_t inc, std::size_t n);

}  // namespace mml
