// mml/plot/sampling.hpp — the points a figure samples a function at.
//
// A curve is drawn through a function's values at evenly spaced points (linspace), or at
// geometrically spaced ones when its axis is logarithmic (geomspace); a contour or a heatmap
// needs the values on a rectangular grid. The grid's layout is the one every figure in mml reads:
//     Z(i, j) = f(xs[j], ys[i])      row i ↔ the i-th y value, column j ↔ the j-th x value,
// so Z looks like the picture turned upside down (row 0 is the bottom edge, y grows with i).
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <cstddef>
#include <functional>
#include <string>

namespace mml {

// n points from a to b, equally spaced: x_k = a + k·(b − a)/(n − 1); x_{n−1} is b exactly.
// n = 1 gives [a]; n = 0 throws DimensionError.
Vector linspace(double a, double b, std::size_t n);

// n points from lo to hi, equally spaced in log lo … log hi: x_k = lo·(hi/lo)^(k/(n − 1)).
// 0 < lo, 0 < hi (DomainError otherwise).
Vector geomspace(double lo, double hi, std::size_t n);

// Z(i, j) = f(xs[j], ys[i]) for every pair: ys.size() × xs.size().
Matrix grid_values(const std::function<double(double, double)>& f, const Vector& xs, const Vector& ys);

// The checks every grid plot makes, naming `what` ("contour 'f'") in the message:
// DimensionError unless Z is ys.size() × xs.size() with at least min_points points each way;
// DomainError unless xs and ys are finite and strictly increasing and Z has no ±∞ (NaN is
// allowed: it marks a point where the function is undefined, which is left blank).
void require_grid(const std::string& what, const Vector& xs, const Vector& ys, const Matrix& Z,
                  std::size_t min_points);

}  // namespace mml
