// Benchmark: the cost of mml's linear-algebra algorithms as n grows.
//
//     build/test/bench/bench_linalg
//
// Prints the time (best of several runs) of solve (LU with partial pivoting), qr (Householder),
// eig_sym (Jacobi) and svd (one-sided Jacobi) on seeded random n×n matrices, n = 64 … 512, and the
// growth factor from n/2 to n. Every one of these is O(n³), so doubling n should cost about 8×
// (Jacobi methods also need a few more sweeps as n grows).
#include "mml/linalg.hpp"
#include "mml/prob/rng.hpp"

#include <algorithm>
#include <cstdio>

#include "timing.hpp"

using mml::bench::best_seconds;

int main() {
    mml::Rng rng(2);
    const std::size_t sizes[] = {64, 128, 256, 512};
    double previous[4] = {0, 0, 0, 0};
    std::printf("%6s %12s %12s %12s %12s   (seconds; x = growth from n/2)\n", "n", "solve", "qr", "eig_sym", "svd");
    for (std::size_t n : sizes) {
        mml::Matrix A(n, n);
        for (std::size_t k = 0; k < n * n; ++k) A.data()[k] = 2.0 * rng.uniform() - 1.0;
        const mml::Matrix S = 0.5 * (A + transpose(A));
        mml::Vector b(n, 1.0);
        const int repeats = n <= 128 ? 5 : (n == 256 ? 3 : 1);
        const double t[4] = {
            best_seconds([&] { (void)mml::solve(A, b); }, repeats),
            best_seconds([&] { (void)mml::qr(A); }, repeats),
            best_seconds([&] { (void)mml::eig_sym(S); }, n >= 512 ? 1 : repeats),
            best_seconds([&] { (void)mml::svd(A); }, n >= 512 ? 1 : repeats),
        };
        std::printf("%6zu", n);
        for (int i = 0; i < 4; ++i) {
            if (previous[i] > 0) std::printf(" %8.4f %4.1fx", t[i], t[i] / previous[i]);
            else std::printf(" %8.4f      ", t[i]);
            previous[i] = t[i];
        }
        std::printf("\n");
    }
    return 0;
}
