// mml/plot/contour.hpp — contour lines of a function on a grid: marching squares.   (MML §5.1, §7.1)
//
// A contour line of f at level c is the set {(x, y) : f(x, y) = c}. Given only the values on a
// grid, Z(i, j) = f(xs[j], ys[i]), marching squares (Lorensen & Cline's marching cubes, 1987,
// in two dimensions) draws it one grid cell at a time:
//   1. mark each of the cell's four corners as above (z ≥ c) or below (z < c);
//   2. on every edge whose two corners differ, the line crosses; place the crossing by linear
//      interpolation, at t = (c − z₀)/(z₁ − z₀) of the way from the corner z₀ to the corner z₁;
//   3. join the crossings: a cell has 0, 2 or 4 of them. Two make one segment.
// Four crossings is the saddle: two opposite corners above, the other two below. Two pairings
// are possible — the above corners joined through the middle of the cell and the below ones cut
// apart, or the reverse — and the corners alone cannot tell which. mml decides by the value in
// the middle, estimated as the mean of the four corners (the bilinear interpolant's value there):
// if the middle is above, the above corners are joined, and each segment cuts off one below
// corner. Always choosing the same pairing instead would make contours of the same function cross
// each other or break at saddles.
// The error: along an edge f is replaced by the straight line through its two values, so a vertex
// is off the true curve by about h²·|f''| / (8·|f'|) for a cell of side h (the tests check this on
// the circle x² + y² = 1).
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <vector>

namespace mml {

struct Point2 {
    double x = 0.0, y = 0.0;
    bool operator==(const Point2&) const = default;
};

struct Segment {
    Point2 a, b;
};

// The segments of the contour Z = level, in data coordinates, for Z(i, j) = f(xs[j], ys[i])
// (see sampling.hpp). A cell with a NaN corner is skipped, leaving a gap. A crossing on an edge
// two cells share is computed the same way for both, so the pieces meet exactly.
// Throws like require_grid (DimensionError for a grid smaller than 2 × 2 or a Z of the wrong
// shape; DomainError for non-increasing coordinates, ±∞ in Z, or a non-finite level).
std::vector<Segment> contour_segments(const Vector& xs, const Vector& ys, const Matrix& Z, double level);

}  // namespace mml
