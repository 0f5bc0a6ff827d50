// Benchmark: random number throughput, mml::Rng beside the standard library's engines.
//
//     build/test/bench/bench_prob
//
// Millions of values per second (best of 5 runs of 10⁷ draws each; Gamma and Poisson 10⁶).
// <random> appears here only as the yardstick: mml never uses it (its distributions differ
// between standard libraries, so a seed would not reproduce a lecture's numbers).
#include "mml/prob.hpp"

#include <algorithm>
#include <cstdio>
#include <random>

#include "timing.hpp"

using mml::bench::best_seconds;

namespace {

template <class Draw>
double millions_per_second(Draw draw, int n) {
    volatile double sink = 0;  // keeps the compiler from deleting the draws
    const double best = best_seconds(
        [&] {
            double s = 0;
            for (int i = 0; i < n; ++i) s += static_cast<double>(draw());
            sink = sink + s;
        },
        5);
    return n / best / 1e6;
}

}  // namespace

int main() {
    const int N = 10000000;
    mml::Rng rng(1);
    std::mt19937_64 mt(1);
    std::normal_distribution<double> std_normal(0.0, 1.0);
    const double u64 = millions_per_second([&] { return rng.next_u64() >> 11; }, N);
    const double mt64 = millions_per_second([&] { return mt() >> 11; }, N);
    const double uni = millions_per_second([&] { return rng.uniform(); }, N);
    const double nrm = millions_per_second([&] { return rng.normal(); }, N);
    const double std_nrm = millions_per_second([&] { return std_normal(mt); }, N);
    const mml::Gamma gamma(2.5, 1.0);
    const mml::Poisson small(4.0), large(1e6);
    const double g = millions_per_second([&] { return gamma.sample(rng); }, N / 10);
    const double ps = millions_per_second([&] { return small.sample(rng); }, N / 10);
    const double pl = millions_per_second([&] { return large.sample(rng); }, N / 10);
    std::printf("%-34s %10s\n", "generator", "M/s");
    std::printf("%-34s %10.1f\n", "mml::Rng::next_u64", u64);
    std::printf("%-34s %10.1f\n", "std::mt19937_64", mt64);
    std::printf("%-34s %10.1f\n", "mml::Rng::uniform", uni);
    std::printf("%-34s %10.1f\n", "mml::Rng::normal (polar)", nrm);
    std::printf("%-34s %10.1f\n", "std::normal_distribution + mt64", std_nrm);
    std::printf("%-34s %10.1f\n", "mml::Gamma(2.5, 1).sample", g);
    std::printf("%-34s %10.1f\n", "mml::Poisson(4).sample", ps);
    std::printf("%-34s %10.1f\n", "mml::Poisson(1e6).sample", pl);
    std::printf("next_u64 / mt19937_64 = %.2fx; normal / std::normal_distribution = %.2fx\n", u64 / mt64, nrm / std_nrm);
    return 0;
}
