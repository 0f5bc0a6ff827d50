// mml/plot/figure_renderer.hpp — the steps of drawing a Figure (used inside mml/plot only).
//
// Figure::draw makes one FigureRenderer and goes through four steps:
//   1. ranges  (figure_layout.cpp) each axis's range: the one fixed with x_range/y_range, or the
//              data's, padded (axis.hpp); a value ≤ 0 on a log axis is a DomainError here;
//   2. layout  (figure_layout.cpp) the margins — the title on top, tick labels and axis labels
//              below and on the left, a colour bar on the right, a legend row above — and the
//              plot area that is left; the y ticks are chosen before the left margin (their
//              labels set its width), the x ticks after the plot width is known;
//   3. series  (figure_draw.cpp) each series in data order, clipped to the plot area;
//   4. frame   (figure_frame.cpp) the frame, ticks and labels, the colour bar, the legend and
//              the title, on top.
// The legend's place is decided between 2 and 3: inside, where it hides no data; or, if every
// place inside would hide some, in a row above the plot — and then step 2 runs again.
#pragma once

#include "mml/plot/axis.hpp"
#include "mml/plot/figure.hpp"
#include "mml/plot/xml.hpp"

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace mml {

// Font sizes in px and the colours of the frame.
inline constexpr double tick_font = 12.0, label_font = 13.0, title_font = 15.0;
inline constexpr const char* ink = "#222222";      // text
inline constexpr const char* frame_ink = "#555555";  // frame and tick marks
inline constexpr const char* grey_ink = "#444444";   // contours, arrows, reference lines by default
inline constexpr const char* font_family = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";

struct FigureRenderer {
    FigureRenderer(const Figure& figure, double width, double height);

    const Figure& fig;
    double width, height;                   // of the whole figure
    Axis x, y;                              // pixels relative to the plot area's top-left corner
    double left = 0.0, top = 0.0;           // where the plot area sits in the figure
    double y_label_x = 0.0;                 // the baseline of the rotated y-axis label
    Ticks x_ticks, y_ticks;
    std::vector<std::string> title_lines;
    const Series* colorbar = nullptr;       // the heatmap whose colour bar is shown
    std::vector<const Series*> legend_entries;
    // Where the legend goes: in a row above the plot (the left end and the middle height of each
    // entry are in legend_row), or inside at the fractions (fx, fy) of the plot area's free room
    // (0, 0: top left; 1, 1: bottom right).
    bool legend_above = false;
    std::vector<Point2> legend_row;
    double legend_fx = 1.0, legend_fy = 0.0;

    // figure_layout.cpp
    using AxisVisitor = std::function<void(bool on_x, double value, const char* name, std::size_t index)>;
    void values_on_axes(const Series& s, const AxisVisitor& visit) const;
    void set_ranges();
    void set_layout();  // lays out, places the legend, and lays out again if it goes above
    void lay_out(bool legend_above);
    void lay_out_legend_row();
    void fit_equal_aspect(double& plot_width, double& plot_height);
    void draw_background(XmlWriter& out) const;  // white, and the grid lines at the ticks
    void draw_frame(XmlWriter& out) const;       // frame, ticks, tick labels, axis labels, title
    void draw_colorbar(XmlWriter& out) const;
    void draw_legend(XmlWriter& out) const;
    std::pair<double, double> legend_size() const;  // width and height of the legend box, px
    double legend_entry_width(const Series& s) const;
    void draw_legend_entry(XmlWriter& out, const Series& s, double x0, double cy) const;
    int points_covered(double x0, double y0, double w, double h) const;  // data under a box (legend)
    void place_legend();  // sets legend_above or legend_fx, legend_fy (figure_frame.cpp)
    double plot_width() const { return x.length(); }
    double plot_height() const { return y.length(); }

    // figure_draw.cpp
    void draw_series(XmlWriter& out, const Series& s) const;
    Color color_of(const Series& s) const;     // style.color, else the slot's colour, else grey
    double line_width(const Series& s) const;  // style.width, else the kind's default
    Dash dash_of(const Series& s) const;       // style.dash, else the slot's (lines) or solid
    Marker marker_of(const Series& s) const;   // style.marker after the kind's default
};

// The colour bar's value axis, beside a plot area `height` px tall whose top is at y = top.
Axis colorbar_axis(const Series& heatmap, double top, double height);

// Draws one marker centred at (cx, cy), `size` px across (the legend uses it too).
void draw_marker(XmlWriter& out, Marker shape, double cx, double cy, double size, Color color, double opacity);

// The n + 1 edges of the cells centred on the n grid values v (halfway between neighbours, half
// a spacing beyond the ends; in log₁₀ space on a log scale; ±0.5 around a single value).
std::vector<double> cell_edges(const Vector& v, Scale scale);

}  // namespace mml
