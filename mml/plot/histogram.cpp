// mml/plot/histogram.cpp — bins by Freedman–Diaconis (or Sturges), counts, density scaling.
#include "mml/plot/histogram.hpp"

#include "mml/core/error.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <vector>

namespace mml {

// The q-quantile of sorted data by linear interpolation between order statistics (type 7).
static double sorted_quantile(const std::vector<double>& sorted, double q) {
    const double h = q * static_cast<double>(sorted.size() - 1);
    const auto k = static_cast<std::size_t>(h);
    if (k + 1 >= sorted.size()) return sorted.back();
    return sorted[k] + (h - static_cast<double>(k)) * (sorted[k + 1] - sorted[k]);
}

std::size_t freedman_diaconis_bins(const Vector& samples) {
    std::vector<double> sorted(samples.begin(), samples.end());
    std::sort(sorted.begin(), sorted.end());
    const double n = static_cast<double>(sorted.size());
    const double range = sorted.back() - sorted.front();
    const double iqr = sorted_quantile(sorted, 0.75) - sorted_quantile(sorted, 0.25);
    double bins = std::ceil(std::log2(n)) + 1.0;  // Sturges, for IQR = 0
    if (iqr > 0.0 && range > 0.0) bins = std::ceil(range / (2.0 * iqr * std::cbrt(1.0 / n)));
    return static_cast<std::size_t>(std::clamp(bins, 1.0, 200.0));
}

// The finite samples; ±∞ is an error (a histogram has no bin for it), NaN is dropped.
static Vector finite_samples(const Vector& samples) {
    std::vector<double> kept;
    kept.reserve(samples.size());
    for (std::size_t n = 0; n < samples.size(); ++n) {
        if (std::isinf(samples[n])) {
            std::ostringstream msg;
            msg << "histogram: sample " << n << " is " << samples[n]
                << " — a histogram has no bin for infinity; drop it, or replace it by NaN to skip it";
            throw DomainError(msg.str());
        }
        if (!std::isnan(samples[n])) kept.push_back(samples[n]);
    }
    if (kept.empty())
        throw DimensionError("histogram: no samples to count (" + std::to_string(samples.size()) +
                             " given, none of them a number) — pass at least one finite sample");
    return Vector(std::move(kept));
}

Histogram make_histogram(const Vector& samples, const HistogramOptions& options) {
    const Vector x = finite_samples(samples);
    double lo = options.lo.value_or(*std::min_element(x.begin(), x.end()));
    double hi = options.hi.value_or(*std::max_element(x.begin(), x.end()));
    if (!options.lo && !options.hi && lo == hi) {  // every sample equal: one bin around the value
        const double half = std::max(0.5, 1e-6 * std::abs(lo));
        lo -= half;
        hi += half;
    }
    if (!(lo < hi) || !std::isfinite(lo) || !std::isfinite(hi)) {
        std::ostringstream msg;
        msg << "histogram: the bin range [" << lo << ", " << hi << "] is empty — give lo < hi";
        throw DomainError(msg.str());
    }
    const std::size_t bins = options.bins > 0 ? options.bins : freedman_diaconis_bins(x);
    const double width = (hi - lo) / static_cast<double>(bins);
    Histogram h{Vector(bins + 1), Vector(bins), x.size()};
    for (std::size_t k = 0; k <= bins; ++k) h.edges[k] = lo + static_cast<double>(k) * width;
    h.edges[bins] = hi;
    for (const double v : x) {
        if (v < lo || v > hi) continue;
        const auto k = std::min(static_cast<std::size_t>((v - lo) / width), bins - 1);  // hi goes in the last bin
        h.heights[k] += 1.0;
    }
    if (options.density) h.heights /= static_cast<double>(x.size()) * width;
    return h;
}

}  // namespace mml
