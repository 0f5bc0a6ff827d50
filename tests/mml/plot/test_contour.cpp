// Tests for marching squares (contour.hpp), grids and sampling (sampling.hpp) and binning
// (histogram.hpp): a known field, the saddle rule, exact edges, special values and bad input.
#include "mml/plot.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <map>

using namespace mml;
using mml::testing::rel_near;

namespace {

const double not_a_number = std::numeric_limits<double>::quiet_NaN();
const double inf = std::numeric_limits<double>::infinity();

Matrix circle_field(const Vector& xs, const Vector& ys) {
    return grid_values([](double x, double y) { return x * x + y * y; }, xs, ys);
}

}  // namespace

// Along a grid edge f = x² + y² is a parabola in one variable, s² + c, and linear interpolation
// replaces it by its chord. The chord of a convex function lies above it by at most
// (s − a)(b − s) ≤ h²/4, so a vertex placed where the chord reaches 1 has 1 − h²/4 ≤ r² ≤ 1:
//     √(1 − h²/4) ≤ r ≤ 1,    for h = 0.1: 0.99875 ≤ r ≤ 1.
// Both bounds are checked (with 1e-15 for rounding); a vertex at an edge's midpoint instead of the
// interpolated point would be off by up to h/2 = 0.05 and fail.
TEST_CASE("contour: the circle x² + y² = 1 — every vertex within the interpolation error") {
    const double h = 0.1;
    const Vector xs = linspace(-2.0, 2.0, 41), ys = linspace(-2.0, 2.0, 41);
    const std::vector<Segment> segments = contour_segments(xs, ys, circle_field(xs, ys), 1.0);
    REQUIRE(segments.size() > 40);
    double worst = 0.0;
    for (const Segment& s : segments)
        for (const Point2& p : {s.a, s.b}) {
            const double r = std::hypot(p.x, p.y);
            CHECK(r <= 1.0 + 1e-15);
            CHECK(r >= std::sqrt(1.0 - h * h / 4.0) - 1e-15);
            worst = std::max(worst, 1.0 - r);
        }
    CHECK(worst > 0.0);  // the bound is approached, not met by luck: some vertices do fall inside
}

TEST_CASE("contour: the circle comes out closed, and about 2π long") {
    const Vector xs = linspace(-2.0, 2.0, 41), ys = linspace(-1.7, 2.3, 41);  // not centred on a grid point
    const std::vector<Segment> segments = contour_segments(xs, ys, circle_field(xs, ys), 1.0);
    // Two cells sharing an edge compute its crossing identically, so on a closed curve every
    // vertex is the end of exactly two segments (compared exactly, no tolerance).
    std::map<std::pair<double, double>, int> ends;
    double length = 0.0;
    for (const Segment& s : segments) {
        ++ends[{s.a.x, s.a.y}];
        ++ends[{s.b.x, s.b.y}];
        length += std::hypot(s.b.x - s.a.x, s.b.y - s.a.y);
    }
    for (const auto& entry : ends) {  // (no structured binding: clang 14 cannot capture one in INFO)
        INFO("vertex (" << entry.first.first << ", " << entry.first.second << ")");
        CHECK(entry.second == 2);
    }
    // An inscribed polygon with chords of angle θ ≈ h is shorter than the circle by ≈ θ²/24,
    // and the radius error adds h²/8 relative: 3e-3 covers both for h = 0.1.
    CHECK(length == rel_near(2.0 * std::acos(-1.0), 3e-3));
}

