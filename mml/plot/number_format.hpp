// mml/plot/number_format.hpp — numbers as people read them, for tick labels and tables.
//
// printf's "%g" writes 1e+06 and -0.0001234; a figure or a table should say 1×10⁶ and −0.0001234
// (a true minus sign, U+2212, which is as wide as a plus and does not break from its number).
// These helpers write
//   fixed        a given number of decimals:               3.1416
//   significant  a given number of significant digits, in plain decimals for 10⁻⁴ ≤ |x| < 10⁶
//                (trailing zeros dropped; digits before the point are never dropped: 123456),
//                in scientific notation outside:           0.001235, 1.235×10⁻⁵
//   scientific   always m×10ᵉ with 1 ≤ |m| < 10:           1.235×10³
// NaN is written "NaN" and ±∞ as "∞" / "−∞", so a table shows a diverged value instead of hiding it.
#pragma once

#include <string>

namespace mml {

enum class Notation { significant, fixed, scientific };

// How Page::table writes numbers. `digits` is the number of significant digits (significant,
// scientific) or of decimals (fixed).
struct NumberFormat {
    int digits = 4;
    Notation notation = Notation::significant;
};

std::string format_number(double x, NumberFormat format = {});

// 10ᵉ, exactly rounded for |e| ≤ 22 (10²² is the largest power of ten a double holds exactly,
// and dividing by an exact power rounds once), std::pow beyond.
double power_of_ten(int e);

// ⌊log₁₀|x|⌋ for x ≠ 0, corrected where log10 rounds across a power of ten (log10(1000) may be
// 2.9999999999999996 in some libraries).
int decimal_exponent(double x);

// The pieces tick labels are built from.
std::string format_fixed(double x, int decimals);   // "%.*f" with a true minus sign; never "−0"
std::string superscript(int e);                     // 12 → "¹²", −3 → "⁻³"
std::string times_ten_to(int e);                    // "×10⁻³"

}  // namespace mml
