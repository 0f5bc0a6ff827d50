// A gallery page with every kind of figure mml/plot draws, written next to the test program
// (build/test/tests/plot_gallery.html) so a person can open it and look: that is the test the
// other files cannot do. This file checks that the page is well-formed and holds each figure.
#include "mml/plot.hpp"
#include "mml/prob/rng.hpp"
#include "xml_check.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>

using namespace mml;

namespace {

const double pi = std::acos(-1.0);

Figure lines_and_band() {
    const Vector x = linspace(0.0, 10.0, 200);
    Vector mean(x.size()), sd(x.size()), observed(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        mean[i] = std::sin(x[i]) + 0.1 * x[i];
        sd[i] = 0.15 + 0.05 * x[i];
        observed[i] = (i >= 60 && i < 68) || i == 140 ? std::nan("") : std::cos(x[i]);  // NaN: gaps in the line
    }
    Figure fig("The band widens where the model knows less");
    fig.x_label("input x (m)").y_label("prediction y (V)");
    fig.band(x, mean - 2.0 * sd, mean + 2.0 * sd, {.label = "mean ± 2σ", .slot = 0});
    fig.line(x, mean, {.label = "posterior mean", .slot = 0});
    fig.line(x, observed, {.label = "cos x, with NaN gaps"});
    fig.hline(0.0, {.label = "y = 0"});
    return fig;
}

Figure classes_scatter(Rng& rng) {
    const double centres[3][2] = {{0.0, 0.0}, {3.0, 1.0}, {1.0, 3.5}};
    Vector x(150), y(150);
    std::vector<int> labels(150);
    for (std::size_t n = 0; n < 150; ++n) {
        labels[n] = static_cast<int>(n % 3);
        x[n] = centres[n % 3][0] + 0.8 * rng.normal();
        y[n] = centres[n % 3][1] + 0.8 * rng.normal();
    }
    Figure fig("Three classes, told apart by colour and by shape");
    fig.x_label("feature x₁").y_label("feature x₂");
    fig.scatter_classes(x, y, labels, {"setosa", "versicolor", "virginica"});
    return fig;
}

Figure histogram_and_density(Rng& rng) {
    Vector samples(2000);
    for (double& s : samples) s = 1.0 + 2.0 * rng.normal();
    const Vector x = linspace(-7.0, 9.0, 200);
    Vector pdf(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) pdf[i] = std::exp(-0.5 * std::pow((x[i] - 1.0) / 2.0, 2)) / (2.0 * std::sqrt(2.0 * pi));
    Figure fig("2000 samples of N(1, 2²) against the density");
    fig.x_label("x").y_label("density p(x)");
    fig.histogram(samples, {.label = "samples (Freedman–Diaconis bins)"});
    fig.line(x, pdf, {.label = "p(x) = N(x | 1, 2²)", .color = Color{0, 0, 0}});
    return fig;
}

Figure log_log_error() {
    const Vector h = geomspace(1e-16, 1e-1, 60);
    Vector forward(h.size()), central(h.size());
    for (std::size_t i = 0; i < h.size(); ++i) {
        const double x = 1.0;
        forward[i] = std::abs((std::sin(x + h[i]) - std::sin(x)) / h[i] - std::cos(x)) + 1e-18;
        central[i] = std::abs((std::sin(x + h[i]) - std::sin(x - h[i])) / (2.0 * h[i]) - std::cos(x)) + 1e-18;
    }
    Figure fig("Finite differences: truncation error falls, rounding error rises");
    fig.x_label("step size h").y_label("|error| of d/dx sin at x = 1");
    fig.x_scale(Scale::log).y_scale(Scale::log);
    fig.line(h, forward, {.label = "forward, O(h)", .marker = Marker::slot, .marker_size = 5.0});
    fig.line(h, central, {.label = "central, O(h²)", .marker = Marker::slot, .marker_size = 5.0});
    return fig;
}

Figure rosenbrock_contours() {
    const Vector xs = linspace(-2.0, 2.0, 121), ys = linspace(-1.0, 3.0, 121);
    const Matrix Z = grid_values([](double a, double b) { return std::pow(1 - a, 2) + 100 * std::pow(b - a * a, 2); }, xs, ys);
    Figure fig("Rosenbrock's valley: the path bends along the curved floor");
    fig.x_label("θ₁").y_label("θ₂");
    fig.contour(xs, ys, Z, geomspace(0.5, 2000.0, 12), {.label = "f(θ) = const"});
    fig.path({Vector{-1.5, 2.5}, Vector{-1.0, 1.2}, Vector{-0.5, 0.3}, Vector{0.0, 0.0}, Vector{0.4, 0.15}, Vector{0.7, 0.48},
              Vector{0.9, 0.8}, Vector{1.0, 1.0}},
             {.label = "a path", .marker = Marker::slot});
    fig.arrow(-1.0, 1.2, -0.6, 0.9, {.label = "−∇f (scaled)", .slot = 3});
    fig.scatter(Vector{1.0}, Vector{1.0}, {.label = "minimum (1, 1)", .color = Color{0, 0, 0}, .marker = Marker::plus, .marker_size = 12.0});
    fig.text(1.0, 1.0, "θ* = (1, 1)");
    return fig;
}

Figure gaussian_heatmap() {
    const Vector xs = linspace(-3.0, 3.0, 61), ys = linspace(-3.0, 3.0, 61);
    const Matrix Z = grid_values([](double a, double b) { return std::exp(-0.5 * (a * a - 1.2 * a * b + b * b) / 0.64) / (2 * pi * 0.8); }, xs, ys);
    Figure fig("A correlated Gaussian, ρ = 0.6");
    fig.x_label("x₁").y_label("x₂").equal_aspect();
    fig.heatmap(xs, ys, Z, {.label = "density p(x₁, x₂)"});
    fig.contour(xs, ys, Z, Vector{0.02, 0.08, 0.15}, {.color = Color{255, 255, 255}});
    return fig;
}

Figure covariance_image() {
    Matrix C(8, 8);
    for (std::size_t i = 0; i < 8; ++i)
        for (std::size_t j = 0; j < 8; ++j) C(i, j) = std::pow(-0.7, std::abs(double(i) - double(j)));
    Figure fig("Covariance: alternating signs off the diagonal");
    fig.x_label("feature j").y_label("feature i");
    fig.image(C, {.map = ColorMap::diverging(), .label = "Cov[xᵢ, xⱼ]"});
    return fig;
}

Matrix ring_digit(double radius) {
    Matrix A(16, 16);
    for (std::size_t i = 0; i < 16; ++i)
        for (std::size_t j = 0; j < 16; ++j) {
            const double r = std::hypot(double(i) - 7.5, double(j) - 7.5);
            A(i, j) = std::exp(-std::pow(r - radius, 2));
        }
    return A;
}

Grid digit_grid() {
    Grid grid(4, "Small multiples: the same image at four radii");
    grid.panel_size(170, 190);
    for (const double radius : {2.0, 3.5, 5.0, 6.5})
        grid.add(Figure("r = " + format_number(radius)).image(ring_digit(radius), {.map = ColorMap::grey().reversed(), .colorbar = false}).axes(false));
    return grid;
}

Figure projection_arrows() {
    Figure fig("Projecting x onto the line spanned by b");
    fig.x_label("x₁").y_label("x₂").equal_aspect();
    fig.line(Vector{-1.0, 4.0}, Vector{-0.5, 2.0}, {.label = "span{b}", .color = Color{150, 150, 150}, .dash = Dash::dashed, .width = 1.2});
    fig.arrow(0, 0, 2, 1, {.label = "b", .slot = 0});
    fig.arrow(0, 0, 1.5, 3, {.label = "x", .slot = 1});
    fig.arrow(0, 0, 2.4, 1.2, {.label = "π(x) = (bᵀx / bᵀb) b", .slot = 2});
    fig.arrow(2.4, 1.2, 1.5, 3, {.label = "x − π(x) ⟂ b", .slot = 3, .dash = Dash::dashed});
    fig.text(1.5, 3, "x");
    return fig;
}

Figure pagerank_bars() {
    Figure fig("PageRank of a five-page web: C collects the most links");
    fig.x_label("page").y_label("PageRank score");
    fig.bars(Vector{0, 1, 2, 3, 4}, Vector{0.12, 0.18, 0.34, 0.22, 0.14}, {.label = "stationary distribution"});
    fig.x_ticks(Vector{0, 1, 2, 3, 4}, {"A", "B", "C", "D", "E"});
    return fig;
}

Figure regions_figure(Rng& rng) {
    const Vector xs = linspace(-2, 5, 80), ys = linspace(-2, 6, 80);
    const double c[3][2] = {{0.0, 0.0}, {3.0, 1.0}, {1.0, 3.5}};
    Matrix classes = grid_values([&](double a, double b) {
        int best = 0;
        for (int k = 1; k < 3; ++k)
            if (std::hypot(a - c[k][0], b - c[k][1]) < std::hypot(a - c[best][0], b - c[best][1])) best = k;
        return double(best);
    }, xs, ys);
    Vector x(60), y(60);
    std::vector<int> labels(60);
    for (std::size_t n = 0; n < 60; ++n) {
        labels[n] = static_cast<int>(n % 3);
        x[n] = c[n % 3][0] + rng.normal();
        y[n] = c[n % 3][1] + rng.normal();
    }
    Figure fig("Nearest-centroid decision regions");
    fig.x_label("x₁").y_label("x₂");
    fig.class_regions(xs, ys, classes).scatter_classes(x, y, labels);
    fig.scatter(Vector{x[0], x[1], x[2]}, Vector{y[0], y[1], y[2]}, {.label = "chosen points", .color = Color{0, 0, 0}, .marker = Marker::ring});
    return fig;
}

Figure special_values() {
    Figure fig("A constant series gets a range around its value");
    fig.x_label("iteration k").y_label("loss");
    fig.line(Vector{5, 5, 5, 5}, {.label = "constant 5, against the index", .marker = Marker::slot});
    return fig;
}

}  // namespace

