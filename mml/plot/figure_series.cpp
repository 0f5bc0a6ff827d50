// mml/plot/figure_series.cpp — Figure's data methods: each checks its input (typed errors that
// name the series and say what would fix it) and stores one Series.
#include "mml/plot/figure.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"
#include "mml/plot/contour.hpp"
#include "mml/plot/number_format.hpp"
#include "mml/plot/sampling.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <set>
#include <sstream>

namespace mml {

namespace {

// Builds "figure 'T': line 'L'" — called only when a check fails, so valid input pays nothing.
using Namer = std::function<std::string()>;

void require_points(const Namer& name, const Vector& x) {
    if (x.empty()) throw DimensionError(name() + ": has no points — give at least one (x, y) pair");
}

void require_same_length(const Namer& name, const Vector& a, const char* a_name, const Vector& b, const char* b_name) {
    if (a.size() != b.size()) {
        std::ostringstream msg;
        msg << name() << ": " << a_name << " has " << a.size() << " entries but " << b_name << " has " << b.size()
            << " — give one " << b_name << " per " << a_name;
        throw DimensionError(msg.str());
    }
}

// ±∞ cannot be drawn; NaN can (as a gap), so only infinity is an error.
void require_no_infinity(const Namer& name, const Vector& v, const char* v_name) {
    for (std::size_t i = 0; i < v.size(); ++i)
        if (std::isinf(v[i])) {
            std::ostringstream msg;
            msg << name() << ": " << v_name << "[" << i << "] is " << v[i]
                << " — infinity cannot be drawn; replace it by NaN to leave a gap, or drop the point";
            throw DomainError(msg.str());
        }
}

void require_finite_value(const Namer& name, double v, const char* what) {
    if (!std::isfinite(v)) {
        std::ostringstream msg;
        msg << name() << ": " << what << " is " << v << " — it must be a finite number";
        throw DomainError(msg.str());
    }
}

// The palette slot of a class label (the README's conventions): labels 0 … K−1 use themselves;
// the binary labels ±1 use slot 0 for −1 and slot 1 for +1.
std::size_t class_slot(double label, const Namer& name) {
    if (label == -1.0) return 0;
    if (!(label >= 0.0) || label != std::floor(label) || label > 1e6) {
        std::ostringstream msg;
        msg << name() << ": class label " << label << " — class labels are integers 0 … K−1, or −1 and +1";
        throw DomainError(msg.str());
    }
    return static_cast<std::size_t>(label);
}

// A new series of this kind and style. (The fields are set one by one: GCC 12 reports false
// "may be used uninitialized" warnings for designated initialisers of this struct.)
Series new_series(SeriesKind kind, const Style& style = {}) {
    Series s;
    s.kind = kind;
    s.style = style;
    return s;
}

// The series of a line or a scatter plot, after the checks both make: as many x as y, at least
// one point, no ±∞.
Series points_series(SeriesKind kind, const Vector& x, const Vector& y, const Style& style, const Namer& name) {
    require_same_length(name, x, "x", y, "y");
    require_points(name, x);
    require_no_infinity(name, x, "x");
    require_no_infinity(name, y, "y");
    Series s = new_series(kind, style);
    s.x = x;
    s.y = y;
    return s;
}

}  // namespace

// ---- data ----
Figure& Figure::line(const Vector& x, const Vector& y, const Style& style) {
    add(points_series(SeriesKind::line, x, y, style, [&] { return describe(SeriesKind::line, style.label); }));
    return *this;
}

Figure& Figure::line(const Vector& y, const Style& style) {
    Vector index(y.size());
    for (std::size_t i = 0; i < y.size(); ++i) index[i] = static_cast<double>(i);
    return line(index, y, style);
}

Figure& Figure::path(const std::vector<Vector>& points, const Style& style) {
    Vector x(points.size()), y(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (points[i].size() != 2)
            throw DimensionError(describe(SeriesKind::line, style.label) + ": point " + std::to_string(i) + " has " +
                                 std::to_string(points[i].size()) + " coordinates — a path in the plane needs 2 (x, y)");
        x[i] = points[i][0];
        y[i] = points[i][1];
    }
    return line(x, y, style);
}

Figure& Figure::scatter(const Vector& x, const Vector& y, const Style& style) {
    add(points_series(SeriesKind::scatter, x, y, style, [&] { return describe(SeriesKind::scatter, style.label); }));
    return *this;
}

Figure& Figure::scatter_classes(const Vector& x, const Vector& y, const std::vector<int>& classes,
                                const std::vector<std::string>& names) {
    const Namer name = [&] { return describe(SeriesKind::scatter, "classes"); };
    require_same_length(name, x, "x", y, "y");
    require_points(name, x);
    if (classes.size() != x.size())
        throw DimensionError(name() + ": " + std::to_string(x.size()) + " points but " + std::to_string(classes.size()) +
                             " class labels — give one label per point");
    std::set<int> labels(classes.begin(), classes.end());
    for (const int label : labels) {
        std::vector<double> cx, cy;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (classes[i] == label) {
                cx.push_back(x[i]);
                cy.push_back(y[i]);
            }
        const std::size_t slot = class_slot(label, name);
        const std::string legend = slot < names.size() ? names[slot] : std::string("class ") + format_number(label);
        scatter(Vector(cx), Vector(cy), {.label = legend, .slot = slot});
    }
    return *this;
}

Figure& Figure::bars(const Vector& x, const Vector& heights, const Style& style) {
    const Namer name = [&] { return describe(SeriesKind::bars, style.label); };
    require_same_length(name, x, "x", heights, "heights");
    require_points(name, x);
    require_finite(describe(SeriesKind::bars, style.label) + ": x", x);
    require_no_infinity(name, heights, "heights");
    std::vector<double> sorted(x.begin(), x.end());
    std::sort(sorted.begin(), sorted.end());
    double spacing = 1.0;  // a single bar is one unit wide
    for (std::size_t k = 1; k < sorted.size(); ++k)
        if (sorted[k] > sorted[k - 1]) spacing = std::min(k == 1 ? sorted[1] - sorted[0] : spacing, sorted[k] - sorted[k - 1]);
    Series s = new_series(SeriesKind::bars, style);
    s.x = x - Vector(x.size(), 0.4 * spacing);
    s.x2 = x + Vector(x.size(), 0.4 * spacing);
    s.y = heights;
    add(std::move(s));
    return *this;
}

Figure& Figure::histogram(const Vector& samples, const Style& style, const HistogramOptions& options) {
    Histogram h;
    try {
        h = make_histogram(samples, options);
    } catch (const DimensionError& e) {  // name the series in the message
        throw DimensionError(describe(SeriesKind::bars, style.label) + ": " + e.what());
    } catch (const DomainError& e) {
        throw DomainError(describe(SeriesKind::bars, style.label) + ": " + e.what());
    }
    const std::size_t bins = h.heights.size();
    Series s = new_series(SeriesKind::bars, style);
    s.x = Vector(bins);
    s.x2 = Vector(bins);
    s.y = h.heights;
    for (std::size_t k = 0; k < bins; ++k) {
        s.x[k] = h.edges[k];
        s.x2[k] = h.edges[k + 1];
    }
    add(std::move(s));
    return *this;
}

Figure& Figure::band(const Vector& x, const Vector& lower, const Vector& upper, const Style& style) {
    const Namer name = [&] { return describe(SeriesKind::band, style.label); };
    require_same_length(name, x, "x", lower, "lower");
    require_same_length(name, x, "x", upper, "upper");
    require_points(name, x);
    require_no_infinity(name, x, "x");
    require_no_infinity(name, lower, "lower");
    require_no_infinity(name, upper, "upper");
    Series s = new_series(SeriesKind::band, style);
    s.x = x;
    s.y = lower;
    s.y2 = upper;
    add(std::move(s));
    return *this;
}

Figure& Figure::contour(const Vector& xs, const Vector& ys, const Matrix& Z, const Vector& levels, const Style& style) {
    const std::string name = describe(SeriesKind::contour, style.label);
    require_grid(name, xs, ys, Z, 2);
    if (levels.empty()) throw DimensionError(name + ": no levels — give the values c of the lines f = c to draw");
    require_finite(name + ": levels", levels);
    Series s = new_series(SeriesKind::contour, style);
    for (const double c : levels) {
        const std::vector<Segment> pieces = contour_segments(xs, ys, Z, c);
        s.segments.insert(s.segments.end(), pieces.begin(), pieces.end());
    }
    s.xs = xs;
    s.ys = ys;
    add(std::move(s));
    return *this;
}

// The colour range of a heatmap: the one given, or the data's (symmetric about 0 for a
// diverging map), widened when every value is the same.
static ColorScale resolve_colors(const Matrix& Z, ColorScale colors) {
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (std::size_t k = 0; k < Z.rows() * Z.cols(); ++k)
        if (!std::isnan(Z.data()[k])) {
            lo = std::min(lo, Z.data()[k]);
            hi = std::max(hi, Z.data()[k]);
        }
    if (colors.map.is_diverging() && lo <= hi) {
        hi = std::max(std::abs(lo), std::abs(hi));
        lo = -hi;
    }
    const Range r = lo < hi ? Range{lo, hi} : axis_range(lo, hi, Scale::linear, false);
    if (!colors.lo) colors.lo = r.lo;
    if (!colors.hi) colors.hi = r.hi;
    if (!(*colors.lo < *colors.hi) || !std::isfinite(*colors.lo) || !std::isfinite(*colors.hi)) {
        std::ostringstream msg;
        msg << "heatmap: the colour scale runs from " << *colors.lo << " to " << *colors.hi
            << " — give ColorScale{.lo, .hi} finite with lo < hi";
        throw DomainError(msg.str());
    }
    return colors;
}

Figure& Figure::heatmap(const Vector& xs, const Vector& ys, const Matrix& Z, const ColorScale& colors) {
    require_grid(describe(SeriesKind::heatmap, colors.label), xs, ys, Z, 1);
    Series s = new_series(SeriesKind::heatmap);
    s.xs = xs;
    s.ys = ys;
    s.Z = Z;
    s.colors = resolve_colors(Z, colors);
    add(std::move(s));
    return *this;
}

Figure& Figure::image(const Matrix& A, const ColorScale& colors) {
    const std::string name = describe(SeriesKind::heatmap, colors.label);
    if (A.empty()) throw DimensionError(name + ": the matrix is empty (" + shape_string(A.rows(), A.cols()) + ") — nothing to draw");
    Vector columns(A.cols()), rows(A.rows());
    for (std::size_t j = 0; j < A.cols(); ++j) columns[j] = static_cast<double>(j);
    for (std::size_t i = 0; i < A.rows(); ++i) rows[i] = static_cast<double>(i);
    heatmap(columns, rows, A, colors);
    y_down_ = equal_aspect_ = integer_x_ = integer_y_ = true;  // row 0 on top, square cells, whole indices
    return *this;
}

Figure& Figure::class_regions(const Vector& xs, const Vector& ys, const Matrix& classes) {
    const std::string label = "regions";
    const Namer name = [&] { return describe(SeriesKind::regions, label); };
    require_grid(name(), xs, ys, classes, 1);
    Matrix slots(classes.rows(), classes.cols());
    for (std::size_t i = 0; i < classes.rows(); ++i)
        for (std::size_t j = 0; j < classes.cols(); ++j)
            slots(i, j) = std::isnan(classes(i, j)) ? std::numeric_limits<double>::quiet_NaN()  // a blank cell
                                                    : static_cast<double>(class_slot(classes(i, j), name));
    Series s = new_series(SeriesKind::regions);
    s.xs = xs;
    s.ys = ys;
    s.Z = std::move(slots);
    add(std::move(s));
    return *this;
}

Figure& Figure::arrow(double x0, double y0, double x1, double y1, const Style& style) {
    const Namer name = [&] { return describe(SeriesKind::arrow, style.label); };
    require_finite_value(name, x0, "x0");
    require_finite_value(name, y0, "y0");
    require_finite_value(name, x1, "x1");
    require_finite_value(name, y1, "y1");
    Series s = new_series(SeriesKind::arrow, style);
    s.x = Vector{x0, x1};
    s.y = Vector{y0, y1};
    add(std::move(s));
    return *this;
}

Figure& Figure::text(double x, double y, std::string text, TextAnchor anchor) {
    const Namer name = [&] { return describe(SeriesKind::text, text); };
    require_finite_value(name, x, "x");
    require_finite_value(name, y, "y");
    Series s = new_series(SeriesKind::text);
    s.x = Vector{x};
    s.y = Vector{y};
    s.text = std::move(text);
    s.anchor = anchor;
    add(std::move(s));
    return *this;
}

Figure& Figure::hline(double y, const Style& style) {
    require_finite_value([&] { return describe(SeriesKind::hline, style.label); }, y, "y");
    Series s = new_series(SeriesKind::hline, style);
    s.y = Vector{y};
    add(std::move(s));
    return *this;
}

Figure& Figure::vline(double x, const Style& style) {
    require_finite_value([&] { return describe(SeriesKind::vline, style.label); }, x, "x");
    Series s = new_series(SeriesKind::vline, style);
    s.x = Vector{x};
    add(std::move(s));
    return *this;
}

}  // namespace mml
