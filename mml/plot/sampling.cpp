// mml/plot/sampling.cpp — linspace, geomspace, and a function's values on a grid.
#include "mml/plot/sampling.hpp"

#include "mml/core/error.hpp"

#include <cmath>
#include <sstream>

namespace mml {

Vector linspace(double a, double b, std::size_t n) {
    if (n == 0) throw DimensionError("linspace: n = 0 points asked for — ask for n ≥ 1 (n ≥ 2 to include both ends)");
    Vector x(n);
    if (n == 1) {
        x[0] = a;
        return x;
    }
    const double h = (b - a) / static_cast<double>(n - 1);
    for (std::size_t k = 0; k + 1 < n; ++k) x[k] = a + static_cast<double>(k) * h;
    x[n - 1] = b;  // a + (n−1)·h can miss b by a rounding error
    return x;
}

Vector geomspace(double lo, double hi, std::size_t n) {
    if (!(lo > 0.0) || !(hi > 0.0) || !std::isfinite(lo) || !std::isfinite(hi)) {
        std::ostringstream msg;
        msg << "geomspace: the ends must be positive and finite, got lo = " << lo << " and hi = " << hi
            << " — a geometric sequence cannot reach 0 or change sign; use linspace for those";
        throw DomainError(msg.str());
    }
    Vector x = linspace(std::log(lo), std::log(hi), n);
    for (double& v : x) v = std::exp(v);
    x[0] = lo;  // exp(log(lo)) can differ from lo in the last bit
    if (n > 1) x[n - 1] = hi;
    return x;
}

Matrix grid_values(const std::function<double(double, double)>& f, const Vector& xs, const Vector& ys) {
    Matrix Z(ys.size(), xs.size());
    for (std::size_t i = 0; i < ys.size(); ++i)
        for (std::size_t j = 0; j < xs.size(); ++j) Z(i, j) = f(xs[j], ys[i]);
    return Z;
}

static void require_increasing(const std::string& what, const char* name, const Vector& v) {
    for (std::size_t k = 0; k < v.size(); ++k) {
        if (!std::isfinite(v[k]) || (k > 0 && !(v[k] > v[k - 1]))) {
            std::ostringstream msg;
            msg << what << ": " << name << "[" << k << "] = " << v[k]
                << (std::isfinite(v[k]) ? " does not increase on the point before it" : " is not finite")
                << " — the grid coordinates must be finite and strictly increasing (build them with linspace)";
            throw DomainError(msg.str());
        }
    }
}

void require_grid(const std::string& what, const Vector& xs, const Vector& ys, const Matrix& Z,
                  std::size_t min_points) {
    if (xs.size() < min_points || ys.size() < min_points || Z.rows() != ys.size() || Z.cols() != xs.size()) {
        std::ostringstream msg;
        msg << what << ": a grid of " << xs.size() << " x values and " << ys.size() << " y values needs Z to be "
            << shape_string(ys.size(), xs.size()) << " (Z(i, j) = f(xs[j], ys[i])), got "
            << shape_string(Z.rows(), Z.cols());
        if (xs.size() < min_points || ys.size() < min_points)
            msg << "; give at least " << min_points << " points along each axis";
        throw DimensionError(msg.str());
    }
    require_increasing(what, "xs", xs);
    require_increasing(what, "ys", ys);
    for (std::size_t i = 0; i < Z.rows(); ++i)
        for (std::size_t j = 0; j < Z.cols(); ++j)
            if (std::isinf(Z(i, j))) {
                std::ostringstream msg;
                msg << what << ": Z(" << i << ", " << j << ") = " << Z(i, j)
                    << " — a grid value must be finite, or NaN to leave that point blank";
                throw DomainError(msg.str());
            }
}

}  // namespace mml
