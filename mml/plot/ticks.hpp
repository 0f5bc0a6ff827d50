// mml/plot/ticks.hpp — where an axis puts its tick marks, and what their labels say.
//
// "Nice" numbers (Heckbert, "Nice numbers for graph labels", Graphics Gems I, 1990). People read
// 0, 0.2, 0.4 at a glance and stumble over 0, 0.17, 0.34. So the step between ticks is one of
//      …, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, …      (m·10ᵏ with m ∈ {1, 2, 5})
// Why 1, 2 and 5: each divides 10, so the multiples of a step are round decimals in every decade,
// and each is at most 2.5 times the one before, so the number of ticks never jumps far.
// The algorithm, for an axis from lo to hi with room for at most n intervals:
//   1. the raw step (hi − lo)/n is the smallest step that fits n intervals;
//   2. round it *up* to the next 1-2-5 number: step = m·10ᵏ with k = ⌊log₁₀ raw⌋, m the first of
//      1, 2, 5, 10 with m·10ᵏ ≥ raw;
//   3. the ticks are the multiples j·step inside [lo, hi], j = ⌈lo/step⌉, …, ⌊hi/step⌋.
// Heckbert also widens the axis out to the first and last multiple ("loose" labels); mml keeps
// the axis at the data's range plus a small margin and labels the multiples inside it.
// Numerical care: 3·0.2 is 0.6000000000000001 in floating point, so a tick is computed as the
// integer j·m divided by the exact power 10⁻ᵏ (one rounding, the closest double to 0.6).
//
// A logarithmic axis puts its ticks on the powers of ten; with few decades it adds 2·10ᵏ and
// 5·10ᵏ, with many it labels every 2nd, 5th, 10th, … decade; within less than a decade it falls
// back to the linear ticks.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace mml {

// A step m·10ᵏ, m ∈ {1, 2, 5}.
struct NiceStep {
    int mantissa = 1;
    int exponent = 0;
    double value() const;
};

// The smallest 1-2-5 step that divides `span` > 0 into at most max_intervals ≥ 1 intervals.
NiceStep nice_step(double span, std::size_t max_intervals);

struct Ticks {
    std::vector<double> values;       // increasing
    std::vector<std::string> labels;  // one per value, all in the same notation
};

// Ticks at the multiples of nice_step(hi − lo, max_intervals) in [lo, hi] (lo < hi, finite).
// A step below min_step is raised to it (min_step = 1 labels only integers, e.g. matrix indices).
// Labels: plain decimals with as many decimals as the step needs (0.2 → one), or m×10ᵉ when the
// ticks are ≥ 10⁶ or < 10⁻³ in size.
Ticks linear_ticks(double lo, double hi, std::size_t max_intervals, double min_step = 0.0);

// Ticks for a logarithmic axis, 0 < lo < hi, at most max_ticks of them (see above).
// Labels are plain decimals when every tick lies in [10⁻³, 10⁴] (0.001, 0.01, …, 1000), powers
// (10⁻⁸, 2×10⁻⁸, …) otherwise.
Ticks log_ticks(double lo, double hi, std::size_t max_ticks);

}  // namespace mml
