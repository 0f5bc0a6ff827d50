// mml/stats/bias_variance.hpp — the bias–variance decomposition, by Monte Carlo. (MML §8.3.3; ESL §7.3)
//
// Data come from y = f(x) + ε with ε ~ N(0, σ²). A fit f̂_D depends on the random training set D.
// At a test input x, averaging over training sets D and the test noise ε,
//     E[(y − f̂_D(x))²] = (f(x) − E_D[f̂_D(x)])²  +  E_D[(f̂_D(x) − E_D[f̂_D(x)])²]  +  σ²
//                        └──────── bias² ───────┘   └──────────── variance ─────────┘  └noise┘
// (the cross terms vanish because ε is independent of D and has mean 0). Simple models (low
// degree) have large bias and small variance; flexible ones the reverse; the expected test
// error is smallest in between.
//
// bias_variance_experiment estimates each term by drawing M training sets of N points (inputs
// uniform on [a, b], seeded), fitting a polynomial of each degree to each, and evaluating on a
// grid of test inputs: bias² and variance are averaged over the grid. It also measures the
// expected test error directly, with fresh noisy test targets, so a test can check that
// bias² + variance + noise matches it.
#pragma once

#include "mml/core/vector.hpp"
#include "mml/prob/rng.hpp"

#include <cstddef>
#include <functional>
#include <vector>

namespace mml {

struct BiasVarianceSettings {
    std::function<double(double)> f;  // the true function
    double noise_stddev = 0.3;        // σ
    double a = -1.0, b = 1.0;         // inputs xₙ ~ Uniform[a, b]
    std::size_t N = 25;               // training points per data set
    std::size_t data_sets = 200;      // M
    std::size_t test_points = 50;     // evenly spaced test inputs in [a, b]
    double lambda = 0.0;              // ridge penalty of every fit
};

struct BiasVariancePoint {
    std::size_t degree;
    double bias_squared;         // mean over x of (f(x) − f̄(x))², f̄ = the average fit
    double variance;             // mean over x and D of (f̂_D(x) − f̄(x))²
    double noise;                // σ²
    double expected_test_error;  // mean over x, D and fresh ε of (f(x) + ε − f̂_D(x))², measured
};

std::vector<BiasVariancePoint> bias_variance_experiment(const BiasVarianceSettings& settings,
                                                        const std::vector<std::size_t>& degrees, Rng& rng);

}  // namespace mml