TEST_CASE("gallery: a page with every kind of figure, well-formed, written next to the test") {
    Rng rng(2024);
    Page page("mml/plot gallery");
    page.paragraph("Every kind of figure `mml/plot` draws, for a person to look at. Source: "
                   "[tests/mml/plot/test_gallery.cpp](https://example.invalid/test_gallery.cpp). Escaping: x < 1 & y > \"2\".");
    page.heading("Lines, bands and reference lines").figure(lines_and_band(), "NaN points break the cos x curve into pieces.");
    page.heading("Scatter by class").figure(classes_scatter(rng));
    page.heading("Histogram and density").figure(histogram_and_density(rng));
    page.heading("Log–log axes").figure(log_log_error(), "The V of finite-difference error.");
    page.heading("Contours, a path, an arrow, a label").figure(rosenbrock_contours());
    page.heading("Heatmap with contours").figure(gaussian_heatmap());
    page.heading("Matrices as images").figure(covariance_image());
    page.figure(digit_grid(), "A grid of four panels.");
    page.heading("Arrows with equal aspect").figure(projection_arrows());
    page.heading("Bars with named ticks").figure(pagerank_bars());
    page.heading("Decision regions").figure(regions_figure(rng));
    page.heading("Special values").figure(special_values());
    page.heading("Tables and code");
    page.table({"method", "iterations", "final error"},
               {{"gradient descent", "13 809", format_number(3.2e-7)}, {"Newton", "5", format_number(-1.1e-15)}});
    page.table({"", "x", "y"}, Matrix{{1.0, 2.5e-5}, {-3.14159, 1e7}}, {.digits = 3}, {"row a", "row b"});
    page.code("for (int i = 0; i < n; ++i)\n    if (a[i] < b[i] && c) std::cout << \"<tag>\";");
    page.list({"first `item`", "second [link](index.html)"});

    const std::string html = page.to_html();
    CHECK(testing::xml_error(html) == "");
    CHECK(html.find("<svg") != std::string::npos);
    CHECK(html.find("x &lt; 1 &amp; y &gt; &quot;2&quot;") != std::string::npos);

    std::error_code error;
    std::filesystem::path folder = std::filesystem::read_symlink("/proc/self/exe", error).parent_path();
    if (error || folder.empty()) folder = std::filesystem::temp_directory_path();
    const std::string path = (folder / "plot_gallery.html").string();
    page.save(path);
    MESSAGE("gallery written to " << path);
}
