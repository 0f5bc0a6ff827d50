// Benchmark: the matrix product C = AB, mml's blocked product against the textbook triple loop.
//
//     build/test/bench/bench_matmul
//
// Prints GFLOP/s (2n³ floating-point operations per product, divided by the best of several
// timed runs) at n = 128, 256, 512, 1024, and the speed-up of mml over the textbook loop.
// See mml/core/matmul.cpp for the three ideas behind the difference.
#include "mml/core.hpp"
#include "mml/prob/rng.hpp"

#include <algorithm>
#include <cstdio>

#include "timing.hpp"

using mml::bench::best_seconds;

namespace {

// Cᵢⱼ = Σₖ AᵢₖBₖⱼ in the order of the definition (i-j-k): the inner loop walks down a column of B.
mml::Matrix textbook_product(const mml::Matrix& A, const mml::Matrix& B) {
    const std::size_t m = A.rows(), p = A.cols(), n = B.cols();
    mml::Matrix C(m, n);
    const double* a = A.data();
    const double* b = B.data();
    double* c = C.data();
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            double sum = 0.0;
            for (std::size_t k = 0; k < p; ++k) sum += a[i * p + k] * b[k * n + j];
            c[i * n + j] = sum;
        }
    return C;
}

}  // namespace

int main() {
    mml::Rng rng(1);
    std::printf("matrix product C = AB, n x n, double precision, one core\n");
    std::printf("%6s %14s %16s %9s %12s\n", "n", "mml GFLOP/s", "textbook GFLOP/s", "speed-up", "max |diff|");
    for (std::size_t n : {128u, 256u, 512u, 1024u}) {
        mml::Matrix A(n, n), B(n, n);
        for (std::size_t k = 0; k < n * n; ++k) A.data()[k] = 2.0 * rng.uniform() - 1.0;
        for (std::size_t k = 0; k < n * n; ++k) B.data()[k] = 2.0 * rng.uniform() - 1.0;
        mml::Matrix C_mml, C_textbook;
        const int repeats = n <= 256 ? 10 : (n == 512 ? 5 : 2);
        const double t_mml = best_seconds([&] { C_mml = A * B; }, repeats);
        const double t_textbook = best_seconds([&] { C_textbook = textbook_product(A, B); }, n == 1024 ? 1 : 3);
        const double flops = 2.0 * static_cast<double>(n) * static_cast<double>(n) * static_cast<double>(n);
        std::printf("%6zu %14.2f %16.2f %8.1fx %12.2e\n", n, flops / t_mml / 1e9, flops / t_textbook / 1e9,
                    t_textbook / t_mml, mml::max_abs_difference(C_mml, C_textbook));
    }
    return 0;
}
