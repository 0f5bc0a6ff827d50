#include "testing.hpp"
#include "unit5.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("5.01 SplitMix64: the published test vector from state 0") {
    std::uint64_t state = 0;
    CHECK(exercises::splitmix64_step(state) == 0xe220a8397b1dcdafULL);
    CHECK(exercises::splitmix64_step(state) == 0x6e789e6aa1b965f4ULL);
    CHECK(exercises::splitmix64_step(state) == 0x06c45d188009454fULL);
    CHECK(state == 3 * 0x9e3779b97f4a7c15ULL);
}

TEST_CASE("5.01 SplitMix64: agrees with mml::splitmix64 from many states") {
    Rng rng(501);
    for (int trial = 0; trial < 1000; ++trial) {
        std::uint64_t a = rng.next_u64(), b = a;
        CHECK(exercises::splitmix64_step(a) == splitmix64(b));
        CHECK(a == b);
    }
}
