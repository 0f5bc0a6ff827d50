#include "testing.hpp"
#include "unit7.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace mml;
using mml::testing::near;

TEST_CASE("7.07 SMO pair update: the two-point example by hand, with and without clipping") {
    // x₀ = 0 (y = −1), x₁ = 2 (y = +1), linear kernel: t* = ½, α = (½, ½).
    const Matrix K{{0, 0}, {0, 4}};
    const std::vector<int> y{-1, 1};
    CHECK(exercises::smo_pair_update(Vector(2), y, K, 10.0, 1, 0) == near(Vector{0.5, 0.5}, 1e-15));
    // With C = 0.2 the unclipped step would leave the box: t stops at 0.2.
    CHECK(exercises::smo_pair_update(Vector(2), y, K, 0.2, 1, 0) == near(Vector{0.2, 0.2}, 1e-15));
    // The same pair in the other order moves along the same line to the same point.
    CHECK(exercises::smo_pair_update(Vector(2), y, K, 10.0, 0, 1) == near(Vector{0.5, 0.5}, 1e-15));
    CHECK_THROWS_AS(exercises::smo_pair_update(Vector(2), y, K, 10.0, 1, 1), DomainError);  // a = 0
}

TEST_CASE("7.07 SMO pair update: feasible, and the best point on its line, step after step") {
    // 40 updates of random pairs from α = 0 on random data (RBF, C = 1). After each: yᵀα = 0 and
    // 0 ≤ α ≤ C (to rounding, 1e-14), and the dual objective is at least its value at 401 points of
    // the feasible segment of the line αᵢ += yᵢt, αⱼ −= yⱼt (so it is that segment's maximum).
    Rng rng(707);
    const std::size_t N = 8;
    const Matrix X = mml::testing::random_matrix(rng, N, 2);
    std::vector<int> y(N);
    for (std::size_t n = 0; n < N; ++n) y[n] = n % 2 == 0 ? 1 : -1;
    const Matrix K = gram_matrix(Kernel::rbf(1.0), X);
    const double C = 1.0;
    Vector alpha(N);
    for (int step = 0; step < 40; ++step) {
        const auto i = static_cast<std::size_t>(rng.uniform_int(N));
        const auto j = (i + 1 + static_cast<std::size_t>(rng.uniform_int(N - 1))) % N;
        const Vector next = exercises::smo_pair_update(alpha, y, K, C, i, j);
        double balance = 0.0;
        for (std::size_t n = 0; n < N; ++n) {
            balance += y[n] * next[n];
            CHECK(next[n] >= -1e-14);
            CHECK(next[n] <= C + 1e-14);
            if (n != i && n != j) CHECK(next[n] == alpha[n]);
        }
        CHECK(balance == near(0.0, 1e-14));
        const double best = svm_dual_objective(next, y, K);
        const double lo = std::max(y[i] == 1 ? -alpha[i] : alpha[i] - C, y[j] == 1 ? alpha[j] - C : -alpha[j]);
        const double hi = std::min(y[i] == 1 ? C - alpha[i] : alpha[i], y[j] == 1 ? alpha[j] : C - alpha[j]);
        for (int g = 0; g <= 400; ++g) {
            const double t = lo + (hi - lo) * g / 400.0;
            Vector trial = alpha;
            trial[i] += y[i] * t;
            trial[j] -= y[j] * t;
            CHECK(best >= svm_dual_objective(trial, y, K) - 1e-13);
        }
        alpha = next;
    }
}
