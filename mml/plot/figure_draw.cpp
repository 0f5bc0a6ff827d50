// mml/plot/figure_draw.cpp — drawing a Figure, step 3: each series, in plot-area pixels.
//
// Conventions of the drawing: a line is one path whose runs between NaNs each start with a move; filled
// markers have a thin white edge so overlapping points stay apart; bars and bands are filled
// with a see-through tint of their colour so what lies under them still shows; heatmap cells
// are rectangles with crisp edges (anti-aliasing would draw hairline seams between them), and
// neighbouring cells of the same colour in a row are merged into one rectangle.
#include "mml/plot/figure_renderer.hpp"

#include <cmath>

namespace mml {

namespace {

// Colours the palette does not use: dark grey for arrows and reference lines, a lighter grey for
// contour lines, which are usually the background the data are drawn on.
constexpr Color grey{0x44, 0x44, 0x44};
constexpr Color light_grey{0x80, 0x80, 0x80};

bool finite_point(double a, double b) { return !std::isnan(a) && !std::isnan(b); }

}  // namespace

Color FigureRenderer::color_of(const Series& s) const {
    if (s.style.color) return *s.style.color;
    if (s.uses_palette) return palette_color(s.slot);
    return s.kind == SeriesKind::contour ? light_grey : grey;
}

double FigureRenderer::line_width(const Series& s) const {
    if (s.style.width) return *s.style.width;
    switch (s.kind) {
        case SeriesKind::contour: return 1.0;
        case SeriesKind::bars: return 1.0;
        case SeriesKind::arrow: return 1.8;
        case SeriesKind::hline:
        case SeriesKind::vline: return 1.5;
        default: return 2.0;
    }
}

Dash FigureRenderer::dash_of(const Series& s) const {
    if (s.style.dash != Dash::automatic) return s.style.dash;
    if (s.kind == SeriesKind::line && s.uses_palette) return slot_dash(s.slot);
    if (s.kind == SeriesKind::hline || s.kind == SeriesKind::vline) return Dash::dashed;
    return Dash::solid;
}

Marker FigureRenderer::marker_of(const Series& s) const {
    if (s.style.marker == Marker::slot) return slot_marker(s.slot);
    if (s.style.marker != Marker::automatic) return s.style.marker;
    if (s.kind == SeriesKind::scatter) return s.uses_palette ? slot_marker(s.slot) : Marker::circle;
    return Marker::none;
}

// Filled shapes are scaled so that they look about as large as the circle of the same size.
void draw_marker(XmlWriter& out, Marker shape, double cx, double cy, double size, Color color, double opacity) {
    const double r = 0.5 * size;
    const std::string fill = color.hex(), alpha = coordinate(opacity);
    // A closed polygon through the points (cx + dx·r, cy + dy·r).
    auto polygon = [&](std::initializer_list<std::pair<double, double>> points) {
        PathData d;
        for (const auto& [dx, dy] : points) {
            if (d.empty()) d.move_to(cx + dx * r, cy + dy * r);
            else d.line_to(cx + dx * r, cy + dy * r);
        }
        d.close();
        out.leaf("path", {{"d", d.str()}, {"fill", fill}, {"fill-opacity", alpha}, {"stroke", "white"}, {"stroke-width", "0.6"}});
    };
    switch (shape) {
        case Marker::circle:
            out.leaf("circle", {{"cx", coordinate(cx)}, {"cy", coordinate(cy)}, {"r", coordinate(r)}, {"fill", fill},
                                {"fill-opacity", alpha}, {"stroke", "white"}, {"stroke-width", "0.6"}});
            break;
        case Marker::ring:  // drawn larger than a circle, so it goes around a marker of the same size
            out.leaf("circle", {{"cx", coordinate(cx)}, {"cy", coordinate(cy)}, {"r", coordinate(1.4 * r)}, {"fill", "none"},
                                {"stroke", fill}, {"stroke-opacity", alpha}, {"stroke-width", "1.8"}});
            break;
        case Marker::square: polygon({{-0.85, -0.85}, {0.85, -0.85}, {0.85, 0.85}, {-0.85, 0.85}}); break;
        case Marker::triangle: polygon({{0.0, -1.2}, {1.1, 0.75}, {-1.1, 0.75}}); break;
        case Marker::triangle_down: polygon({{0.0, 1.2}, {1.1, -0.75}, {-1.1, -0.75}}); break;
        case Marker::diamond: polygon({{0.0, -1.25}, {0.95, 0.0}, {0.0, 1.25}, {-0.95, 0.0}}); break;
        case Marker::plus:
        case Marker::cross: {  // strokes, not areas: drawn thicker
            PathData d;
            if (shape == Marker::plus) {
                const double a = 1.1 * r;
                d.move_to(cx - a, cy).line_to(cx + a, cy).move_to(cx, cy - a).line_to(cx, cy + a);
            } else {
                const double a = 0.85 * r;
                d.move_to(cx - a, cy - a).line_to(cx + a, cy + a).move_to(cx - a, cy + a).line_to(cx + a, cy - a);
            }
            out.leaf("path", {{"d", d.str()}, {"stroke", fill}, {"stroke-opacity", alpha}, {"stroke-width", "2.2"}, {"fill", "none"}});
            break;
        }
        case Marker::automatic:
        case Marker::slot:
        case Marker::none: break;
    }
}

namespace {

// Attributes of a stroked line in the series' colour, width and dash pattern.
Attributes stroke(const FigureRenderer& r, const Series& s) {
    Attributes a{{"fill", "none"}, {"stroke", r.color_of(s).hex()}, {"stroke-width", coordinate(r.line_width(s))},
                 {"stroke-linecap", "round"}, {"stroke-linejoin", "round"}};
    if (s.style.opacity < 1.0) a.emplace_back("stroke-opacity", coordinate(s.style.opacity));
    const std::string dashes = dash_array(r.dash_of(s), r.line_width(s));
    if (!dashes.empty()) a.emplace_back("stroke-dasharray", dashes);
    return a;
}

// One path for the whole line: each run of points between NaNs starts with a move (M), so the
// gaps are simply not drawn. A run of a single point has no length and shows nothing.
void draw_line(XmlWriter& out, const FigureRenderer& r, const Series& s) {
    PathData d;
    bool in_run = false;
    for (std::size_t i = 0; i < s.x.size(); ++i) {
        if (!finite_point(s.x[i], s.y[i])) {  // NaN: the run ends here
            in_run = false;
            continue;
        }
        const double px = r.x.to_pixel(s.x[i]), py = r.y.to_pixel(s.y[i]);
        if (in_run) d.line_to(px, py);
        else d.move_to(px, py);
        in_run = true;
    }
    if (d.empty()) return;
    Attributes a = stroke(r, s);
    a.emplace_back("d", d.str());
    out.leaf("path", a);
}

void draw_markers(XmlWriter& out, const FigureRenderer& r, const Series& s) {
    const Marker shape = r.marker_of(s);
    if (shape == Marker::none) return;
    for (std::size_t i = 0; i < s.x.size(); ++i)
        if (finite_point(s.x[i], s.y[i]))
            draw_marker(out, shape, r.x.to_pixel(s.x[i]), r.y.to_pixel(s.y[i]), s.style.marker_size, r.color_of(s),
                        s.style.opacity);
}

void draw_bars(XmlWriter& out, const FigureRenderer& r, const Series& s) {
    // On a log axis there is no 0 to stand on: bars rise from the bottom of the plot.
    const double base = r.y.scale == Scale::log ? r.y.pixel_lo : r.y.to_pixel(0.0);
    const std::string c = r.color_of(s).hex();
    for (std::size_t i = 0; i < s.x.size(); ++i) {
        if (std::isnan(s.y[i])) continue;
        const double x0 = r.x.to_pixel(s.x[i]), x1 = r.x.to_pixel(s.x2[i]), top = r.y.to_pixel(s.y[i]);
        out.leaf("rect", {{"x", coordinate(std::min(x0, x1))}, {"y", coordinate(std::min(base, top))},
                          {"width", coordinate(std::abs(x1 - x0))}, {"height", coordinate(std::abs(base - top))},
                          {"fill", c}, {"fill-opacity", coordinate(0.55 * s.style.opacity)}, {"stroke", c},
                          {"stroke-width", coordinate(r.line_width(s))}});
    }
}

// The band between lower and upper: each run of finite points is one closed path, along the
// upper curve forwards and back along the lower one.
void draw_band(XmlWriter& out, const FigureRenderer& r, const Series& s) {
    std::size_t i = 0;
    const std::size_t n = s.x.size();
    auto ok = [&](std::size_t k) { return finite_point(s.x[k], s.y[k]) && !std::isnan(s.y2[k]); };
    while (i < n) {
        if (!ok(i)) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < n && ok(end)) ++end;  // the run is [i, end)
        PathData d;
        d.move_to(r.x.to_pixel(s.x[i]), r.y.to_pixel(s.y2[i]));
        for (std::size_t k = i + 1; k < end; ++k) d.line_to(r.x.to_pixel(s.x[k]), r.y.to_pixel(s.y2[k]));
        for (std::size_t k = end; k-- > i;) d.line_to(r.x.to_pixel(s.x[k]), r.y.to_pixel(s.y[k]));
        d.close();
        out.leaf("path", {{"d", d.str()}, {"fill", r.color_of(s).hex()}, {"fill-opacity", coordinate(0.25 * s.style.opacity)}});
        i = end;
    }
}

void draw_contour(XmlWriter& out, const FigureRenderer& r, const Series& s) {
    if (s.segments.empty()) return;
    PathData d;
    for (const Segment& seg : s.segments)
        d.move_to(r.x.to_pixel(seg.a.x), r.y.to_pixel(seg.a.y)).line_to(r.x.to_pixel(seg.b.x), r.y.to_pixel(seg.b.y));
    Attributes a = stroke(r, s);
    a.emplace_back("d", d.str());
    out.leaf("path", a);
}

// Cells as rectangles between the cell edges; a run of equal colours along a row is one rectangle.
void draw_cells(XmlWriter& out, const FigureRenderer& r, const Series& s) {
    const std::vector<double> ex = cell_edges(s.xs, r.x.scale), ey = cell_edges(s.ys, r.y.scale);
    auto colour = [&](double z) {
        if (s.kind == SeriesKind::regions) return mix(palette_color(static_cast<std::size_t>(z)), Color{255, 255, 255}, 0.72).hex();
        return s.colors.map.at((z - *s.colors.lo) / (*s.colors.hi - *s.colors.lo)).hex();
    };
    out.open("g", {{"shape-rendering", "crispEdges"}});
    for (std::size_t i = 0; i < s.ys.size(); ++i) {
        const double y0 = r.y.to_pixel(ey[i]), y1 = r.y.to_pixel(ey[i + 1]);
        std::size_t j = 0;
        while (j < s.xs.size()) {
            if (std::isnan(s.Z(i, j))) {  // left blank
                ++j;
                continue;
            }
            const std::string c = colour(s.Z(i, j));
            std::size_t end = j + 1;
            while (end < s.xs.size() && !std::isnan(s.Z(i, end)) && colour(s.Z(i, end)) == c) ++end;
            const double x0 = r.x.to_pixel(ex[j]), x1 = r.x.to_pixel(ex[end]);
            out.leaf("rect", {{"x", coordinate(std::min(x0, x1))}, {"y", coordinate(std::min(y0, y1))},
                              {"width", coordinate(std::abs(x1 - x0))}, {"height", coordinate(std::abs(y1 - y0))}, {"fill", c}});
            j = end;
        }
    }
    out.close();
}

// The shaft stops where the head begins, so a wide line does not poke through the tip. The head
// is drawn in pixels, so it has the same shape whatever the axes' scales.
void draw_arrow(XmlWriter& out, const FigureRenderer& r, const Series& s) {
    const double x0 = r.x.to_pixel(s.x[0]), y0 = r.y.to_pixel(s.y[0]);
    const double x1 = r.x.to_pixel(s.x[1]), y1 = r.y.to_pixel(s.y[1]);
    const double length = std::hypot(x1 - x0, y1 - y0);
    if (length < 1e-9) return;  // a zero vector has no direction to draw
    const double ux = (x1 - x0) / length, uy = (y1 - y0) / length;  // unit direction
    const double head = std::min(4.0 * r.line_width(s) + 4.0, 0.6 * length), half = 0.45 * head;
    Attributes a = stroke(r, s);
    a.insert(a.end(), {{"x1", coordinate(x0)}, {"y1", coordinate(y0)}, {"x2", coordinate(x1 - 0.8 * head * ux)},
                       {"y2", coordinate(y1 - 0.8 * head * uy)}});
    out.leaf("line", a);
    const double bx = x1 - head * ux, by = y1 - head * uy;  // the middle of the head's base
    PathData d;
    d.move_to(x1, y1).line_to(bx - half * uy, by + half * ux).line_to(bx + half * uy, by - half * ux).close();
    out.leaf("path", {{"d", d.str()}, {"fill", r.color_of(s).hex()}});
}

// Text with a white halo (a white outline painted under the letters) so it reads over lines.
void draw_text(XmlWriter& out, const FigureRenderer& r, const Series& s) {
    const double px = r.x.to_pixel(s.x[0]), py = r.y.to_pixel(s.y[0]);
    const double dx = s.anchor == TextAnchor::start ? 7.0 : s.anchor == TextAnchor::end ? -7.0 : 0.0;
    const char* anchor = s.anchor == TextAnchor::start ? "start" : s.anchor == TextAnchor::end ? "end" : "middle";
    out.element("text", {{"x", coordinate(px + dx)}, {"y", coordinate(py - 7.0)}, {"text-anchor", anchor},
                         {"font-size", coordinate(tick_font)}, {"fill", ink}, {"stroke", "white"}, {"stroke-width", "3"},
                         {"stroke-linejoin", "round"}, {"paint-order", "stroke"}},
                s.text);
}

void draw_reference_line(XmlWriter& out, const FigureRenderer& r, const Series& s) {
    Attributes a = stroke(r, s);
    if (s.kind == SeriesKind::hline) {
        const double py = r.y.to_pixel(s.y[0]);
        a.insert(a.end(), {{"x1", "0"}, {"y1", coordinate(py)}, {"x2", coordinate(r.plot_width())}, {"y2", coordinate(py)}});
    } else {
        const double px = r.x.to_pixel(s.x[0]);
        a.insert(a.end(), {{"x1", coordinate(px)}, {"y1", "0"}, {"x2", coordinate(px)}, {"y2", coordinate(r.plot_height())}});
    }
    out.leaf("line", a);
}

}  // namespace

void FigureRenderer::draw_series(XmlWriter& out, const Series& s) const {
    switch (s.kind) {
        case SeriesKind::line:
            draw_line(out, *this, s);
            draw_markers(out, *this, s);
            break;
        case SeriesKind::scatter: draw_markers(out, *this, s); break;
        case SeriesKind::bars: draw_bars(out, *this, s); break;
        case SeriesKind::band: draw_band(out, *this, s); break;
        case SeriesKind::contour: draw_contour(out, *this, s); break;
        case SeriesKind::heatmap:
        case SeriesKind::regions: draw_cells(out, *this, s); break;
        case SeriesKind::arrow: draw_arrow(out, *this, s); break;
        case SeriesKind::text: draw_text(out, *this, s); break;
        case SeriesKind::hline:
        case SeriesKind::vline: draw_reference_line(out, *this, s); break;
    }
}

}  // namespace mml
