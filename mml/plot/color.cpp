// mml/plot/color.cpp — the Okabe–Ito palette, three colour maps, and luminance.
#include "mml/plot/color.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

namespace mml {

std::string Color::hex() const {
    char text[8];
    std::snprintf(text, sizeof text, "#%02x%02x%02x", r, g, b);
    return text;
}

// sRGB stores gamma-encoded values; luminance is a weighted sum of the *linear* light, so each
// channel is decoded first (the sRGB transfer function, IEC 61966-2-1).
static double linear_channel(unsigned char c) {
    const double v = c / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

double Color::luminance() const {
    return 0.2126 * linear_channel(r) + 0.7152 * linear_channel(g) + 0.0722 * linear_channel(b);
}

static unsigned char mix_channel(unsigned char a, unsigned char b, double t) {
    return static_cast<unsigned char>(std::lround((1.0 - t) * a + t * b));
}

Color mix(Color a, Color b, double t) {
    t = std::clamp(t, 0.0, 1.0);
    return {mix_channel(a.r, b.r, t), mix_channel(a.g, b.g, t), mix_channel(a.b, b.b, t)};
}

// Okabe & Ito (2008), the RGB values of their "Color Universal Design" set, in the order series
// receive them. Black comes last so that a reference curve drawn in black stays distinct.
Color palette_color(std::size_t k) {
    static const Color okabe_ito[palette_size] = {
        {0, 114, 178},    // blue
        {230, 159, 0},    // orange
        {0, 158, 115},    // bluish green
        {213, 94, 0},     // vermillion
        {204, 121, 167},  // reddish purple
        {86, 180, 233},   // sky blue
        {240, 228, 66},   // yellow
        {0, 0, 0},        // black
    };
    return okabe_ito[k % palette_size];
}

ColorMap::ColorMap(std::vector<Color> control_points, bool diverging)
    : points_(std::move(control_points)), diverging_(diverging) {}

// With n control points at t = 0, 1/(n−1), …, 1: find the interval t falls in and mix its ends.
Color ColorMap::at(double t) const {
    t = std::isnan(t) ? 0.0 : std::clamp(t, 0.0, 1.0);
    const double position = t * static_cast<double>(points_.size() - 1);
    const auto k = std::min(static_cast<std::size_t>(position), points_.size() - 2);
    return mix(points_[k], points_[k + 1], position - static_cast<double>(k));
}

ColorMap ColorMap::reversed() const {
    return ColorMap(std::vector<Color>(points_.rbegin(), points_.rend()), diverging_);
}

// viridis sampled at nine evenly spaced points (the values R's viridisLite::viridis(9) lists
// for matplotlib's map): its lightness rises monotonically, which the tests check.
ColorMap ColorMap::viridis() {
    return ColorMap({{0x44, 0x01, 0x54}, {0x47, 0x2d, 0x7b}, {0x3b, 0x52, 0x8b}, {0x2c, 0x72, 0x8e}, {0x21, 0x90, 0x8c},
                     {0x27, 0xad, 0x81}, {0x5d, 0xc8, 0x63}, {0xaa, 0xdc, 0x32}, {0xfd, 0xe7, 0x25}},
                    false);
}

ColorMap ColorMap::grey() { return ColorMap({{0, 0, 0}, {255, 255, 255}}, false); }

// ColorBrewer's 7-class "RdBu" (Cynthia Brewer, colorbrewer2.org), run from blue (negative)
// through near-white (zero) to red (positive); ColorBrewer marks it colour-blind safe.
ColorMap ColorMap::diverging() {
    return ColorMap({{0x21, 0x66, 0xac}, {0x67, 0xa9, 0xcf}, {0xd1, 0xe5, 0xf0}, {0xf7, 0xf7, 0xf7}, {0xfd, 0xdb, 0xc7},
                     {0xef, 0x8a, 0x62}, {0xb2, 0x18, 0x2b}},
                    true);
}

}  // namespace mml
