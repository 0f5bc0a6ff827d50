// mml/plot/histogram.hpp — counting samples into bins, to hold a density up against.
//
// A histogram cuts [lo, hi] into equal bins and counts the samples in each. Scaled as a density,
//     height_k = count_k / (N · width),
// the bars have total area 1 (over samples inside the range), the same scale as a pdf p(x), so
// the histogram of samples from p converges to the curve of p as N grows (MML §6.2, §6.4).
// How many bins: too few hide the shape, too many show only noise. The Freedman–Diaconis rule
// (Freedman & Diaconis, 1981) takes the width h = 2·IQR·N^(−1/3), from the interquartile range
// IQR = Q(0.75) − Q(0.25), which a few outliers cannot inflate; when IQR = 0 (more than half the
// samples equal) it falls back to Sturges' rule, ⌈log₂ N⌉ + 1 bins (Sturges, 1926).
#pragma once

#include "mml/core/vector.hpp"

#include <cstddef>
#include <optional>

namespace mml {

struct HistogramOptions {
    std::size_t bins = 0;          // 0: the Freedman–Diaconis rule (between 1 and 200 bins)
    bool density = true;           // heights as a density (area 1); false: raw counts
    std::optional<double> lo{}, hi{};  // the range of the bins; default: the samples' min and max
};

struct Histogram {
    Vector edges{};    // bins + 1 increasing bin edges; bin k is [edges[k], edges[k+1])
    Vector heights{};  // bins values: counts, or counts / (N · width) as a density
    std::size_t samples = 0;  // N: the finite samples (NaN are skipped)
};

// Bins the samples. NaN samples are skipped; samples outside [lo, hi] are not counted (the last
// bin includes hi). All-equal samples get a bin around their value.
// DimensionError when there is no finite sample; DomainError for ±∞ samples or lo ≥ hi.
Histogram make_histogram(const Vector& samples, const HistogramOptions& options = {});

// The Freedman–Diaconis number of bins for finite samples (N ≥ 1), clamped to [1, 200].
std::size_t freedman_diaconis_bins(const Vector& samples);

}  // namespace mml
