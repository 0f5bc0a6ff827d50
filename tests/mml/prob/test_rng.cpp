// Tests for mml::Rng: the seeding contract against the published algorithms, statistical checks,
// shuffling, sampling without replacement, jump/split.
#include "testing.hpp"

#include "mml/prob.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <set>
#include <vector>

using namespace mml;

// Reference outputs computed from the published SplitMix64 and xoshiro256** algorithms by an
// independent implementation (Python, arbitrary-precision integers masked to 64 bits).
TEST_CASE("Rng: first outputs for several seeds match the reference algorithm") {
    struct Case {
        std::uint64_t seed, out[3];
    };
    const Case cases[] = {
        {0, {0x99ec5f36cb75f2b4ULL, 0xbf6e1f784956452aULL, 0x1a5f849d4933e6e0ULL}},
        {1, {0xb3f2af6d0fc710c5ULL, 0x853b559647364ceaULL, 0x92f89756082a4514ULL}},
        {42, {0x15780b2e0c2ec716ULL, 0x6104d9866d113a7eULL, 0xae17533239e499a1ULL}},
        {20261125, {0xa95216bb197221b1ULL, 0x8b0316fce0d767bcULL, 0x8495d78e321f87efULL}},
    };
    for (const auto& c : cases) {
        Rng rng(c.seed);
        for (std::uint64_t expected : c.out) CHECK(rng.next_u64() == expected);
    }
    Rng rng(0);
    CHECK(rng.uniform() == 0.6012629994179048);  // top 53 bits of 0x99ec5f36cb75f2b4 times 2⁻⁵³
}

TEST_CASE("Rng: satisfies std::uniform_random_bit_generator and works with std::shuffle") {
    static_assert(std::uniform_random_bit_generator<Rng>);
    std::vector<int> v(10);
    std::iota(v.begin(), v.end(), 0);
    Rng rng(3);
    std::shuffle(v.begin(), v.end(), rng);
    CHECK(std::is_permutation(v.begin(), v.end(), std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}.begin()));
}

// χ² test of uniform() on 20 equal buckets with 100 000 draws: 19 degrees of freedom, and the
// 99.9% point of χ²₁₉ is 43.8; a correct generator fails this with probability 0.001 (the seed is fixed).
TEST_CASE("Rng: uniform() passes a chi-square test; uniform_int is unbiased; lag-1 correlation ~ 0") {
    Rng rng(11);
    const int buckets = 20, N = 100000;
    std::vector<int> count(buckets, 0);
    double sum_xy = 0.0, sum_x = 0.0, sum_xx = 0.0, previous = rng.uniform();
    for (int i = 0; i < N; ++i) {
        const double u = rng.uniform();
        CHECK_FALSE(u >= 1.0);
        ++count[static_cast<std::size_t>(u * buckets)];
        sum_xy += u * previous;
        sum_x += u;
        sum_xx += u * u;
        previous = u;
    }
    double chi2 = 0.0;
    const double expected = static_cast<double>(N) / buckets;
    for (int c : count) chi2 += (c - expected) * (c - expected) / expected;
    CHECK(chi2 < 43.8);
    const double mean = sum_x / N, var = sum_xx / N - mean * mean;
    const double corr = (sum_xy / N - mean * mean) / var;
    CHECK(std::abs(corr) < 4.0 / std::sqrt(static_cast<double>(N)));  // 4 standard errors
    std::vector<int> c3(3, 0);  // uniform_int(3) over 30 000 draws: each ~10 000 ± 4·82
    for (int i = 0; i < 30000; ++i) ++c3[rng.uniform_int(3)];
    for (int c : c3) CHECK(std::abs(c - 10000) < 330);
    CHECK_THROWS_AS(rng.uniform_int(0), DomainError);
}

TEST_CASE("Rng: normal() has mean 0, variance 1, and Gaussian tails") {
    Rng rng(12);
    const int N = 200000;
    double s = 0, ss = 0;
    int beyond2 = 0;
    for (int i = 0; i < N; ++i) {
        const double z = rng.normal();
        s += z;
        ss += z * z;
        beyond2 += std::abs(z) > 2.0;
    }
    CHECK(std::abs(s / N) < 4 / std::sqrt(static_cast<double>(N)));
    CHECK(std::abs(ss / N - 1.0) < 4 * std::sqrt(2.0 / N));
    const double p2 = 2 * (1 - normal_cdf(2.0));  // 0.0455
    CHECK(std::abs(beyond2 / static_cast<double>(N) - p2) < 4 * std::sqrt(p2 * (1 - p2) / N));
}

TEST_CASE("Rng: shuffle is uniform over permutations; sampling without replacement; independent streams") {
    Rng rng(13);
    std::vector<int> first_counts(4, 0);  // position of element 0 after shuffling [0,1,2,3], 40 000 times
    for (int t = 0; t < 40000; ++t) {
        std::vector<int> v{0, 1, 2, 3};
        rng.shuffle(v);
        ++first_counts[static_cast<std::size_t>(std::find(v.begin(), v.end(), 0) - v.begin())];
    }
    for (int c : first_counts) CHECK(std::abs(c - 10000) < 350);
    const auto s = rng.sample_without_replacement(10, 4);
    CHECK(s.size() == 4);
    CHECK(std::set<std::size_t>(s.begin(), s.end()).size() == 4);
    for (std::size_t i : s) CHECK(i < 10);
    CHECK_THROWS_AS(rng.sample_without_replacement(3, 4), DomainError);
    Rng a(5);
    Rng b = a.split();
    std::set<std::uint64_t> seen;
    for (int i = 0; i < 1000; ++i) seen.insert(a.next_u64());
    int collisions = 0;
    for (int i = 0; i < 1000; ++i) collisions += seen.count(b.next_u64()) ? 1 : 0;
    CHECK(collisions == 0);
}
