// mml/prob/rng.hpp — a reproducible random number generator.         (MML §6.1, §6.3)
//
// Every random experiment in mml starts from `Rng rng(seed)`. The same seed
// gives the same numbers with every compiler and standard library, so a
// lecture's example, an exercise's test and a student's run all agree.
// (The standard library's Mersenne Twister would do for the bits, but its
// normal, gamma, … samplers are implemented differently by each standard
// library, so mml writes its own generator and samplers; nothing in mml/
// uses the standard random header.)
//
// The generator is xoshiro256** (Blackman & Vigna, 2018): 256 bits of state
// s₀..s₃, a period of 2²⁵⁶ − 1, and each output is a few shifts, rotations
// and xors — fast, and statistically excellent for simulation (not for
// cryptography). Its state is seeded from a single 64-bit `seed` with
// SplitMix64 (Steele, Lea & Flood, 2014): the four state words are the first
// four SplitMix64 outputs, which spreads even seeds 0, 1, 2 over all 256 bits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace mml {

// One SplitMix64 step: advance `state` by the golden-ratio increment 0x9e3779b97f4a7c15
// and return a well-mixed function of it (two xor-shift-multiply rounds).
std::uint64_t splitmix64(std::uint64_t& state);

class Rng {
public:
    using result_type = std::uint64_t;  // makes Rng a UniformRandomBitGenerator

    explicit Rng(std::uint64_t seed);

    // The next 64 random bits (one xoshiro256** step). Defined here, in the header, so the compiler
    // can inline it: a call into the library for each of these few instructions would cost more
    // than the generator itself.
    std::uint64_t next_u64() {
        // xoshiro256**: output a scrambled ("**": multiply, rotate, multiply) copy of s₁, then
        // advance the linear state with xors and shifts.
        const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const std::uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }
    std::uint64_t operator()() { return next_u64(); }
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }

    // U ~ Uniform[0, 1): the top 53 bits of next_u64() times 2⁻⁵³, so every value is a
    // multiple of 2⁻⁵³ and exactly representable as a double (a double has a 53-bit significand).
    double uniform() { return static_cast<double>(next_u64() >> 11) * 0x1.0p-53; }

    // A uniformly random integer in {0, 1, …, n−1}, without modulo bias (rejection, see rng.cpp). n > 0.
    std::uint64_t uniform_int(std::uint64_t n);

    // Z ~ N(0, 1), by the Marsaglia polar method (see rng.cpp), which makes normals in pairs:
    // every second call just returns the spare one.
    double normal() {
        if (has_spare_normal_) {
            has_spare_normal_ = false;
            return spare_normal_;
        }
        return normal_pair();
    }

    // Advances the state by 2¹²⁸ steps (the published xoshiro256** jump polynomial). Streams that
    // are jumps apart never overlap in practice: use them for independent parallel experiments.
    void jump();
    // A new generator for an independent stream: a copy of this one, jumped (this one jumps too,
    // so successive splits give disjoint streams).
    Rng split();

    // Fisher–Yates: a uniformly random permutation of v in place (every order has probability 1/n!).
    template <class T>
    void shuffle(std::vector<T>& v) {
        for (std::size_t i = v.size(); i > 1; --i) {
            const auto j = static_cast<std::size_t>(uniform_int(i));  // j uniform in {0, …, i−1}
            std::swap(v[i - 1], v[j]);
        }
    }
    // k distinct indices from {0, …, n−1}, in random order (a partial Fisher–Yates). k ≤ n.
    std::vector<std::size_t> sample_without_replacement(std::size_t n, std::size_t k);

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    double normal_pair();  // makes two normals, returns one and keeps the other as the spare
    std::uint64_t s_[4];
    bool has_spare_normal_ = false;  // the polar method makes normals in pairs; the second waits here
    double spare_normal_ = 0.0;
};

}  // namespace mml
