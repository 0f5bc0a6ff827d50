// The seeding contract of Rng that every seeded test relies on (the full tests are in tests/mml/prob).
#include "testing.hpp"

#include <doctest/doctest.h>

using namespace mml;

// Reference values: SplitMix64 from state 0 gives 0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4, ...
// (the published test vector of Vigna's splitmix64.c).
TEST_CASE("Rng: SplitMix64 known outputs and reproducibility") {
    std::uint64_t state = 0;
    CHECK(splitmix64(state) == 0xe220a8397b1dcdafULL);
    CHECK(splitmix64(state) == 0x6e789e6aa1b965f4ULL);
    CHECK(splitmix64(state) == 0x06c45d188009454fULL);
    Rng a(42), b(42), c(43);
    for (int i = 0; i < 100; ++i) {
        const auto x = a.next_u64();
        CHECK(x == b.next_u64());
        CHECK(x != c.next_u64());
    }
}
