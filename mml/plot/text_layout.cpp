// mml/plot/text_layout.cpp — per-character width estimates and greedy word wrapping.
#include "mml/plot/text_layout.hpp"

#include <cstring>

namespace mml {

// The advance width, in ems, of one character: estimates for DejaVu Sans / Arial / Helvetica
// rounded up to the widest of them.
static double character_width(unsigned char c) {
    if (c >= 0x80) return 0.65;  // the lead byte of a non-ASCII character (Greek, ×, −, superscripts)
    if (std::strchr("iljI.,:;'|!` ", c) != nullptr) return 0.32;
    if (std::strchr("ftr()[]{}1-", c) != nullptr) return 0.45;
    if (std::strchr("mwMW", c) != nullptr) return 0.95;
    if (c >= 'A' && c <= 'Z') return 0.72;
    return 0.62;  // digits and the other lower-case letters
}

double text_width(std::string_view text, double font_size) {
    double ems = 0.0;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c & 0xC0) == 0x80) continue;  // a UTF-8 continuation byte: part of the character before
        ems += character_width(c);
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
