// Tests for the tick algorithm (ticks.hpp), number formatting (number_format.hpp) and axis ranges
// and tick counts (axis.hpp): known ranges, exact tick values, labels that never overlap.
#include "mml/plot.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace mml;
using mml::testing::rel_near;

namespace {

const std::string minus = "\u2212";  // the labels' true minus sign

std::vector<double> values(std::initializer_list<double> v) { return v; }

}  // namespace

TEST_CASE("nice_step: the smallest step from 1, 2, 5 × 10ᵏ with at most n intervals") {
    CHECK(nice_step(1.0, 5).value() == 0.2);   // 1/5 = 0.2 is itself nice
    CHECK(nice_step(1.0, 4).value() == 0.5);   // 0.25 rounds up to 0.5
    CHECK(nice_step(1.0, 10).value() == 0.1);
    CHECK(nice_step(15.8, 8).value() == 2.0);  // 1.975 → 2
    CHECK(nice_step(15.8, 5).value() == 5.0);  // 3.16 → 5
    CHECK(nice_step(7.0, 1).value() == 10.0);  // past 5: the next power of ten
    CHECK(nice_step(0.6, 3).value() == 0.2);   // 0.6/3 is 0.19999999999999998 in doubles: still 0.2
    CHECK(nice_step(3e-300, 3).value() == rel_near(1e-300, 1e-15));
    CHECK(nice_step(4e300, 2).value() == rel_near(2e300, 1e-15));
}

TEST_CASE("linear_ticks: [0, 1] gives 0, 0.2, …, 1 exactly, with one decimal each") {
    const Ticks t = linear_ticks(0.0, 1.0, 5);
    // Exact equality with the decimal literals: each tick is one correctly rounded division,
    // so 3 × 0.2 is 0.6, not 0.6000000000000001.
    CHECK(t.values == values({0.0, 0.2, 0.4, 0.6, 0.8, 1.0}));
    CHECK(t.labels == std::vector<std::string>{"0.0", "0.2", "0.4", "0.6", "0.8", "1.0"});
}

TEST_CASE("linear_ticks: [−3.7, 12.1] gives the multiples of the step inside, with true minus signs") {
    const Ticks eight = linear_ticks(-3.7, 12.1, 8);
    CHECK(eight.values == values({-2, 0, 2, 4, 6, 8, 10, 12}));
    CHECK(eight.labels.front() == minus + "2");
    CHECK(eight.labels[1] == "0");
    CHECK(eight.labels.back() == "12");
    const Ticks five = linear_ticks(-3.7, 12.1, 5);
    CHECK(five.values == values({0, 5, 10}));  // step 5: −5 and 15 lie outside the range
}

TEST_CASE("linear_ticks: the ends of the range are ticks when they are multiples, despite rounding") {
    CHECK(linear_ticks(0.1, 0.3, 2).values == values({0.1, 0.2, 0.3}));  // 0.3/0.1 = 2.9999999999999996
    CHECK(linear_ticks(-1.0, -0.5, 5).values == values({-1.0, -0.9, -0.8, -0.7, -0.6, -0.5}));
}

TEST_CASE("linear_ticks: huge and tiny ticks share a power of ten in their labels") {
    const Ticks big = linear_ticks(0.0, 3e6, 3);
    CHECK(big.values == values({0.0, 1e6, 2e6, 3e6}));
    CHECK(big.labels == std::vector<std::string>{"0", "1\u00d710\u2076", "2\u00d710\u2076", "3\u00d710\u2076"});
    const Ticks tiny = linear_ticks(0.0, 2.5e-5, 5);  // step 5e-6
    CHECK(tiny.labels[1] == "0.5\u00d710\u207b\u2075");
    const Ticks extreme = linear_ticks(1e-300, 5e-300, 4);  // step 10⁻³⁰⁰, beyond the exact powers of ten
    REQUIRE(extreme.values.size() == 5);
    for (std::size_t k = 0; k < 5; ++k) CHECK(extreme.values[k] == rel_near(double(k + 1) * 1e-300, 1e-15));
    const Ticks offset = linear_ticks(1e9, 1e9 + 1.0, 5);  // a small span far from 0
    CHECK(offset.values.size() == 6);
    for (std::size_t k = 1; k < offset.labels.size(); ++k) CHECK(offset.labels[k] != offset.labels[k - 1]);
}

TEST_CASE("linear_ticks: min_step = 1 keeps matrix indices whole") {
    CHECK(linear_ticks(-0.5, 3.5, 20, 1.0).values == values({0, 1, 2, 3}));
}

