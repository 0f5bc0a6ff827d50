// The one timer every benchmark uses: the best (shortest) wall-clock time of `repeats` runs.
// The minimum, not the mean: interruptions by the OS only ever make a run slower, so the
// fastest run is the best estimate of the code's own cost.
#pragma once

#include <algorithm>
#include <chrono>

namespace mml::bench {

template <class Run>
double best_seconds(Run run, int repeats) {
    double best = 1e300;
    for (int r = 0; r < repeats; ++r) {
        const auto start = std::chrono::steady_clock::now();
        run();
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return best;
}

}  // namespace mml::bench
