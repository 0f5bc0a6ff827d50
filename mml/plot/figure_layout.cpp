// mml/plot/figure_layout.cpp — drawing a Figure, steps 1 and 2: the axes' ranges and the layout.
//
// Ranges: the data's extent on each axis, padded by 4 % (axis.hpp), except that a figure with
// a grid (contour, heatmap, image, class regions) shows exactly the grid and the data over it,
// without padding — the grid is the picture's natural frame. A range fixed with x_range/y_range
// wins over both.
#include "mml/plot/figure_renderer.hpp"

#include "mml/core/error.hpp"
#include "mml/plot/text_layout.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <functional>
#include <sstream>

namespace mml {

namespace {

// The smallest interval holding the values seen (lo > hi while empty); NaN is not seen.
struct Extent {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    void include(double v) {
        if (std::isnan(v)) return;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    void include(const Extent& e) {
        include(e.lo);
        include(e.hi);
    }
};

bool is_grid(SeriesKind kind) {
    return kind == SeriesKind::contour || kind == SeriesKind::heatmap || kind == SeriesKind::regions;
}

}  // namespace

std::vector<double> cell_edges(const Vector& v, Scale scale) {
    const std::size_t n = v.size();
    auto to = [scale](double a) { return scale == Scale::log ? std::log10(a) : a; };
    auto from = [scale](double t) { return scale == Scale::log ? std::pow(10.0, t) : t; };
    std::vector<double> edges(n + 1);
    if (n == 1) {
        edges = {from(to(v[0]) - 0.5), from(to(v[0]) + 0.5)};
        return edges;
    }
    for (std::size_t k = 1; k < n; ++k) edges[k] = from(0.5 * (to(v[k - 1]) + to(v[k])));
    edges[0] = from(to(v[0]) - 0.5 * (to(v[1]) - to(v[0])));
    edges[n] = from(to(v[n - 1]) + 0.5 * (to(v[n - 1]) - to(v[n - 2])));
    return edges;
}

// Every value series s puts on an axis, in turn: visit(on_x, value, name of the entry, index).
// Points that are not drawn (a NaN coordinate) put nothing.
void FigureRenderer::values_on_axes(const Series& s, const AxisVisitor& visit) const {
    switch (s.kind) {
        case SeriesKind::line:
        case SeriesKind::scatter:
        case SeriesKind::band:
            for (std::size_t i = 0; i < s.x.size(); ++i) {
                const bool band = s.kind == SeriesKind::band;
                if (std::isnan(s.x[i]) || std::isnan(s.y[i]) || (band && std::isnan(s.y2[i]))) continue;
                visit(true, s.x[i], "x", i);
                visit(false, s.y[i], band ? "lower" : "y", i);
                if (band) visit(false, s.y2[i], "upper", i);
            }
            break;
        case SeriesKind::bars:
            for (std::size_t i = 0; i < s.x.size(); ++i) {
                if (std::isnan(s.y[i])) continue;
                visit(true, s.x[i], "x (bar edge)", i);
                visit(true, s.x2[i], "x (bar edge)", i);
                visit(false, s.y[i], "heights", i);
            }
            break;
        case SeriesKind::contour:  // the grid's corners; a heatmap's cells reach half a cell further
        case SeriesKind::heatmap:
        case SeriesKind::regions: {
            visit(true, s.xs[0], "xs", 0);  // the grid increases: its first values are its least
            visit(false, s.ys[0], "ys", 0);
            const bool cells = s.kind != SeriesKind::contour;
            const std::vector<double> ex = cells ? cell_edges(s.xs, fig.x_scale_) : std::vector<double>{s.xs[0], s.xs[s.xs.size() - 1]};
            const std::vector<double> ey = cells ? cell_edges(s.ys, fig.y_scale_) : std::vector<double>{s.ys[0], s.ys[s.ys.size() - 1]};
            visit(true, ex.front(), "xs", 0);
            visit(true, ex.back(), "xs", s.xs.size() - 1);
            visit(false, ey.front(), "ys", 0);
            visit(false, ey.back(), "ys", s.ys.size() - 1);
            break;
        }
        case SeriesKind::arrow:
        case SeriesKind::text:
            for (std::size_t i = 0; i < s.x.size(); ++i) {
                visit(true, s.x[i], "x", i);
                visit(false, s.y[i], "y", i);
            }
            break;
        case SeriesKind::hline: visit(false, s.y[0], "y", 0); break;
        case SeriesKind::vline: visit(true, s.x[0], "x", 0); break;
    }
}

// The range an axis shows: the fixed one; else the data's, padded; or, with a grid, the union of
// the grid and the data, unpadded.
static Range shown_range(const std::string& title, const std::optional<Range>& fixed, Scale scale, Extent data,
                         const Extent& grid, bool zero_baseline) {
    if (fixed) {
        if (scale == Scale::log && fixed->lo <= 0.0) {
            std::ostringstream msg;
            msg << "figure '" << title << "': the fixed range [" << fixed->lo << ", " << fixed->hi
                << "] of a logarithmic axis includes values ≤ 0 — give a range with lo > 0";
            throw DomainError(msg.str());
        }
        return *fixed;
    }
    if (grid.lo > grid.hi) return axis_range(data.lo, data.hi, scale, zero_baseline);
    data.include(grid);
    return Range{data.lo, data.hi};
}

// Step 1. Every value goes through `put`, which also checks that a log axis sees only positive
// values, and names the series and the entry when it does not.
void FigureRenderer::set_ranges() {
    Extent data_x, data_y, grid_x, grid_y;
    bool baseline = false;  // bars stand on y = 0, so 0 belongs to a linear y range
    for (std::size_t k = 0; k < fig.series_.size(); ++k) {
        const Series& s = fig.series_[k];
        const bool grid = is_grid(s.kind);
        values_on_axes(s, [&](bool on_x, double v, const char* name, std::size_t i) {
            if ((on_x ? fig.x_scale_ : fig.y_scale_) == Scale::log && v <= 0.0) {
                std::ostringstream msg;
                msg << fig.describe(s.kind, s.style.label, k) << ": " << name << "[" << i << "] = " << v << " on a logarithmic "
                    << (on_x ? "x" : "y") << " axis — a log scale shows only positive values; plot a positive quantity "
                    << "(|error|, or add a small offset), set the value to NaN to leave it out, or use a linear scale";
                throw DomainError(msg.str());
            }
            (on_x ? (grid ? grid_x : data_x) : (grid ? grid_y : data_y)).include(v);
        });
        if (s.kind == SeriesKind::bars && fig.y_scale_ == Scale::linear) {
            baseline = true;
            data_y.include(0.0);
        }
    }
    const Range rx = shown_range(fig.title_, fig.x_range_, fig.x_scale_, data_x, grid_x, false);
    const Range ry = shown_range(fig.title_, fig.y_range_, fig.y_scale_, data_y, grid_y, baseline);
    x = Axis{fig.x_scale_, rx.lo, rx.hi, 0.0, 1.0};
    y = Axis{fig.y_scale_, ry.lo, ry.hi, 1.0, 0.0};
}

// The widest of the labels, in px.
static double widest(const std::vector<std::string>& labels, double font) {
    double w = 0.0;
    for (const std::string& label : labels) w = std::max(w, text_width(label, font));
    return w;
}

Axis colorbar_axis(const Series& s, double top, double height) {
    return Axis{Scale::linear, *s.colors.lo, *s.colors.hi, top + height, top};
}

// Step 2. See figure_renderer.hpp for the order of the decisions.
void FigureRenderer::set_layout() {
    if (!fig.title_.empty()) title_lines = wrap_text(fig.title_, title_font, width - 24.0);
    for (const Series& s : fig.series_) {
        if (s.kind == SeriesKind::heatmap && s.colors.colorbar) colorbar = &s;  // the last one
        const bool has_symbol = s.kind != SeriesKind::text && s.kind != SeriesKind::heatmap && s.kind != SeriesKind::regions;
        if (!s.style.label.empty() && has_symbol) legend_entries.push_back(&s);
    }
    const bool above = fig.legend_ == LegendPosition::above && !legend_entries.empty();
    lay_out(above);
    place_legend();
    if (legend_above && !above) lay_out(true);
}

// The legend's entries side by side from y = top down, wrapped into rows, each row centred.
void FigureRenderer::lay_out_legend_row() {
    std::size_t first = 0;
    while (first < legend_entries.size()) {
        std::size_t end = first;
        double row_width = 0.0;
        while (end < legend_entries.size() &&
               (end == first || row_width + legend_entry_width(*legend_entries[end]) <= width - 24.0))
            row_width += legend_entry_width(*legend_entries[end++]);
        double x0 = 0.5 * (width - row_width);
        for (std::size_t k = first; k < end; ++k) {
            legend_row.push_back({x0, top + 9.0});
            x0 += legend_entry_width(*legend_entries[k]);
        }
        top += 18.0;
        first = end;
    }
    top += 6.0;
}

// Equal aspect: shrink the longer side of the plot area (centring it) until one unit of x and
// one unit of y are the same number of pixels.
void FigureRenderer::fit_equal_aspect(double& pw, double& ph) {
    const double ux = (x.hi - x.lo) / pw, uy = (y.hi - y.lo) / ph;  // units per pixel
    if (ux > uy) {
        const double shrunk = (y.hi - y.lo) / ux;
        top += 0.5 * (ph - shrunk);
        ph = shrunk;
    } else {
        const double shrunk = (x.hi - x.lo) / uy;
        left += 0.5 * (pw - shrunk);
        pw = shrunk;
    }
}

void FigureRenderer::lay_out(bool legend_above_plot) {
    const bool axes = fig.axes_;
    top = title_lines.empty() ? 12.0 : 10.0 + 19.0 * static_cast<double>(title_lines.size()) + 8.0;
    legend_row.clear();
    if (legend_above_plot) lay_out_legend_row();
    const double bottom = axes ? 9.0 + tick_font + (fig.x_label_.empty() ? 8.0 : 16.0 + label_font) : 10.0;
    double ph = std::max(40.0, height - top - bottom);
    auto set_y_pixels = [&] {  // and the y ticks, which depend on them
        y.pixel_lo = fig.y_down_ ? 0.0 : ph;
        y.pixel_hi = fig.y_down_ ? ph : 0.0;
        y_ticks = fig.y_ticks_ ? *fig.y_ticks_ : choose_ticks(y, false, tick_font, fig.integer_y_ ? 1.0 : 0.0);
    };
    set_y_pixels();

    double right = 16.0;
    if (colorbar) {
        const Ticks t = choose_ticks(colorbar_axis(*colorbar, 0.0, ph), false, tick_font);
        right += 12.0 + 14.0 + 8.0 + widest(t.labels, tick_font) + (colorbar->colors.label.empty() ? 0.0 : 8.0 + label_font);
    }
    const double label_room = fig.y_label_.empty() ? 0.0 : label_font + 10.0;
    left = axes ? 8.0 + label_room + widest(y_ticks.labels, tick_font) + 9.0 : 10.0;
    double pw = std::max(40.0, width - left - right);
    if (fig.equal_aspect_ && x.scale == Scale::linear && y.scale == Scale::linear) {
        fit_equal_aspect(pw, ph);
        set_y_pixels();
    }
    // The y label sits beside the widest tick label, wherever the plot area ended up.
    y_label_x = left - 9.0 - widest(y_ticks.labels, tick_font) - 10.0;
    x.pixel_lo = 0.0;
    x.pixel_hi = pw;
    x_ticks = fig.x_ticks_ ? *fig.x_ticks_ : choose_ticks(x, true, tick_font, fig.integer_x_ ? 1.0 : 0.0);
}

FigureRenderer::FigureRenderer(const Figure& figure, double w, double h) : fig(figure), width(w), height(h) {
    set_ranges();
    set_layout();
}

void Figure::draw(XmlWriter& out, double width, double height) const {
    const FigureRenderer r(*this, width, height);
    out.open("g", {{"font-family", font_family}});
    if (!title_.empty()) out.element("title", {}, title_);  // read out by screen readers, shown on hover
    r.draw_background(out);
    // A nested <svg> clips what it holds to its box: data outside a fixed range is cut at the frame.
    out.open("svg", {{"x", coordinate(r.left)},
                     {"y", coordinate(r.top)},
                     {"width", coordinate(r.plot_width())},
                     {"height", coordinate(r.plot_height())},
                     {"overflow", "hidden"}});
    for (const Series& s : series_)
        if (s.kind != SeriesKind::text) r.draw_series(out, s);
    out.close();
    r.draw_frame(out);
    // Text is not clipped (a label at the edge of the data would be cut in half), so it is drawn
    // on top, shifted to the plot area — if the point it labels is on the plot.
    out.open("g", {{"transform", "translate(" + coordinate(r.left) + " " + coordinate(r.top) + ")"}});
    for (const Series& s : series_) {
        if (s.kind != SeriesKind::text) continue;
        const double px = r.x.to_pixel(s.x[0]), py = r.y.to_pixel(s.y[0]);
        if (px >= -0.5 && px <= r.plot_width() + 0.5 && py >= -0.5 && py <= r.plot_height() + 0.5) r.draw_series(out, s);
    }
    out.close();
    r.draw_colorbar(out);
    r.draw_legend(out);
    out.close();
}

}  // namespace mml
