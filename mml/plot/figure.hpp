// mml/plot/figure.hpp — a figure: axes, data drawn on them, written as a standalone SVG file.
//
//   #include <mml/plot.hpp>
//
//   const mml::Vector t = mml::linspace(0.0, 6.0, 200);
//   mml::Vector y(t.size()), envelope(t.size());
//   for (std::size_t i = 0; i < t.size(); ++i) {
//       envelope[i] = std::exp(-t[i]);
//       y[i] = envelope[i] * std::cos(4.0 * t[i]);
//   }
//   mml::Figure fig("A damped oscillation stays inside its envelope ±e⁻ᵗ");
//   fig.x_label("time t (s)").y_label("displacement (m)");
//   fig.band(t, -envelope, envelope, {.label = "±e⁻ᵗ"}).line(t, y, {.label = "e⁻ᵗ cos 4t"});
//   fig.save("oscillation.svg");  // or fig.to_svg() for the text, or page.figure(fig) (page.hpp)
//
// What a figure can hold (each call returns the figure, so calls chain):
//   line, path, scatter,             curves (also against the iteration, or through 2-D points) and
//   scatter_classes                  points; a class label per point colours by class
//   bars, histogram                  bars standing on 0; samples binned (as a density by default)
//   band                             a filled region between two curves, e.g. mean ± 2σ
//   contour                          contour lines of a function on a grid (marching squares)
//   heatmap, image, class_regions    a grid of values as colours, with a colour bar; a matrix
//                                    drawn as it is printed (row 0 on top); decision regions
//   arrow, text, hline, vline        vectors, annotations, reference lines
// and the frame: title, axis labels (say the units), linear or log scales, fixed ranges and
// ticks, equal aspect (for geometry: a right angle looks right), size, legend position.
// The axes show the data's range plus 4 % on each side; a figure with a grid (contour, heatmap,
// image, class regions) shows the grid exactly; x_range / y_range fix a range yourself.
// Several figures side by side: Grid (grid.hpp). Figures in a web page: Page (page.hpp).
//
// Special values, the same everywhere:
//   NaN    a gap: a line or band breaks into pieces at a NaN point, a scatter skips it, a heatmap
//          cell is left blank, a contour leaves the cells around it out;
//   ±∞     a DomainError naming the series and the index (replace it by NaN to leave a gap);
//   empty  a series with no points is a DimensionError; a figure with no series at all is drawn
//          as empty axes from 0 to 1;
//   constant  a range of zero width (all y equal) is widened around the value (axis.hpp).
// Other bad input: x and y of different lengths → DimensionError naming the series; a log axis
// with a value ≤ 0 → DomainError from to_svg() (when the scale and the data first meet).
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"
#include "mml/plot/axis.hpp"
#include "mml/plot/color.hpp"
#include "mml/plot/histogram.hpp"
#include "mml/plot/series.hpp"
#include "mml/plot/style.hpp"
#include "mml/plot/xml.hpp"

#include <optional>
#include <string>
#include <vector>

namespace mml {

// Where the legend goes. best: inside the plot where it hides no data (four corners, then the
// middles of the sides), else above. above: in a row between the title and the plot.
enum class LegendPosition { best, top_left, top_right, bottom_left, bottom_right, above, none };

class Figure {
public:
    explicit Figure(std::string title = "");

    // ---- the frame ----
    Figure& title(std::string text);  // say what to notice: "Newton needs 5 steps, gradient descent 900"
    Figure& x_label(std::string text);  // with units: "step size h", "time (s)"
    Figure& y_label(std::string text);
    Figure& x_scale(Scale scale);
    Figure& y_scale(Scale scale);
    Figure& x_range(double lo, double hi);  // fix the shown range (default: the data's, padded)
    Figure& y_range(double lo, double hi);
    // Ticks at these positions with these labels (default: the numbers), e.g. class names under bars.
    Figure& x_ticks(const Vector& at, std::vector<std::string> labels = {});
    Figure& y_ticks(const Vector& at, std::vector<std::string> labels = {});
    Figure& size(double width, double height);  // in px; default 640 × 420
    Figure& equal_aspect(bool on = true);       // one unit is as long on x as on y
    Figure& legend(LegendPosition position);    // default best (see LegendPosition)
    Figure& axes(bool shown);                   // false: no frame, ticks or grid (for images)

