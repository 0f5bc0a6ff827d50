// Exercise 5.01 — the SplitMix64 generator                                   (MML §6.1; Steele et al. 2014)
//
// Task:    one step of SplitMix64, the generator that seeds mml::Rng:
//              state ← state + 0x9e3779b97f4a7c15           (2⁶⁴/φ, the golden ratio increment)
//              z ← state
//              z ← (z xor (z >> 30)) · 0xbf58476d1ce4e5b9
//              z ← (z xor (z >> 27)) · 0x94d049bb133111eb
//              return z xor (z >> 31)
//          All arithmetic is on std::uint64_t, which wraps around modulo 2⁶⁴. The state walks in
//          even steps; the xor-shift-multiply rounds "mix" it so that neighbouring states give
//          unrelated outputs.
// Input:   the state (updated in place).
// Output:  the next 64-bit output.
// Example: from state 0 the first outputs are 0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4.
// Hint:    write the constants with the ULL suffix.
//
// Check:   build/exercises/mml-check 5.01
#include "unit5.hpp"

namespace mml::exercises {

std::uint64_t splitmix64_step(std::uint64_t& state) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