// The four corners of one cell, counter-clockwise from the lower left: 1 (above), 0, 1, 0 — a
// saddle. The middle, estimated as the corners' mean, is 0.5.
TEST_CASE("contour: a saddle is split by the value in the middle of the cell") {
    const Vector xs{0.0, 1.0}, ys{0.0, 1.0};
    const Matrix Z{{1.0, 0.0}, {0.0, 1.0}};  // Z(0,0) = 1 at (0,0), Z(0,1) = 0 at (1,0), …
    SUBCASE("level 0.4 < 0.5: the middle is above, so the two corners above are joined") {
        const std::vector<Segment> s = contour_segments(xs, ys, Z, 0.4);
        REQUIRE(s.size() == 2);  // each segment cuts off a corner that is below: (1, 0) and (0, 1)
        CHECK(s[0].a == Point2{0.6, 0.0});
        CHECK(s[0].b == Point2{1.0, 0.4});
        CHECK(s[1].a == Point2{0.4, 1.0});
        CHECK(s[1].b == Point2{0.0, 0.6});
    }
    SUBCASE("level 0.6 > 0.5: the middle is below, so the corners above are cut off") {
        const std::vector<Segment> s = contour_segments(xs, ys, Z, 0.6);
        REQUIRE(s.size() == 2);  // around (0, 0) and around (1, 1)
        CHECK(s[0].a == Point2{0.0, 0.4});
        CHECK(s[0].b == Point2{0.4, 0.0});
        CHECK(s[1].a == Point2{1.0, 0.6});
        CHECK(s[1].b == Point2{0.6, 1.0});
    }
}

TEST_CASE("contour: the saddle rule keeps the contours of f(x, y) = x·y on both sides of 0 apart") {
    // Around the saddle of xy at the origin, the levels ±0.01 are two pairs of hyperbola branches
    // in opposite quadrants; no segment of the level +0.01 may enter the quadrants where xy < 0.
    const Vector xs = linspace(-1.0, 1.0, 10), ys = linspace(-1.0, 1.0, 10);  // the origin is inside a cell
    const Matrix Z = grid_values([](double x, double y) { return x * y; }, xs, ys);
    for (const double level : {0.01, -0.01})
        for (const Segment& s : contour_segments(xs, ys, Z, level)) {
            const Point2 mid{0.5 * (s.a.x + s.b.x), 0.5 * (s.a.y + s.b.y)};
            CHECK(mid.x * mid.y * level > 0.0);
        }
}

TEST_CASE("contour: a level through grid points, NaN cells, and a constant field") {
    const Vector xs = linspace(-1.0, 1.0, 5), ys = linspace(-1.0, 1.0, 5);
    const Matrix Z = grid_values([](double x, double) { return x; }, xs, ys);
    const std::vector<Segment> on_line = contour_segments(xs, ys, Z, 0.0);  // z = 0 on the grid line x = 0
    CHECK(on_line.size() == 4);
    for (const Segment& s : on_line) CHECK((s.a.x == 0.0 && s.b.x == 0.0));
    Matrix holes = Z;
    holes(2, 2) = not_a_number;  // the point (0, 0): the four cells around it are left out
    const std::vector<Segment> gapped = contour_segments(xs, ys, holes, 0.25);
    CHECK(gapped.size() == 2);  // of 4: the cells touching (0, 0) are skipped
    for (const Segment& s : gapped) CHECK(std::abs(s.a.y) >= 0.5);
    CHECK(contour_segments(xs, ys, Matrix(5, 5, 3.0), 3.0).empty());  // every corner "above": no line
    CHECK(contour_segments(xs, ys, Matrix(5, 5, 3.0), 2.0).empty());
}

TEST_CASE("contour: values near ±10³⁰⁸ do not overflow the interpolation") {
    const Vector xs{0.0, 1.0}, ys{0.0, 1.0};
    const Matrix Z{{-1.5e308, 1.5e308}, {-1.5e308, 1.5e308}};
    const std::vector<Segment> s = contour_segments(xs, ys, Z, 0.0);
    REQUIRE(s.size() == 1);
    CHECK(s[0].a.x == doctest::Approx(0.5));
    CHECK(s[0].b.x == doctest::Approx(0.5));
}

TEST_CASE("contour and grids: bad input is a typed error naming the fix") {
    const Vector xs = linspace(0.0, 1.0, 3), ys = linspace(0.0, 1.0, 4);
    const Matrix wrong(3, 3);
    CHECK_THROWS_WITH_AS(contour_segments(xs, ys, wrong, 0.0), doctest::Contains("needs Z to be 4x3"), DimensionError);
    CHECK_THROWS_AS(contour_segments(Vector{}, Vector{}, Matrix{}, 0.0), DimensionError);  // an empty grid
    CHECK_THROWS_AS(contour_segments(Vector{0.0}, Vector{0.0}, Matrix(1, 1), 0.0), DimensionError);  // one point
    const Vector backwards{1.0, 0.5, 0.0};
    CHECK_THROWS_WITH_AS(contour_segments(backwards, ys, Matrix(4, 3), 0.0), doctest::Contains("strictly increasing"), DomainError);
    Matrix infinite(4, 3);
    infinite(1, 2) = inf;
    CHECK_THROWS_WITH_AS(contour_segments(xs, ys, infinite, 0.0), doctest::Contains("Z(1, 2)"), DomainError);
    CHECK_THROWS_AS(contour_segments(xs, ys, Matrix(4, 3), not_a_number), DomainError);
}

