// tests/mml/models/sha256.hpp — SHA-256 (FIPS 180-4, §4.1.2, §4.2.2, §5.1.1, §6.2), for checking that
// the data files in notebooks/data are the files their README describes.
//
// The message is padded to a multiple of 512 bits (a 1 bit, zeros, the 64-bit length), then each
// 512-bit block is expanded to 64 words W_t and mixed into the eight-word state H by 64 rounds.
// The round constants K_t are the first 32 bits of the fractional parts of the cube roots of the
// first 64 primes, and the initial H the same for the square roots of the first 8 primes (§4.2.2,
// §5.3.3); test_datasets.cpp recomputes both tables from that definition.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace mml::testing {

inline constexpr std::array<std::uint32_t, 64> sha256_K = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

inline constexpr std::array<std::uint32_t, 8> sha256_H0 = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                                           0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

inline std::uint32_t rotr(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

// One 64-byte block into the state H (§6.2.2).
inline void sha256_block(std::array<std::uint32_t, 8>& H, const unsigned char* block) {
    std::array<std::uint32_t, 64> W{};
    for (std::size_t t = 0; t < 16; ++t)  // the block as 16 big-endian words
        W[t] = static_cast<std::uint32_t>(block[4 * t]) << 24 | static_cast<std::uint32_t>(block[4 * t + 1]) << 16 |
               static_cast<std::uint32_t>(block[4 * t + 2]) << 8 | static_cast<std::uint32_t>(block[4 * t + 3]);
    for (std::size_t t = 16; t < 64; ++t) {
        const std::uint32_t s0 = rotr(W[t - 15], 7) ^ rotr(W[t - 15], 18) ^ (W[t - 15] >> 3);  // σ₀
        const std::uint32_t s1 = rotr(W[t - 2], 17) ^ rotr(W[t - 2], 19) ^ (W[t - 2] >> 10);   // σ₁
        W[t] = s1 + W[t - 7] + s0 + W[t - 16];
    }
    std::uint32_t a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
    for (std::size_t t = 0; t < 64; ++t) {
        const std::uint32_t S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);  // Σ₁
        const std::uint32_t ch = (e & f) ^ (~e & g);                      // Ch
        const std::uint32_t T1 = h + S1 + ch + sha256_K[t] + W[t];
        const std::uint32_t S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);  // Σ₀
        const std::uint32_t maj = (a & b) ^ (a & c) ^ (b & c);            // Maj
        const std::uint32_t T2 = S0 + maj;
        h = g;
        g = f;
        f = e;
        e = d + T1;
        d = c;
        c = b;
        b = a;
        a = T1 + T2;
    }
    H[0] += a, H[1] += b, H[2] += c, H[3] += d, H[4] += e, H[5] += f, H[6] += g, H[7] += h;
}

// The SHA-256 digest of `message` as 64 lower-case hex digits.
inline std::string sha256_hex(const std::string& message) {
    std::string padded = message;  // §5.1.1: 0x80, zeros to 56 mod 64, then the bit length (big-endian)
    padded.push_back(static_cast<char>(0x80));
    while (padded.size() % 64 != 56) padded.push_back('\0');
    const std::uint64_t bits = static_cast<std::uint64_t>(message.size()) * 8;
    for (int shift = 56; shift >= 0; shift -= 8) padded.push_back(static_cast<char>((bits >> shift) & 0xff));
    std::array<std::uint32_t, 8> H = sha256_H0;
    for (std::size_t i = 0; i < padded.size(); i += 64)
        sha256_block(H, reinterpret_cast<const unsigned char*>(padded.data() + i));
    static const char* hex = "0123456789abcdef";
    std::string digest;
    for (std::uint32_t word : H)
        for (int shift = 28; shift >= 0; shift -= 4) digest.push_back(hex[(word >> shift) & 0xf]);
    return digest;
}

}  // namespace mml::testing
