#include "mml/prob/rng.hpp"

#include "mml/core/error.hpp"

#include <cmath>
#include <string>

namespace mml {

std::uint64_t splitmix64(std::uint64_t& state) {
    state += 0x9e3779b97f4a7c15ULL;  // 2⁶⁴ / φ: consecutive states differ in about half their bits
    std::uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

Rng::Rng(std::uint64_t seed) {
    std::uint64_t state = seed;
    for (std::uint64_t& word : s_) word = splitmix64(state);  // never all zero: SplitMix64 is a bijection of distinct states
}

std::uint64_t Rng::uniform_int(std::uint64_t n) {
    if (n == 0) throw DomainError("Rng::uniform_int(n): n is 0 — there is no integer in {0, ..., n-1}; use n >= 1");
    // x % n alone is biased when 2⁶⁴ is not a multiple of n: the smallest (2⁶⁴ mod n) remainders
    // would come up once more often than the others. Rejecting the x below 2⁶⁴ mod n leaves a
    // range whose length is a multiple of n, so every remainder is equally likely.
    const std::uint64_t threshold = (0 - n) % n;  // 2⁶⁴ mod n, computed in 64-bit arithmetic
    std::uint64_t x = next_u64();
    while (x < threshold) x = next_u64();
    return x % n;
}

double Rng::normal_pair() {
    // Marsaglia's polar method: draw (u, v) uniform in the square [−1, 1]², keep it if it falls
    // inside the unit disc (probability π/4), then with s = u² + v²
    //     z₁ = u·√(−2 ln s / s),   z₂ = v·√(−2 ln s / s)
    // are two independent N(0, 1) draws (Box–Muller without the sine and cosine).
    double u = 0.0, v = 0.0, s = 0.0;
    do {
        u = 2.0 * uniform() - 1.0;
        v = 2.0 * uniform() - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double factor = std::sqrt(-2.0 * std::log(s) / s);
    spare_normal_ = v * factor;
    has_spare_normal_ = true;
    return u * factor;
}

void Rng::jump() {
    // The jump polynomial of xoshiro256** (Blackman & Vigna): XOR together the states reached at
    // the steps whose bits are set, which equals 2¹²⁸ calls of next_u64().
    static const std::uint64_t polynomial[] = {0x180ec6d33cfd0abaULL, 0xd5a61266f0c9392cULL, 0xa9582618e03fc9aaULL,
                                               0x39abdc4529b1661cULL};
    std::uint64_t t[4] = {0, 0, 0, 0};
    for (std::uint64_t word : polynomial)
        for (int b = 0; b < 64; ++b) {
            if (word & (std::uint64_t{1} << b))
                for (int i = 0; i < 4; ++i) t[i] ^= s_[i];
            next_u64();
        }
    for (int i = 0; i < 4; ++i) s_[i] = t[i];
    has_spare_normal_ = false;
}

Rng Rng::split() {
    Rng child = *this;
    child.jump();
    jump();
    jump();
    return child;
}

std::vector<std::size_t> Rng::sample_without_replacement(std::size_t n, std::size_t k) {
    if (k > n)
        throw DomainError("Rng::sample_without_replacement: cannot draw k = " + std::to_string(k) +
                          " distinct items from n = " + std::to_string(n));
    std::vector<std::size_t> items(n);
    for (std::size_t i = 0; i < n; ++i) items[i] = i;
    for (std::size_t i = 0; i < k; ++i) {  // the first i positions are the sample so far
        const auto j = i + static_cast<std::size_t>(uniform_int(n - i));
        std::swap(items[i], items[j]);
    }
    items.resize(k);
    return items;
}

}  // namespace mml