TEST_CASE("linspace, geomspace and grid_values") {
    const Vector x = linspace(0.0, 1.0, 11);
    CHECK(x.size() == 11);
    CHECK(x[10] == 1.0);  // the end exactly
    CHECK(x[3] == doctest::Approx(0.3));
    CHECK(linspace(2.0, 5.0, 1) == Vector{2.0});
    CHECK_THROWS_AS(linspace(0.0, 1.0, 0), DimensionError);
    const Vector g = geomspace(1e-12, 1e12, 25);
    CHECK(g[0] == 1e-12);
    CHECK(g[24] == 1e12);
    for (std::size_t k = 0; k < 25; ++k) CHECK(g[k] == rel_near(std::pow(10.0, -12.0 + double(k)), 1e-13));
    CHECK_THROWS_AS(geomspace(0.0, 1.0, 5), DomainError);
    CHECK_THROWS_AS(geomspace(-1.0, 1.0, 5), DomainError);
    const Matrix Z = grid_values([](double a, double b) { return 10.0 * a + b; }, Vector{1.0, 2.0, 3.0}, Vector{0.5, 0.25});
    CHECK(Z == Matrix{{10.5, 20.5, 30.5}, {10.25, 20.25, 30.25}});  // Z(i, j) = f(xs[j], ys[i])
}

TEST_CASE("histogram: counts, density of area 1, Freedman–Diaconis, special values") {
    const Vector samples{0.0, 0.1, 0.2, 0.25, 0.9, 1.0, std::numeric_limits<double>::quiet_NaN()};
    const Histogram counts = make_histogram(samples, {.bins = 4, .density = false});
    CHECK(counts.samples == 6);  // the NaN is skipped
    CHECK(counts.edges == Vector{0.0, 0.25, 0.5, 0.75, 1.0});
    CHECK(counts.heights == Vector{3.0, 1.0, 0.0, 2.0});  // 0.25 opens bin 1; 1.0 (= hi) closes the last
    const Histogram density = make_histogram(samples, {.bins = 4});
    double area = 0.0;
    for (std::size_t k = 0; k < 4; ++k) area += density.heights[k] * (density.edges[k + 1] - density.edges[k]);
    CHECK(area == doctest::Approx(1.0).epsilon(1e-14));

    Rng rng(7);
    Vector normal(10000);
    for (double& v : normal) v = rng.normal();
    // h = 2·IQR·N^(−1/3) with IQR ≈ 1.349 for N(0, 1): range ≈ 7.6 over h ≈ 0.125 → about 60 bins.
    const std::size_t bins = freedman_diaconis_bins(normal);
    CHECK(bins >= 45);
    CHECK(bins <= 80);
    CHECK(freedman_diaconis_bins(Vector{1.0, 1.0, 1.0, 1.0, 5.0}) == 4);  // IQR = 0: Sturges, ⌈log₂ 5⌉ + 1

    const Histogram constant = make_histogram(Vector(5, 3.0));  // all equal: a bin around the value
    CHECK(constant.edges[0] < 3.0);
    CHECK(constant.edges[constant.edges.size() - 1] > 3.0);
    const Vector none{std::numeric_limits<double>::quiet_NaN()};
    CHECK_THROWS_AS(make_histogram(none), DimensionError);
    CHECK_THROWS_AS(make_histogram(Vector{}), DimensionError);
    CHECK_THROWS_WITH_AS(make_histogram(Vector{1.0, inf}), doctest::Contains("sample 1"), DomainError);
    CHECK_THROWS_AS(make_histogram(Vector{1.0, 2.0}, {.lo = 2.0, .hi = 1.0}), DomainError);
}
