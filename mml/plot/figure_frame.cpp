// mml/plot/figure_frame.cpp — drawing a Figure, step 4: the frame, ticks and labels, the title,
// the colour bar and the legend.
//
// The legend's "best" place is the corner of the plot area that covers the fewest data points
// (counted in pixels), so it hides as little of the data as it can; ties go to the top right.
#include "mml/plot/figure_renderer.hpp"

#include "mml/plot/text_layout.hpp"

#include <algorithm>
#include <cmath>

namespace mml {

namespace {

// Whether a tick value lies on the axis (a fixed tick may not), allowing for rounding.
bool on_axis(const Axis& a, double v) {
    const double t = a.transform(v), lo = a.transform(a.lo), hi = a.transform(a.hi);
    const double slack = 1e-9 * (hi - lo);
    return t >= lo - slack && t <= hi + slack;
}

void line(XmlWriter& out, double x1, double y1, double x2, double y2, const std::string& stroke, double width) {
    out.leaf("line", {{"x1", coordinate(x1)}, {"y1", coordinate(y1)}, {"x2", coordinate(x2)}, {"y2", coordinate(y2)},
                      {"stroke", stroke}, {"stroke-width", coordinate(width)}});
}

void label(XmlWriter& out, double x, double y, const std::string& text, const char* anchor, double size,
           const std::string& extra_name = "", const std::string& extra_value = "") {
    Attributes a{{"x", coordinate(x)}, {"y", coordinate(y)}, {"text-anchor", anchor}, {"font-size", coordinate(size)},
                 {"fill", ink}};
    if (!extra_name.empty()) a.emplace_back(extra_name, extra_value);
    out.element("text", a, text);
}

// Text turned to read upwards, its baseline at x (so the letters stand to the left of x), centred on y.
void vertical_label(XmlWriter& out, double x, double y, const std::string& text) {
    std::string rotate = "rotate(-90 ";
    rotate += coordinate(x) + " " + coordinate(y) + ")";
    label(out, x, y, text, "middle", label_font, "transform", rotate);
}

}  // namespace

void FigureRenderer::draw_background(XmlWriter& out) const {
    out.leaf("rect", {{"width", coordinate(width)}, {"height", coordinate(height)}, {"fill", "white"}});
    if (!fig.axes_) return;
    for (const double v : x_ticks.values)
        if (on_axis(x, v)) line(out, left + x.to_pixel(v), top, left + x.to_pixel(v), top + plot_height(), "#e6e6e6", 1.0);
    for (const double v : y_ticks.values)
        if (on_axis(y, v)) line(out, left, top + y.to_pixel(v), left + plot_width(), top + y.to_pixel(v), "#e6e6e6", 1.0);
}

void FigureRenderer::draw_frame(XmlWriter& out) const {
    const double pw = plot_width(), ph = plot_height();
    if (fig.axes_) {
        out.leaf("rect", {{"x", coordinate(left)}, {"y", coordinate(top)}, {"width", coordinate(pw)},
                          {"height", coordinate(ph)}, {"fill", "none"}, {"stroke", frame_ink}});
        for (std::size_t k = 0; k < x_ticks.values.size(); ++k) {
            if (!on_axis(x, x_ticks.values[k])) continue;
            const double px = left + x.to_pixel(x_ticks.values[k]);
            line(out, px, top + ph, px, top + ph + 5.0, frame_ink, 1.0);
            label(out, px, top + ph + 8.0 + 0.8 * tick_font, x_ticks.labels[k], "middle", tick_font);
        }
        for (std::size_t k = 0; k < y_ticks.values.size(); ++k) {
            if (!on_axis(y, y_ticks.values[k])) continue;
            const double py = top + y.to_pixel(y_ticks.values[k]);
            line(out, left - 5.0, py, left, py, frame_ink, 1.0);
            label(out, left - 8.0, py + 0.35 * tick_font, y_ticks.labels[k], "end", tick_font);
        }
        if (!fig.x_label_.empty())
            label(out, left + 0.5 * pw, top + ph + 9.0 + tick_font + 8.0 + 0.8 * label_font, fig.x_label_, "middle", label_font);
        if (!fig.y_label_.empty()) vertical_label(out, y_label_x, top + 0.5 * ph, fig.y_label_);
    } else {  // no axes (an image): a light frame keeps a white picture apart from the page
        out.leaf("rect", {{"x", coordinate(left)}, {"y", coordinate(top)}, {"width", coordinate(pw)},
                          {"height", coordinate(ph)}, {"fill", "none"}, {"stroke", "#bbbbbb"}});
    }
    for (std::size_t i = 0; i < title_lines.size(); ++i)
        label(out, 0.5 * width, 10.0 + 0.85 * title_font + 19.0 * static_cast<double>(i), title_lines[i], "middle",
              title_font, "font-weight", "bold");
}

// A strip of 64 colours from the bottom (the low end) to the top, framed, with ticks on its right.
void FigureRenderer::draw_colorbar(XmlWriter& out) const {
    if (colorbar == nullptr) return;
    const double x0 = left + plot_width() + 12.0, bar = 14.0, ph = plot_height();
    const int strips = 64;
    out.open("g", {{"shape-rendering", "crispEdges"}});
    for (int k = 0; k < strips; ++k) {
        const double t0 = k / double(strips), t1 = (k + 1) / double(strips);
        // Each strip reaches half a pixel into the next, so no hairline gaps show between them.
        out.leaf("rect", {{"x", coordinate(x0)}, {"y", coordinate(top + ph * (1.0 - t1))}, {"width", coordinate(bar)},
                          {"height", coordinate(ph * (t1 - t0) + (k + 1 < strips ? 0.5 : 0.0))},
                          {"fill", colorbar->colors.map.at(0.5 * (t0 + t1)).hex()}});
    }
    out.close();
    out.leaf("rect", {{"x", coordinate(x0)}, {"y", coordinate(top)}, {"width", coordinate(bar)}, {"height", coordinate(ph)},
                      {"fill", "none"}, {"stroke", frame_ink}});
    const Axis a = colorbar_axis(*colorbar, top, ph);
    const Ticks ticks = choose_ticks(a, false, tick_font);
    double widest = 0.0;
    for (std::size_t k = 0; k < ticks.values.size(); ++k) {
        const double py = a.to_pixel(ticks.values[k]);
        line(out, x0 + bar, py, x0 + bar + 4.0, py, frame_ink, 1.0);
        label(out, x0 + bar + 7.0, py + 0.35 * tick_font, ticks.labels[k], "start", tick_font);
        widest = std::max(widest, text_width(ticks.labels[k], tick_font));
    }
    if (!colorbar->colors.label.empty())
        vertical_label(out, x0 + bar + 7.0 + widest + 8.0 + 0.8 * label_font, top + 0.5 * ph, colorbar->colors.label);
}

// An entry: a 28 px symbol, a 6 px gap, the label; in a row, 18 px more before the next entry.
double FigureRenderer::legend_entry_width(const Series& s) const { return 34.0 + text_width(s.style.label, tick_font) + 18.0; }

std::pair<double, double> FigureRenderer::legend_size() const {
    double widest = 0.0;
    for (const Series* s : legend_entries) widest = std::max(widest, text_width(s->style.label, tick_font));
    return {8.0 + 34.0 + widest + 8.0, 8.0 + 18.0 * static_cast<double>(legend_entries.size())};
}

// How much data a box (x0, y0, w, h) in plot-area pixels would hide: the points of lines and
// scatter plots, and points every 8 px along straight pieces (a line with two far-apart vertices
// still crosses what lies between them), and for bars, bands and grids the area they share with
// the box, one point per 64 px².
int FigureRenderer::points_covered(double x0, double y0, double w, double h) const {
    int covered = 0;
    auto inside = [&](double px, double py) { return px >= x0 - 3.0 && px <= x0 + w + 3.0 && py >= y0 - 3.0 && py <= y0 + h + 3.0; };
    auto segment = [&](double xa, double ya, double xb, double yb) {  // data coordinates
        const double pa = x.to_pixel(xa), qa = y.to_pixel(ya), pb = x.to_pixel(xb), qb = y.to_pixel(yb);
        if (std::isnan(pa + qa + pb + qb)) return;
        const int steps = 1 + static_cast<int>(std::min(std::hypot(pb - pa, qb - qa), 4000.0) / 8.0);
        for (int k = 0; k <= steps; ++k) {
            const double t = static_cast<double>(k) / steps;
            if (inside(pa + t * (pb - pa), qa + t * (qb - qa))) ++covered;
        }
    };
    auto area = [&](double xa, double ya, double xb, double yb) {  // a rectangle in data coordinates
        const double pa = x.to_pixel(xa), pb = x.to_pixel(xb), qa = y.to_pixel(ya), qb = y.to_pixel(yb);
        const double dx = std::min({std::max(pa, pb), x0 + w}) - std::max({std::min(pa, pb), x0});
        const double dy = std::min({std::max(qa, qb), y0 + h}) - std::max({std::min(qa, qb), y0});
        if (dx > 0.0 && dy > 0.0) covered += static_cast<int>(std::ceil(dx * dy / 64.0));
    };
    for (const Series& s : fig.series_) {
        switch (s.kind) {
            case SeriesKind::scatter:
                for (std::size_t i = 0; i < s.x.size(); ++i)
                    if (inside(x.to_pixel(s.x[i]), y.to_pixel(s.y[i]))) ++covered;
                break;
            case SeriesKind::line:
                for (std::size_t i = 0; i + 1 < s.x.size(); ++i) segment(s.x[i], s.y[i], s.x[i + 1], s.y[i + 1]);
                break;
            case SeriesKind::arrow: segment(s.x[0], s.y[0], s.x[1], s.y[1]); break;
            case SeriesKind::hline: segment(x.lo, s.y[0], x.hi, s.y[0]); break;
            case SeriesKind::vline: segment(s.x[0], y.lo, s.x[0], y.hi); break;
            case SeriesKind::contour:
                for (const Segment& seg : s.segments) segment(seg.a.x, seg.a.y, seg.b.x, seg.b.y);
                break;
            case SeriesKind::bars:
                for (std::size_t i = 0; i < s.x.size(); ++i)
                    if (!std::isnan(s.y[i])) area(s.x[i], y.scale == Scale::log ? y.lo : 0.0, s.x2[i], s.y[i]);
                break;
            case SeriesKind::band:
                for (std::size_t i = 0; i + 1 < s.x.size(); ++i) area(s.x[i], s.y[i], s.x[i + 1], s.y2[i]);
                break;
            case SeriesKind::heatmap:
            case SeriesKind::regions: area(s.xs[0], s.ys[0], s.xs[s.xs.size() - 1], s.ys[s.ys.size() - 1]); break;
            case SeriesKind::text: covered += inside(x.to_pixel(s.x[0]), y.to_pixel(s.y[0])) ? 20 : 0; break;
        }
    }
    return covered;
}

// The legend goes where asked; "best" tries the four corners and the middles of the four sides,
// and takes the first that hides nothing — or, when every one of them would hide some data, a
// row above the plot.
void FigureRenderer::place_legend() {
    legend_above = fig.legend_ == LegendPosition::above;
    auto at = [this](double fx, double fy) {
        legend_fx = fx;
        legend_fy = fy;
    };
    switch (fig.legend_) {
        case LegendPosition::top_left: at(0.0, 0.0); return;
        case LegendPosition::top_right: at(1.0, 0.0); return;
        case LegendPosition::bottom_left: at(0.0, 1.0); return;
        case LegendPosition::bottom_right: at(1.0, 1.0); return;
        case LegendPosition::above:
        case LegendPosition::none: return;
        case LegendPosition::best: break;
    }
    if (legend_entries.empty()) return;
    const auto [w, h] = legend_size();
    const double m = 8.0, room_x = plot_width() - w - 2.0 * m, room_y = plot_height() - h - 2.0 * m;
    const double places[8][2] = {{1, 0}, {0, 0}, {1, 1}, {0, 1}, {0.5, 0}, {0.5, 1}, {0, 0.5}, {1, 0.5}};
    if (room_x >= 0.0 && room_y >= 0.0)
        for (const auto& place : places)
            if (points_covered(m + place[0] * room_x, m + place[1] * room_y, w, h) == 0) {
                at(place[0], place[1]);
                return;
            }
    legend_above = true;
}

// The symbol (a patch for bars and bands, a stretch of line, and the marker if there is one)
// from x0 to x0 + 28, and the label after it, centred on the height cy.
void FigureRenderer::draw_legend_entry(XmlWriter& out, const Series& s, double x0, double cy) const {
    const Color c = color_of(s);
    if (s.kind == SeriesKind::bars || s.kind == SeriesKind::band) {
        out.leaf("rect", {{"x", coordinate(x0 + 4.0)}, {"y", coordinate(cy - 6.0)}, {"width", "20"}, {"height", "12"},
                          {"fill", c.hex()}, {"fill-opacity", s.kind == SeriesKind::bars ? "0.55" : "0.3"},
                          {"stroke", c.hex()}, {"stroke-width", s.kind == SeriesKind::bars ? "1" : "0"}});
    } else if (s.kind != SeriesKind::scatter) {
        const double w = std::min(line_width(s), 3.0);
        Attributes a{{"x1", coordinate(x0)}, {"y1", coordinate(cy)}, {"x2", coordinate(x0 + 28.0)}, {"y2", coordinate(cy)},
                     {"stroke", c.hex()}, {"stroke-width", coordinate(w)}, {"stroke-linecap", "round"}};
        const std::string dashes = dash_array(dash_of(s), w);
        if (!dashes.empty()) a.emplace_back("stroke-dasharray", dashes);
        out.leaf("line", a);
    }
    if (marker_of(s) != Marker::none) draw_marker(out, marker_of(s), x0 + 14.0, cy, s.style.marker_size, c, 1.0);
    label(out, x0 + 34.0, cy + 0.35 * tick_font, s.style.label, "start", tick_font);
}

void FigureRenderer::draw_legend(XmlWriter& out) const {
    if (legend_entries.empty() || fig.legend_ == LegendPosition::none) return;
    out.open("g", {{"class", "legend"}});
    if (legend_above) {
        for (std::size_t i = 0; i < legend_entries.size(); ++i)
            draw_legend_entry(out, *legend_entries[i], legend_row[i].x, legend_row[i].y);
    } else {
        const auto [w, h] = legend_size();
        const double m = 8.0;
        const double x0 = left + m + legend_fx * (plot_width() - w - 2.0 * m);
        const double y0 = top + m + legend_fy * (plot_height() - h - 2.0 * m);
        out.leaf("rect", {{"x", coordinate(x0)}, {"y", coordinate(y0)}, {"width", coordinate(w)}, {"height", coordinate(h)},
                          {"rx", "3"}, {"fill", "white"}, {"fill-opacity", "0.88"}, {"stroke", "#bbbbbb"}});
        for (std::size_t i = 0; i < legend_entries.size(); ++i)
            draw_legend_entry(out, *legend_entries[i], x0 + 8.0, y0 + 13.0 + 18.0 * static_cast<double>(i));
    }
    out.close();
}

}  // namespace mml