TEST_CASE("log_ticks: [10⁻³, 10³] is every decade, labelled as plain decimals") {
    const Ticks t = log_ticks(1e-3, 1e3, 10);
    CHECK(t.values == values({1e-3, 1e-2, 1e-1, 1.0, 10.0, 100.0, 1000.0}));  // exact: one rounding each
    CHECK(t.labels == std::vector<std::string>{"0.001", "0.01", "0.1", "1", "10", "100", "1000"});
    CHECK(log_ticks(1e-3, 1e3, 4).values == values({1e-2, 1.0, 1e2}));  // every second decade
}

TEST_CASE("log_ticks: few decades add 2 and 5; many decades are labelled as powers, every 5th") {
    CHECK(log_ticks(1.0, 100.0, 9).values == values({1, 2, 5, 10, 20, 50, 100}));
    const Ticks wide = log_ticks(1e-10, 1e10, 6);
    CHECK(wide.values == values({1e-10, 1e-5, 1.0, 1e5, 1e10}));
    CHECK(wide.labels[0] == "10\u207b\u00b9\u2070");  // 10⁻¹⁰
    CHECK(wide.labels[2] == "10\u2070");
    const Ticks small = log_ticks(2e-8, 9e-6, 12);  // three decades: 2×10⁻⁸, 5×10⁻⁸, 10⁻⁷, …
    CHECK(small.labels.front() == "2\u00d710\u207b\u2078");
    CHECK(log_ticks(1e-300, 1e300, 8).values.size() <= 8);
}

TEST_CASE("log_ticks: less than a decade falls back to linear ticks") {
    CHECK(log_ticks(2.0, 8.0, 5).values == values({2, 4, 6, 8}));
}

TEST_CASE("format_number: significant, fixed and scientific notation") {
    CHECK(format_number(3.14159) == "3.142");
    CHECK(format_number(0.000123456) == "0.0001235");
    CHECK(format_number(1.5e-5) == "1.5\u00d710\u207b\u2075");
    CHECK(format_number(1234567.0) == "1.235\u00d710\u2076");
    CHECK(format_number(-2.5) == minus + "2.5");
    CHECK(format_number(0.0) == "0");
    CHECK(format_number(1000.0) == "1000");  // trailing zeros after the point only are dropped
    CHECK(format_number(2.0 / 3.0, {.digits = 3, .notation = Notation::fixed}) == "0.667");
    CHECK(format_number(-0.0001, {.digits = 2, .notation = Notation::fixed}) == "0.00");  // never −0.00
    CHECK(format_number(12346.0, {.digits = 4, .notation = Notation::scientific}) == "1.235\u00d710\u2074");
    CHECK(format_number(9.9996, {.digits = 4, .notation = Notation::scientific}) == "1.000\u00d710\u00b9");  // carry
    CHECK(format_number(1e-300) == "1\u00d710\u207b\u00b3\u2070\u2070");
    CHECK(format_number(std::numeric_limits<double>::quiet_NaN()) == "NaN");
    CHECK(format_number(std::numeric_limits<double>::infinity()) == "\u221e");
    CHECK(format_number(-std::numeric_limits<double>::infinity()) == minus + "\u221e");
}

TEST_CASE("decimal_exponent and power_of_ten at and across powers of ten") {
    for (int e = -300; e <= 300; e += 7) {
        const double p = power_of_ten(e);
        CHECK(decimal_exponent(p) == e);
        CHECK(decimal_exponent(std::nextafter(p, 0.0)) == e - 1);
    }
    CHECK(power_of_ten(-3) == 0.001);  // correctly rounded, as the literal is
    CHECK(power_of_ten(22) == 1e22);
}

TEST_CASE("axis_range: padding, constant series, no data, zero baselines") {
    Range r = axis_range(0.0, 10.0, Scale::linear, false);
    CHECK(r.lo == doctest::Approx(-0.4));
    CHECK(r.hi == doctest::Approx(10.4));
    r = axis_range(5.0, 5.0, Scale::linear, false);  // a constant series: ±10 % around it
    CHECK(r.lo == doctest::Approx(4.5));
    CHECK(r.hi == doctest::Approx(5.5));
    r = axis_range(0.0, 0.0, Scale::linear, false);  // constant 0: ±1
    CHECK((r.lo == -1.0 && r.hi == 1.0));
    r = axis_range(1e-300, 1e-300, Scale::linear, false);  // ±10 % works at any scale
    CHECK(r.hi == rel_near(1.1e-300, 1e-12));
    r = axis_range(3.0, 3.0, Scale::log, false);  // a decade either side
    CHECK(r.lo == doctest::Approx(0.3));
    CHECK(r.hi == doctest::Approx(30.0));
    r = axis_range(1.0, 1.0 + 1e-14, Scale::linear, false);  // a span of rounding noise is constant
    CHECK(r.lo == doctest::Approx(0.9));
    r = axis_range(std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(), Scale::linear, false);
    CHECK((r.lo == 0.0 && r.hi == 1.0));  // no data
    r = axis_range(0.0, 2.0, Scale::linear, true);  // bars: 0 is the exact bottom
    CHECK(r.lo == 0.0);
    CHECK(r.hi == doctest::Approx(2.08));
    r = axis_range(1e-3, 1e3, Scale::log, false);  // 4 % of six decades on each side
    CHECK(r.lo == rel_near(1e-3 / std::pow(10.0, 0.24), 1e-12));
}

