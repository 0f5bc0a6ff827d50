// mml/plot/axis.hpp — an axis: the range of values it shows, its scale, and its ticks.
//
// An axis maps a data value v to a pixel, by linear interpolation between the ends of its range
// in v itself (a linear scale) or in log₁₀ v (a logarithmic one, where equal ratios — a factor of
// 10 — take equal lengths; the right scale for errors, step sizes and anything that spans
// several orders of magnitude; MML §7.1 plots convergence this way).
// The range: the data's, widened by 4 % on each side so no point sits on the frame; a constant
// series (lo = hi) gets a range around its value instead (v ± 10 % of |v|, or ±1 around 0; a
// decade either side on a log scale); bars and histograms keep 0 as the exact bottom.
// The ticks: as many nice ticks (ticks.hpp) as fit without two labels touching — the count is
// chosen from the axis length and the estimated label widths (text_layout.hpp), largest first.
#pragma once

#include "mml/plot/ticks.hpp"

namespace mml {

enum class Scale { linear, log };

struct Axis {
    Scale scale = Scale::linear;
    double lo = 0.0, hi = 1.0;              // the values at the two ends, lo < hi
    double pixel_lo = 0.0, pixel_hi = 1.0;  // their pixels (a y axis runs up: pixel_lo > pixel_hi)

    double transform(double v) const;  // v, or log₁₀ v on a log scale
    double to_pixel(double v) const;   // the pixel of value v (NaN for v ≤ 0 on a log scale)
    double length() const;             // |pixel_hi − pixel_lo|
};

// The range an axis shows for data spanning [data_lo, data_hi] (data_lo > data_hi: no data),
// as described at the top. zero_baseline: bars stand on 0, so 0 stays the exact end it touches.
struct Range {
    double lo, hi;
};
Range axis_range(double data_lo, double data_hi, Scale scale, bool zero_baseline);

// The ticks of `axis` (its pixels set), with labels that do not overlap: horizontal labels need
// their estimated width plus a gap between neighbours, vertical ones a line height. min_step as
// in linear_ticks.
Ticks choose_ticks(const Axis& axis, bool horizontal, double font_size, double min_step = 0.0);

}  // namespace mml
