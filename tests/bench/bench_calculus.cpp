// Benchmark: the cost of a gradient by forward and by reverse mode, against one plain evaluation.
//
//     build/test/bench/bench_calculus
//
// Rosenbrock f(x) = Σᵢ 100 (xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)² with n = 10 … 10 000 inputs. Forward mode
// needs one dual evaluation per input, so its time grows like n × (one evaluation) — n² overall;
// reverse mode needs one recorded evaluation and one backward sweep, a constant multiple of one
// evaluation whatever n is. (Forward mode at n = 10 000 would take minutes: it is extrapolated
// from a sample of directions and marked with *.)
#include "mml/calculus.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "timing.hpp"

using mml::bench::best_seconds;

namespace {

auto rosenbrock = [](const auto& x) {
    auto sum = 0.0 * x[0];
    for (std::size_t i = 0; i + 1 < x.size(); ++i) {
        auto a = x[i + 1] - x[i] * x[i];
        auto b = 1.0 - x[i];
        sum = sum + 100.0 * a * a + b * b;
    }
    return sum;
};

}  // namespace

int main() {
    std::printf("Rosenbrock gradient, seconds (ratio to one plain evaluation)\n");
    std::printf("%7s %12s %22s %22s\n", "n", "plain", "forward (n passes)", "reverse (1 sweep)");
    volatile double sink = 0.0;
    for (std::size_t n : {10u, 100u, 1000u, 10000u}) {
        mml::Vector x(n);
        for (std::size_t i = 0; i < n; ++i) x[i] = 0.5 + 0.001 * static_cast<double>(i % 7);
        const int repeats = n <= 1000 ? 50 : 10;
        const double plain = best_seconds([&] { sink = sink + rosenbrock(x); }, repeats * 20);
        // Forward mode: time `sample` of the n directional passes and scale up when n is large.
        const std::size_t sample = std::min<std::size_t>(n, 200);
        std::vector<mml::Dual<>> xs(n);
        for (std::size_t i = 0; i < n; ++i) xs[i] = mml::Dual<>(x[i], 0.0);
        const double forward_sample = best_seconds(
            [&] {
                for (std::size_t i = 0; i < sample; ++i) {
                    xs[i].derivative = 1.0;
                    sink = sink + rosenbrock(xs).derivative;
                    xs[i].derivative = 0.0;
                }
            },
            n <= 1000 ? 5 : 2);
        const double forward = forward_sample * static_cast<double>(n) / static_cast<double>(sample);
        const double reverse = best_seconds([&] { sink = sink + mml::grad_reverse(rosenbrock, x)[0]; }, repeats);
        std::printf("%7zu %12.3e %12.3e (%6.0fx)%s %12.3e (%5.1fx)\n", n, plain, forward, forward / plain,
                    sample < n ? "*" : " ", reverse, reverse / plain);
    }
    return 0;
}