// The brief's rule "no overlapping tick labels", checked on many random axes: neighbouring labels
// keep a gap (horizontal: half of each label's estimated width plus 0.8 em; vertical: a line
// height plus half an em), every tick lies on the axis, and the steps are equal.
TEST_CASE("choose_ticks: on 2000 random axes no two labels overlap, and axes of 150 px get ≥ 2 ticks") {
    Rng rng(15);
    for (int trial = 0; trial < 2000; ++trial) {
        const bool log = trial % 4 == 3, horizontal = trial % 2 == 0;
        Axis axis;
        axis.scale = log ? Scale::log : Scale::linear;
        const double length = 40.0 + 1200.0 * rng.uniform();
        axis.pixel_lo = horizontal ? 0.0 : length;
        axis.pixel_hi = horizontal ? length : 0.0;
        if (log) {
            axis.lo = std::pow(10.0, -200.0 + 400.0 * rng.uniform());
            axis.hi = axis.lo * std::pow(10.0, 0.5 + 40.0 * rng.uniform());
        } else {
            const double span = std::pow(10.0, -12.0 + 24.0 * rng.uniform());
            axis.lo = (rng.uniform() - 0.5) * span * std::pow(10.0, 4.0 * rng.uniform());
            axis.hi = axis.lo + span;
        }
        const Ticks t = choose_ticks(axis, horizontal, 12.0);
        REQUIRE(t.values.size() == t.labels.size());
        CHECK(!t.values.empty());
        INFO("axis [" << axis.lo << ", " << axis.hi << "], " << length << " px, first label " << t.labels.at(0));
        // Two ticks always fit on 150 px, unless the range is tiny next to its offset (10⁸ + [0, 1]):
        // then every label carries many digits (−1.2365×10⁻⁴, 100 px), and a step of 110–275 px,
        // which the 1-2-5 steps always offer (they grow by at most 2.5), needs an axis of 550 px.
        // Labels with a power of ten (−6×10⁻¹⁰, 60 px) need a step of 70–175 px: 350 px.
        const bool long_labels = !log && std::abs(axis.lo) > 100.0 * (axis.hi - axis.lo);
        const bool powers = t.labels.at(0).find("\u00d710") != std::string::npos;
        if (length >= (long_labels ? 550.0 : powers ? 350.0 : 150.0)) CHECK(t.values.size() >= 2);
        for (std::size_t k = 0; k < t.values.size(); ++k) {
            CHECK(t.values[k] >= axis.lo * (1 - 1e-9 * (axis.lo > 0 ? 1 : -1)) - 1e-9 * (axis.hi - axis.lo));
            CHECK(t.values[k] <= axis.hi + 1e-9 * (axis.hi - axis.lo) + 1e-9 * std::abs(axis.hi));
        }
        for (std::size_t k = 0; k + 1 < t.values.size(); ++k) {
            const double distance = std::abs(axis.to_pixel(t.values[k + 1]) - axis.to_pixel(t.values[k]));
            const double needed = horizontal
                                      ? 0.5 * (text_width(t.labels[k], 12.0) + text_width(t.labels[k + 1], 12.0)) + 0.8 * 12.0
                                      : 12.0 + 0.5 * 12.0;
            CHECK(distance >= needed);
            CHECK(t.labels[k] != t.labels[k + 1]);
            if (!log && k + 2 < t.values.size())  // equal steps, to the rounding of the tick values
                CHECK(t.values[k + 2] - t.values[k + 1] ==
                      doctest::Approx(t.values[k + 1] - t.values[k]).epsilon(1e-9).scale(axis.hi - axis.lo));
        }
    }
}

TEST_CASE("text_width counts characters, not bytes, and wrap_text breaks at spaces") {
    CHECK(text_width("σ²", 10.0) < text_width("abc", 10.0));  // 2 characters, though 4 bytes
    CHECK(text_width("10⁻³", 10.0) < text_width("10-30", 10.0));  // superscripts are small
    CHECK(text_width("", 12.0) == 0.0);
    const auto lines = wrap_text("Newton needs five steps and gradient descent nine hundred", 15.0, 200.0);
    CHECK(lines.size() >= 2);
    for (const auto& line : lines) CHECK(text_width(line, 15.0) <= 200.0);
    CHECK(wrap_text("a-single-word-that-is-far-too-long-for-its-line", 15.0, 50.0).size() == 1);
}
