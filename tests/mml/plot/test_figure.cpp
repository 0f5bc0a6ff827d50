// Tests for Figure: typed errors for bad input (naming the series and the fix), the stated
// behaviour for NaN, ±∞, constant and empty series, the palette-slot rule, colour maps that stay
// ordered in greyscale, and the layout (equal aspect, legend placement, images, titles).
#include "mml/plot.hpp"
#include "mml/plot/figure_renderer.hpp"
#include "testing.hpp"
#include "xml_check.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <set>

using namespace mml;

namespace {

const double NaN = std::numeric_limits<double>::quiet_NaN();
const double inf = std::numeric_limits<double>::infinity();
const Color marked{1, 2, 3};  // a colour no default uses, to find one series' elements in the SVG

// The text of the first element (from its '<' to its '>') containing `needle`.
std::string element_with(const std::string& svg, const std::string& needle) {
    const std::size_t at = svg.find(needle);
    if (at == std::string::npos) return "";
    const std::size_t start = svg.rfind('<', at), end = svg.find('>', at);
    return svg.substr(start, end - start + 1);
}

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("bad input: mismatched lengths and empty series are DimensionErrors naming the series") {
    Figure fig("Convergence");
    CHECK_THROWS_WITH_AS(fig.line(Vector{1, 2, 3}, Vector{1, 2}, {.label = "GD"}),
                         doctest::Contains("figure 'Convergence': line 'GD' (series 1): x has 3 entries but y has 2"),
                         DimensionError);
    CHECK_THROWS_WITH_AS(fig.scatter(Vector{}, Vector{}), doctest::Contains("has no points"), DimensionError);
    CHECK_THROWS_WITH_AS(fig.band(Vector{1, 2}, Vector{1, 2}, Vector{1}), doctest::Contains("upper"), DimensionError);
    CHECK_THROWS_AS(fig.bars(Vector{1, 2}, Vector{1}), DimensionError);
    CHECK_THROWS_AS(fig.scatter_classes(Vector{1, 2}, Vector{1, 2}, std::vector<int>{0}), DimensionError);
    CHECK_THROWS_AS(fig.contour(Vector{}, Vector{}, Matrix{}, Vector{1.0}), DimensionError);  // an empty grid
    CHECK_THROWS_WITH_AS(fig.contour(linspace(0, 1, 3), linspace(0, 1, 3), Matrix(3, 3), Vector{}),
                         doctest::Contains("no levels"), DimensionError);
    CHECK_THROWS_AS(fig.heatmap(Vector{}, Vector{}, Matrix{}), DimensionError);
    CHECK_THROWS_AS(fig.heatmap(linspace(0, 1, 3), linspace(0, 1, 2), Matrix(3, 2)), DimensionError);  // Z transposed
    CHECK_THROWS_AS(fig.image(Matrix{}), DimensionError);
    CHECK_THROWS_AS(fig.histogram(Vector{}), DimensionError);
    CHECK_THROWS_AS(fig.x_ticks(Vector{0, 1}, {"a"}), DimensionError);
    CHECK_THROWS_AS(Grid(0), DimensionError);
    CHECK_THROWS_AS(Grid(2).to_svg(), DimensionError);
}

TEST_CASE("bad input: infinity and impossible values are DomainErrors naming the entry and the fix") {
    Figure fig;
    CHECK_THROWS_WITH_AS(fig.line(Vector{0, 1}, Vector{1, inf}, {.label = "loss"}),
                         doctest::Contains("y[1] is inf — infinity cannot be drawn; replace it by NaN"), DomainError);
    CHECK_THROWS_AS(fig.scatter(Vector{-inf}, Vector{0}), DomainError);
    CHECK_THROWS_AS(fig.band(Vector{0, 1}, Vector{0, 0}, Vector{1, inf}), DomainError);
    CHECK_THROWS_AS(fig.histogram(Vector{1.0, -inf}), DomainError);
    CHECK_THROWS_AS(fig.arrow(0, 0, NaN, 1), DomainError);
    CHECK_THROWS_AS(fig.hline(inf), DomainError);
    CHECK_THROWS_AS(fig.text(NaN, 0, "here"), DomainError);
    CHECK_THROWS_AS(fig.x_range(1.0, 0.0), DomainError);
    CHECK_THROWS_AS(fig.y_range(0.0, inf), DomainError);
    CHECK_THROWS_AS(fig.size(10, 400), DomainError);
    CHECK_THROWS_WITH_AS(fig.scatter_classes(Vector{0}, Vector{0}, std::vector<int>{-2}),
                         doctest::Contains("class labels are integers 0 … K−1, or −1 and +1"), DomainError);
    CHECK_THROWS_AS(fig.class_regions(Vector{0, 1}, Vector{0, 1}, Matrix{{0, 1}, {0.5, 1}}), DomainError);
    Matrix Z(2, 2);
    Z(0, 1) = inf;
    CHECK_THROWS_AS(fig.heatmap(Vector{0, 1}, Vector{0, 1}, Z), DomainError);
    CHECK_THROWS_AS(Page("p").heading("h", 1), DomainError);
    CHECK_THROWS_AS(Page("p").table({"a", "b"}, {{"1"}}), DimensionError);
    CHECK_THROWS_AS(Page("p").table({"a"}, Matrix{{1.0}}, {}, {"r1", "r2"}), DimensionError);
}

TEST_CASE("a log axis with a value ≤ 0 is a DomainError from to_svg(), naming the series and the value") {
    Figure fig("Error against step size");
    fig.line(Vector{1e-8, 1e-4, 1.0}, Vector{1e-3, 0.0, 1e-2}, {.label = "forward"}).y_scale(Scale::log);
    CHECK_THROWS_WITH_AS(fig.to_svg(), doctest::Contains("line 'forward' (series 1): y[1] = 0 on a logarithmic y axis"),
                         DomainError);
    Figure negative;
    negative.scatter(Vector{-1.0, 1.0}, Vector{1.0, 1.0}).x_scale(Scale::log);
    CHECK_THROWS_AS(negative.to_svg(), DomainError);
    Figure fixed;
    fixed.line(Vector{1, 2}, Vector{1, 2}).y_scale(Scale::log).y_range(0.0, 10.0);
    CHECK_THROWS_WITH_AS(fixed.to_svg(), doctest::Contains("lo > 0"), DomainError);
    Figure gap;  // a NaN is left out, so it is no error on a log axis
    gap.line(Vector{1, 2, 3}, Vector{1, NaN, 3}).y_scale(Scale::log);
    CHECK(testing::xml_error(gap.to_svg()) == "");
}

TEST_CASE("NaN breaks a line into pieces; a scatter skips it; a heatmap leaves its cell blank") {
    Figure fig;
    fig.line(Vector{0, 1, 2, 3, 4, 5, 6, 7}, Vector{1, 2, NaN, 3, 4, NaN, NaN, 5}, {.color = marked});
    const std::string path = element_with(fig.to_svg(), "stroke=\"#010203\"");
    REQUIRE(!path.empty());
    CHECK(count(path, "M") == 3);  // pieces {0, 1}, {3, 4} and the lone point 7, which draws nothing
    CHECK(count(path, "L") == 2);

    Figure points;
    points.scatter(Vector{0, 1, NaN, 3}, Vector{0, NaN, 2, 3}, {.color = marked});
    CHECK(count(points.to_svg(), "fill=\"#010203\"") == 2);

    Figure cells;
    Matrix Z{{0.0, 1.0}, {NaN, 3.0}};
    cells.heatmap(Vector{0, 1}, Vector{0, 1}, Z, {.colorbar = false});
    const std::string svg = cells.to_svg();
    const std::size_t start = svg.find("crispEdges"), end = svg.find("</g>", start);
    CHECK(count(svg.substr(start, end - start), "<rect") == 3);

    Figure only_nan;  // a series of nothing but NaN draws nothing and leaves the default range
    only_nan.line(Vector{NaN, NaN}, Vector{NaN, NaN});
    CHECK(testing::xml_error(only_nan.to_svg()) == "");
}

TEST_CASE("a constant series is drawn inside a range around its value; an empty figure is empty axes") {
    Figure constant;
    constant.line(Vector{0, 1, 2}, Vector{5, 5, 5});
    const FigureRenderer r(constant, 640, 420);
    CHECK(r.y.lo == doctest::Approx(4.5));
    CHECK(r.y.hi == doctest::Approx(5.5));
    CHECK(std::find(r.y_ticks.labels.begin(), r.y_ticks.labels.end(), "5.0") != r.y_ticks.labels.end());

    const Figure empty("Nothing yet");
    const FigureRenderer e(empty, 640, 420);
    CHECK((e.x.lo == 0.0 && e.x.hi == 1.0 && e.y.lo == 0.0 && e.y.hi == 1.0));
    CHECK(testing::xml_error(empty.to_svg()) == "");
}

TEST_CASE("slots: data series take the lowest unused slot; contours and arrows stay grey") {
    const Vector x{0, 1}, y{0, 1};
    Figure fig;
    fig.contour(linspace(0, 1, 3), linspace(0, 1, 3), Matrix(3, 3, 0.5), Vector{0.4});  // no slot
    fig.band(x, y, y + Vector(2, 1.0), {.slot = 0});
    fig.line(x, y, {.slot = 0});
    fig.line(x, y);  // slot 0 is used: slot 1
    fig.scatter(x, y, {.slot = 5});
    fig.scatter(x, y);  // slot 2
    const FigureRenderer r(fig, 640, 420);
    std::vector<std::string> colours;
    for (std::size_t k = 0; k < 6; ++k) colours.push_back(r.color_of(r.fig.series()[k]).hex());
    CHECK(colours == std::vector<std::string>{"#808080", "#0072b2", "#0072b2", "#e69f00", "#56b4e9", "#009e73"});
    CHECK(r.dash_of(r.fig.series()[3]) == Dash::dashed);             // slot 1's pattern
    CHECK(r.marker_of(r.fig.series()[4]) == Marker::triangle_down);  // slot 5's shape
    CHECK(r.marker_of(r.fig.series()[2]) == Marker::none);           // lines have no markers by default

    Figure classes;
    classes.scatter_classes(Vector{0, 1, 2}, Vector{0, 1, 2}, std::vector<int>{1, -1, 1});
    const FigureRenderer c(classes, 640, 420);
    CHECK(c.fig.series()[0].slot == 0);  // −1 → slot 0
    CHECK(c.fig.series()[1].slot == 1);  // +1 → slot 1
    CHECK(c.fig.series()[0].style.label == "class \u22121");
}

TEST_CASE("slots: the first 35 differ in (marker, dash), and the 8 colours are the Okabe–Ito set") {
    std::set<std::pair<int, int>> pairs;
    for (std::size_t k = 0; k < 35; ++k) pairs.insert({static_cast<int>(slot_marker(k)), static_cast<int>(slot_dash(k))});
    CHECK(pairs.size() == 35);
    std::set<std::string> colours;
    for (std::size_t k = 0; k < palette_size; ++k) colours.insert(palette_color(k).hex());
    CHECK(colours.size() == 8);
    CHECK(palette_color(0).hex() == "#0072b2");
    CHECK(palette_color(8) == palette_color(0));
}

// "Perceptually ordered": lightness must rise monotonically along a sequential map, or the order
// of the values is lost in greyscale. Relative luminance is the grey a colour prints as.
TEST_CASE("colour maps: viridis and grey get lighter all the way; the diverging map is light in the middle") {
    for (const ColorMap& map : {ColorMap::viridis(), ColorMap::grey()}) {
        double previous = -1.0;
        for (int k = 0; k <= 200; ++k) {
            const double l = map.at(k / 200.0).luminance();
            CHECK(l >= previous);
            previous = l;
        }
    }
    CHECK(ColorMap::viridis().at(0.0).luminance() < 0.03);
    CHECK(ColorMap::viridis().at(1.0).luminance() > 0.75);
    const ColorMap d = ColorMap::diverging();
    CHECK(d.is_diverging());
    CHECK(d.at(0.5).luminance() > 0.9);
    for (int k = 0; k < 50; ++k) {  // lighter towards the middle from both ends
        CHECK(d.at(k / 100.0).luminance() <= d.at((k + 1) / 100.0).luminance());
        CHECK(d.at(1.0 - k / 100.0).luminance() <= d.at(1.0 - (k + 1) / 100.0).luminance());
    }
    CHECK(ColorMap::grey().reversed().at(0.0) == Color{255, 255, 255});
    CHECK(ColorMap::grey().at(-3.0) == Color{0, 0, 0});  // clamped
    CHECK(ColorMap::grey().at(NaN) == Color{0, 0, 0});
    CHECK(mix(Color{0, 0, 0}, Color{255, 255, 255}, 0.5) == Color{128, 128, 128});
    CHECK(Color{0, 114, 178}.hex() == "#0072b2");
}

TEST_CASE("heatmap colour range: the data's, symmetric for a diverging map, or as given") {
    Figure fig;
    fig.heatmap(Vector{0, 1}, Vector{0, 1}, Matrix{{-1.0, 0.5}, {2.0, NaN}});
    fig.image(Matrix{{-1.0, 0.5}, {2.0, 0.0}}, {.map = ColorMap::diverging()});
    fig.heatmap(Vector{0, 1}, Vector{0, 1}, Matrix(2, 2, 7.0), {.hi = 10.0});
    const FigureRenderer r(fig, 640, 420);
    CHECK((*r.fig.series()[0].colors.lo == -1.0 && *r.fig.series()[0].colors.hi == 2.0));
    CHECK((*r.fig.series()[1].colors.lo == -2.0 && *r.fig.series()[1].colors.hi == 2.0));
    CHECK(*r.fig.series()[2].colors.hi == 10.0);
    CHECK(*r.fig.series()[2].colors.lo < 7.0);  // a constant matrix gets a range around its value
    CHECK(r.colorbar == &r.fig.series()[2]);     // the last heatmap's colour bar is shown
}

TEST_CASE("layout: equal aspect gives x and y the same pixels per unit") {
    Figure fig;
    fig.arrow(0, 0, 4, 1).arrow(0, 0, -1, 4).equal_aspect();
    const FigureRenderer r(fig, 640, 420);
    const double px_per_x = r.plot_width() / (r.x.hi - r.x.lo), px_per_y = r.plot_height() / (r.y.hi - r.y.lo);
    CHECK(px_per_x == doctest::Approx(px_per_y).epsilon(1e-12));
    CHECK(r.left + r.plot_width() <= 640.0);
}

TEST_CASE("layout: an image puts row 0 on top, with square cells and whole-number ticks") {
    Figure fig;
    fig.image(Matrix(3, 5, 1.0));
    const FigureRenderer r(fig, 640, 420);
    CHECK(r.y.to_pixel(0.0) < r.y.to_pixel(2.0));  // row 0 above row 2
    CHECK(r.x.to_pixel(1.0) - r.x.to_pixel(0.0) == doctest::Approx(r.y.to_pixel(1.0) - r.y.to_pixel(0.0)));
    for (const double v : r.x_ticks.values) CHECK(v == std::floor(v));
    CHECK((r.x.lo == -0.5 && r.x.hi == 4.5));  // the cells exactly, no padding
}

TEST_CASE("layout: the legend goes where it hides no data, else in a row above the plot") {
    Figure corner;
    corner.scatter(Vector{0.9, 1.0}, Vector{0.9, 1.0}, {.label = "top right"}).scatter(Vector{0.0}, Vector{0.0}, {.label = "origin"});
    const FigureRenderer a(corner, 640, 420);
    CHECK(!a.legend_above);
    CHECK((a.legend_fx == 0.0 && a.legend_fy == 0.0));  // the top right and bottom left are taken
    const auto [w, h] = a.legend_size();
    CHECK(a.points_covered(8.0, 8.0, w, h) == 0);

    Figure full;  // a filled band covers every place inside
    full.band(Vector{0, 1}, Vector{0, 0}, Vector{1, 1}, {.label = "everywhere"});
    const FigureRenderer b(full, 640, 420);
    CHECK(b.legend_above);
    CHECK(b.legend_row.size() == 1);
    const Figure no_legend = Figure(full).legend(LegendPosition::none);
    CHECK(FigureRenderer(no_legend, 640, 420).top < b.top);  // the row took room from the plot
}

TEST_CASE("layout: a long title wraps; tick labels stay apart") {
    Figure fig("Gradient descent needs nine hundred steps where Newton's method needs five, on the same quadratic");
    fig.line(Vector{0, 1e6}, Vector{-123456.0, 7.0});
    const FigureRenderer r(fig, 400, 300);
    CHECK(r.title_lines.size() >= 2);
    for (const auto& line : r.title_lines) CHECK(text_width(line, title_font) <= 400.0 - 24.0);
    for (std::size_t k = 0; k + 1 < r.x_ticks.values.size(); ++k)
        CHECK(r.x.to_pixel(r.x_ticks.values[k + 1]) - r.x.to_pixel(r.x_ticks.values[k]) >=
              0.5 * (text_width(r.x_ticks.labels[k], tick_font) + text_width(r.x_ticks.labels[k + 1], tick_font)));
}

TEST_CASE("bars stand on 0 and histograms are densities over their bins") {
    Figure fig;
    fig.bars(Vector{1, 2, 4}, Vector{3, -1, 2});
    const FigureRenderer r(fig, 640, 420);
    CHECK(r.fig.series()[0].x[0] == doctest::Approx(0.6));  // 0.8 of the closest spacing (1) wide
    CHECK(r.fig.series()[0].x2[0] == doctest::Approx(1.4));
    Figure h;
    h.histogram(Vector{0.0, 1.0, 1.0, 3.0}, {}, {.bins = 3});
    const FigureRenderer hr(h, 640, 420);
    CHECK(hr.y.lo == 0.0);  // 0 is the exact bottom
    // bins [0, 1), [1, 2), [2, 3] hold 1, 2, 1 of N = 4 samples: count / (N · width 1)
    CHECK(hr.fig.series()[0].y == Vector{0.25, 0.5, 0.25});
}

TEST_CASE("line(y) runs against the index; path() takes 2-D points and nothing else") {
    Figure fig;
    fig.line(Vector{3.0, 1.0, 0.5}, {.label = "loss"});
    CHECK(fig.series()[0].x == Vector{0.0, 1.0, 2.0});
    fig.path({Vector{0.0, 1.0}, Vector{2.0, 3.0}});
    CHECK(fig.series()[1].x == Vector{0.0, 2.0});
    CHECK(fig.series()[1].y == Vector{1.0, 3.0});
    CHECK_THROWS_WITH_AS(fig.path({Vector{0.0, 1.0}, Vector{1.0, 2.0, 3.0}}), doctest::Contains("point 1 has 3 coordinates"),
                         DimensionError);
    CHECK_THROWS_AS(fig.path({}), DimensionError);
}

TEST_CASE("the example at the top of figure.hpp runs and writes well-formed SVG") {
    const mml::Vector t = mml::linspace(0.0, 6.0, 200);
    mml::Vector y(t.size()), envelope(t.size());
    for (std::size_t i = 0; i < t.size(); ++i) {
        envelope[i] = std::exp(-t[i]);
        y[i] = envelope[i] * std::cos(4.0 * t[i]);
    }
    mml::Figure fig("A damped oscillation stays inside its envelope ±e⁻ᵗ");
    fig.x_label("time t (s)").y_label("displacement (m)");
    fig.band(t, -envelope, envelope, {.label = "±e⁻ᵗ"}).line(t, y, {.label = "e⁻ᵗ cos 4t"});
    CHECK(testing::xml_error(fig.to_svg()) == "");
}
