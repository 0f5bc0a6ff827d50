// mml/plot/ticks.cpp — 1-2-5 steps (Heckbert 1990), linear and logarithmic tick marks, labels.
#include "mml/plot/ticks.hpp"

#include "mml/plot/number_format.hpp"

#include <algorithm>
#include <cmath>

namespace mml {

double NiceStep::value() const {
    return exponent >= 0 ? mantissa * power_of_ten(exponent) : mantissa / power_of_ten(-exponent);
}

NiceStep nice_step(double span, std::size_t max_intervals) {
    const double raw = span / static_cast<double>(std::max<std::size_t>(max_intervals, 1));
    const int k = decimal_exponent(raw);  // 10ᵏ ≤ raw < 10ᵏ⁺¹
    // Allow a relative 1e-9 of slack, so that span/step landing a rounding error above
    // max_intervals (0.6/3 = 0.19999999999999998) does not push the step to the next size.
    for (const int m : {1, 2, 5}) {
        const NiceStep step{m, k};
        if (step.value() >= raw * (1.0 - 1e-9)) return step;
    }
    return NiceStep{1, k + 1};
}

// j·step as (j·m)·10ᵏ or (j·m)/10⁻ᵏ: one rounding, so 3 × 0.2 gives the double nearest 0.6.
static double multiple(double j, NiceStep step) {
    const double integer = j * step.mantissa;
    return step.exponent >= 0 ? integer * power_of_ten(step.exponent) : integer / power_of_ten(-step.exponent);
}

// Labels for ticks spaced `step` apart: plain decimals with just the decimals the step needs,
// or, for very large or very small ticks, a common power of ten written on each label.
static std::vector<std::string> linear_labels(const std::vector<double>& values, NiceStep step) {
    double largest = 0.0;
    for (const double v : values) largest = std::max(largest, std::abs(v));
    std::vector<std::string> labels;
    const int e = largest > 0.0 ? decimal_exponent(largest) : 0;
    const bool scientific = largest > 0.0 && (e >= 6 || e <= -4);
    for (const double v : values) {
        if (!scientific) labels.push_back(format_fixed(v, -step.exponent));  // 0.0 among 0.2, 0.4
        else if (v == 0.0) labels.push_back("0");
        else labels.push_back(format_fixed(v / power_of_ten(e), e - step.exponent) + times_ten_to(e));
    }
    return labels;
}

Ticks linear_ticks(double lo, double hi, std::size_t max_intervals, double min_step) {
    NiceStep step = nice_step(hi - lo, max_intervals);
    if (step.value() < min_step) step = nice_step(min_step, 1);
    const double s = step.value();
    // The 1e-9 slack keeps a tick that sits on an end of the range despite rounding in lo/s.
    const double first = std::ceil(lo / s - 1e-9), last = std::floor(hi / s + 1e-9);
    Ticks ticks;
    for (double j = first; j <= last; j += 1.0) {
        const double v = multiple(j, step);
        ticks.values.push_back(v == 0.0 ? 0.0 : v);  // no −0
    }
    ticks.labels = linear_labels(ticks.values, step);
    return ticks;
}

// m·10ᵏ exactly rounded, for m = 1, 2, 5.
static double nice_value(int m, int k) { return NiceStep{m, k}.value(); }

// The label of m·10ᵏ: plain ("0.002", "5000") or a power ("10⁻⁸", "2×10⁻⁸").
static std::string log_label(int m, int k, bool plain) {
    if (plain) return format_fixed(nice_value(m, k), std::max(0, -k));
    std::string power = "10";
    power += superscript(k);
    return m == 1 ? power : std::to_string(m) + "\u00d7" + power;
}

Ticks log_ticks(double lo, double hi, std::size_t max_ticks) {
    int k_lo = decimal_exponent(lo);
    if (power_of_ten(k_lo) < lo) ++k_lo;  // the first power of ten ≥ lo
    const int k_hi = decimal_exponent(hi);  // the last power of ten ≤ hi
    const int decades = k_hi - k_lo + 1;    // powers of ten inside [lo, hi]
    const auto room = static_cast<int>(std::max<std::size_t>(max_ticks, 2));
    if (decades < 2) return linear_ticks(lo, hi, static_cast<std::size_t>(room - 1));

    // Which mantissas in each decade, and every how many decades: 1, 2, 5 if there is room for
    // three ticks a decade; otherwise every s-th power, s = 1, 2, 5, 10, 20, … (1-2-5 again).
    std::vector<int> mantissas{1};
    NiceStep stride{1, 0};  // label every stride.value() decades
    if (3 * decades <= room) mantissas = {1, 2, 5};
    while ((decades + static_cast<int>(stride.value()) - 1) / static_cast<int>(stride.value()) > room)
        stride = stride.mantissa == 5 ? NiceStep{1, stride.exponent + 1} : NiceStep{stride.mantissa == 1 ? 2 : 5, stride.exponent};
    const auto every = static_cast<int>(stride.value());

    struct Tick { int m, k; };
    std::vector<Tick> chosen;
    for (int k = k_lo - 1; k <= k_hi; ++k) {
        if (k % every != 0) continue;
        for (const int m : mantissas) {
            const double v = nice_value(m, k);
            if (v >= lo * (1.0 - 1e-12) && v <= hi * (1.0 + 1e-12)) chosen.push_back({m, k});
        }
    }
    bool plain = true;
    for (const Tick& t : chosen) plain = plain && t.k >= -3 && t.k <= 3 + (t.m == 1 ? 1 : 0);
    Ticks ticks;
    for (const Tick& t : chosen) {
        ticks.values.push_back(nice_value(t.m, t.k));
        ticks.labels.push_back(log_label(t.m, t.k, plain));
    }
    return ticks;
}

}  // namespace mml
