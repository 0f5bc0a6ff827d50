// mml/plot/axis.cpp — value-to-pixel maps, padded ranges, and a tick count that fits.
#include "mml/plot/axis.hpp"

#include "mml/plot/text_layout.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mml {

double Axis::transform(double v) const {
    if (scale == Scale::linear) return v;
    return v > 0.0 ? std::log10(v) : std::numeric_limits<double>::quiet_NaN();
}

double Axis::to_pixel(double v) const {
    const double a = transform(lo), b = transform(hi);
    return pixel_lo + (transform(v) - a) / (b - a) * (pixel_hi - pixel_lo);
}

double Axis::length() const { return std::abs(pixel_hi - pixel_lo); }

// A range of zero width cannot be divided into ticks or mapped to pixels: give it some width.
static Range widen_constant(double v, Scale scale) {
    if (scale == Scale::log) return {v / 10.0, v * 10.0};
    const double half = v == 0.0 ? 1.0 : 0.1 * std::abs(v);
    return {v - half, v + half};
}

Range axis_range(double data_lo, double data_hi, Scale scale, bool zero_baseline) {
    if (data_lo > data_hi) return scale == Scale::log ? Range{1.0, 10.0} : Range{0.0, 1.0};  // no data
    // Ranges narrower than 10⁻¹² of their size are rounding noise around a constant.
    const double size = std::max(std::abs(data_lo), std::abs(data_hi));
    if (data_hi - data_lo <= 1e-12 * size) return widen_constant(0.5 * data_lo + 0.5 * data_hi, scale);
    if (scale == Scale::log) {  // pad by 4 % of the span in log₁₀ space: multiply/divide by 10^(0.04·span)
        const double factor = std::pow(10.0, 0.04 * (std::log10(data_hi) - std::log10(data_lo)));
        return {data_lo / factor, data_hi * factor};
    }
    const double pad = 0.04 * (data_hi - data_lo);
    Range r{data_lo - pad, data_hi + pad};
    if (zero_baseline && data_lo == 0.0) r.lo = 0.0;
    if (zero_baseline && data_hi == 0.0) r.hi = 0.0;
    return r;
}

// Whether neighbouring labels keep clear of each other at their pixel positions.
static bool labels_fit(const Axis& axis, const Ticks& ticks, bool horizontal, double font_size) {
    const double gap = horizontal ? 0.8 * font_size : 0.5 * font_size;
    for (std::size_t k = 0; k + 1 < ticks.values.size(); ++k) {
        const double distance = std::abs(axis.to_pixel(ticks.values[k + 1]) - axis.to_pixel(ticks.values[k]));
        const double needed = horizontal ? 0.5 * (text_width(ticks.labels[k], font_size) +
                                                  text_width(ticks.labels[k + 1], font_size))
                                         : font_size;
        if (distance < needed + gap) return false;
    }
    return true;
}

Ticks choose_ticks(const Axis& axis, bool horizontal, double font_size, double min_step) {
    auto ticks_for = [&](std::size_t intervals) {
        return axis.scale == Scale::log ? log_ticks(axis.lo, axis.hi, intervals + 1)
                                        : linear_ticks(axis.lo, axis.hi, intervals, min_step);
    };
    // Start from one interval per three label heights (at most a dozen: more is clutter on any
    // axis) and come down until the labels fit.
    auto intervals = static_cast<std::size_t>(std::max(1.0, std::floor(axis.length() / (3.0 * font_size))));
    Ticks single;  // a fitting set with one tick only, in case no set of two or more fits
    for (intervals = std::min<std::size_t>(intervals, 12); intervals >= 1; --intervals) {
        Ticks ticks = ticks_for(intervals);
        if (!labels_fit(axis, ticks, horizontal, font_size)) continue;
        if (ticks.values.size() >= 2) return ticks;
        if (single.values.empty()) single = std::move(ticks);
    }
    if (!single.values.empty()) return single;
    // A very short axis: one tick, the middle one of a set that has at least one (three steps
    // of a 1-2-5 size ≤ the span always leave a multiple inside it). One label cannot overlap.
    Ticks many = axis.scale == Scale::log ? log_ticks(axis.lo, axis.hi, 100) : linear_ticks(axis.lo, axis.hi, 3, min_step);
    if (many.values.empty()) return many;
    const std::size_t middle = many.values.size() / 2;
    return Ticks{{many.values[middle]}, {many.labels[middle]}};
}

}  // namespace mml
