// mml/plot/text_layout.cpp — per-character width estimates and greedy word wrapping.
#include "mml/plot/text_layout.hpp"

#include <cstring>

namespace mml {

// The advance width, in ems, of one ASCII character: DejaVu Sans's widths (which Verdana's are
// close to; Arial's are narrower), rounded up.
static double ascii_width(char c) {
    if (c >= '0' && c <= '9') return 0.64;  // all digits are equally wide (tabular), '1' included
    if (std::strchr("iljI.,:;'|!` ", c) != nullptr) return 0.32;
    if (std::strchr("ftr()[]{}-/", c) != nullptr) return 0.42;
    if (std::strchr("mwMW%", c) != nullptr) return 1.0;
    if (std::strchr("+=<>~", c) != nullptr) return 0.84;
    if (c >= 'A' && c <= 'Z') return 0.76;
    return 0.62;  // the other lower-case letters and signs
}

// The width of a non-ASCII character, by its code point: superscripts and subscripts are small,
// the mathematical signs mml writes (− × ± ≤ ≥ ∞ ·) as wide as '+', everything else (Greek
// letters, arrows) a generous 0.7 em.
static double unicode_width(char32_t c) {
    if (c == 0xB2 || c == 0xB3 || c == 0xB9 || (c >= 0x2070 && c <= 0x209F)) return 0.42;
    if (c == 0x2212 || c == 0xD7 || c == 0xB1 || c == 0x2264 || c == 0x2265 || c == 0x221E) return 0.84;
    if (c == 0xB7 || c == 0x2009 || c == 0x202F) return 0.32;  // middle dot, thin spaces
    return 0.7;
}

double text_width(std::string_view text, double font_size) {
    double ems = 0.0;
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead < 0x80) {
            ems += ascii_width(text[i]);
            ++i;
            continue;
        }
        // UTF-8: the lead byte says how many continuation bytes follow (10xxxxxx, 6 bits each).
        const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        char32_t code = lead & (length == 2 ? 0x1Fu : length == 3 ? 0x0Fu : 0x07u);
        for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
            code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
        ems += unicode_width(code);
        i += length;
    }
    return ems * font_size;
}

std::vector<std::string> wrap_text(const std::string& text, double font_size, double max_width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(start, end - start);
        start = end + 1;
        if (word.empty()) continue;
        const std::string longer = line.empty() ? word : line + " " + word;
        if (!line.empty() && text_width(longer, font_size) > max_width) {
            lines.push_back(line);
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

}  // namespace mml
