// mml/plot/number_format.cpp — fixed, significant and scientific notation with true minus signs
// and superscript exponents.
#include "mml/plot/number_format.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace mml {

double power_of_ten(int e) {
    if (e < -22 || e > 22) return std::pow(10.0, e);
    double p = 1.0;
    for (int k = 0; k < std::abs(e); ++k) p *= 10.0;  // exact: every 10ᵏ, k ≤ 22, is a double
    return e >= 0 ? p : 1.0 / p;
}

int decimal_exponent(double x) {
    const double a = std::abs(x);
    int e = static_cast<int>(std::floor(std::log10(a)));
    if (power_of_ten(e) > a) --e;            // log10 rounded up across the power
    else if (power_of_ten(e + 1) <= a) ++e;  // log10 rounded down across the power
    return e;
}

// A leading '-' becomes U+2212 MINUS SIGN; a value that rounds to zero loses its sign.
static std::string with_true_minus(std::string text) {
    if (text.empty() || text[0] != '-') return text;
    if (text.find_first_not_of("-0.") == std::string::npos) return text.substr(1);  // "-0.00" → "0.00"
    return "\u2212" + text.substr(1);
}

std::string format_fixed(double x, int decimals) {
    char buffer[400];  // "%.*f" of 1e308 has 309 digits
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals < 0 ? 0 : decimals, x);
    return with_true_minus(buffer);
}

std::string superscript(int e) {
    static const char* const digits[10] = {"\u2070", "\u00b9", "\u00b2", "\u00b3", "\u2074",
                                           "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
    std::string text = e < 0 ? "\u207b" : "";
    const std::string plain = std::to_string(std::abs(e));
    for (const char c : plain) text += digits[c - '0'];
    return text;
}

std::string times_ten_to(int e) {
    std::string text = "\u00d710";
    return text += superscript(e);
}

static std::string trim_zeros(std::string text) {
    if (text.find('.') == std::string::npos) return text;
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text;
}

// m×10ᵉ with `decimals` decimals in m. Rounding can carry m up to 10.0 (9.9996 → "10.000"), in
// which case the exponent moves up by one.
static std::string scientific(double x, int decimals, bool trim) {
    int e = decimal_exponent(x);
    double m = x / power_of_ten(e);
    const double rounding = 0.5 * power_of_ten(-decimals);
    if (std::abs(m) + rounding >= 10.0) {
        ++e;
        m = x / power_of_ten(e);
    }
    std::string mantissa = format_fixed(m, decimals);
    if (trim) mantissa = trim_zeros(mantissa);
    return e == 0 ? mantissa : mantissa + times_ten_to(e);
}

std::string format_number(double x, NumberFormat format) {
    if (std::isnan(x)) return "NaN";
    if (std::isinf(x)) return x > 0 ? "\u221e" : "\u2212\u221e";
    const int digits = format.digits < 1 ? 1 : format.digits;
    switch (format.notation) {
        case Notation::fixed: return format_fixed(x, format.digits);
        case Notation::scientific: return x == 0.0 ? format_fixed(0.0, digits - 1) : scientific(x, digits - 1, false);
        case Notation::significant: break;
    }
    if (x == 0.0) return "0";
    const double a = std::abs(x);
    if (a < 1e-4 || a >= 1e6) return scientific(x, digits - 1, true);
    // d significant digits of a number whose leading digit is at 10ᴱ need d − 1 − E decimals.
    return trim_zeros(format_fixed(x, digits - 1 - decimal_exponent(x)));
}

}  // namespace mml