    // ---- data ----
    // Straight segments through (x[i], y[i]) in order; a NaN point leaves a gap.
    Figure& line(const Vector& x, const Vector& y, const Style& style = {});
    // y against its index 0, 1, …, n − 1: a loss or a log-likelihood against the iteration.
    Figure& line(const Vector& y, const Style& style = {});
    // A line through 2-D points, e.g. an optimiser's iterates: fig.path(result.path, {.label = "Newton"}).
    Figure& path(const std::vector<Vector>& points, const Style& style = {});
    // One marker at each (x[i], y[i]).
    Figure& scatter(const Vector& x, const Vector& y, const Style& style = {});
    // Points coloured by class: one scatter series per class, class k in slot k (labels ±1: −1 in
    // slot 0, +1 in slot 1), named names[k] (default "class k") in the legend.
    Figure& scatter_classes(const Vector& x, const Vector& y, const std::vector<int>& classes,
                            const std::vector<std::string>& names = {});
    // Bars of the given heights centred on x, 0.8 of the closest spacing wide, standing on 0.
    Figure& bars(const Vector& x, const Vector& heights, const Style& style = {});
    // The samples binned (histogram.hpp); as a density by default, so a pdf drawn with line()
    // over it is on the same scale.
    Figure& histogram(const Vector& samples, const Style& style = {}, const HistogramOptions& options = {});
    // The region between lower(x) and upper(x), filled lightly: a mean ± k·σ band is
    // fig.band(x, mean - k * sd, mean + k * sd, {.label = "mean ± 2σ"}).
    Figure& band(const Vector& x, const Vector& lower, const Vector& upper, const Style& style = {});
    // Contour lines Z = c for each c in levels, Z(i, j) = f(xs[j], ys[i]) (sampling.hpp's
    // grid_values builds Z). One colour for all levels (dark grey unless a slot or colour is given).
    Figure& contour(const Vector& xs, const Vector& ys, const Matrix& Z, const Vector& levels,
                    const Style& style = {});
    // Z(i, j) as colours, each cell centred on its grid point, with a colour bar.
    Figure& heatmap(const Vector& xs, const Vector& ys, const Matrix& Z, const ColorScale& colors = {});
    // A matrix as it is printed — row 0 on top, column j at x = j — with square cells: a
    // covariance matrix (ColorScale{.map = ColorMap::diverging()}), a digit (ColorMap::grey()).
    Figure& image(const Matrix& A, const ColorScale& colors = {});
    // Decision regions: the grid cell (i, j) filled with a pale tint of class classes(i, j)'s
    // colour (the slot rule of scatter_classes). classes holds integer labels.
    Figure& class_regions(const Vector& xs, const Vector& ys, const Matrix& classes);
    // An arrow from (x0, y0) to (x1, y1): a vector, a gradient, a projection.
    Figure& arrow(double x0, double y0, double x1, double y1, const Style& style = {});
    // Text at (x, y) in data coordinates, starting there (or centred / ending there).
    Figure& text(double x, double y, std::string text, TextAnchor anchor = TextAnchor::start);
    // A horizontal line at y (a vertical one at x) across the whole plot: a true value, a bound.
    Figure& hline(double y, const Style& style = {});
    Figure& vline(double x, const Style& style = {});

    // ---- output ----
    std::string to_svg() const;             // a standalone SVG document
    void save(const std::string& path) const;  // writes to_svg() (creating the folder if needed)
    // The figure drawn into an SVG being written, in a width × height box at its origin (Grid
    // and Page use this; to_svg() wraps it in the <svg> root element).
    void draw(XmlWriter& out, double width, double height) const;

    const std::vector<Series>& series() const { return series_; }  // what was added, in order
    double width() const { return width_; }
    double height() const { return height_; }
    const std::string& title_text() const { return title_; }

private:
    friend struct FigureRenderer;
    void add(Series series);  // applies the slot rule (style.hpp) and stores the series
    // "figure 'Title': line 'Newton' (series 3)" — how error messages name a series, built on the
    // failure path only; index npos: the series about to be added.
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
    std::string describe(SeriesKind kind, const std::string& label, std::size_t index = npos) const;

    std::string title_, x_label_, y_label_;
    Scale x_scale_ = Scale::linear, y_scale_ = Scale::linear;
    std::optional<Range> x_range_, y_range_;
    std::optional<Ticks> x_ticks_, y_ticks_;
    double width_ = 640.0, height_ = 420.0;
    bool equal_aspect_ = false, axes_ = true, y_down_ = false;  // y_down_: image() puts row 0 on top
    bool integer_x_ = false, integer_y_ = false;  // image(): ticks at whole indices only
    LegendPosition legend_ = LegendPosition::best;
    std::vector<Series> series_;
};

}  // namespace mml
