// mml/plot/color.hpp — colours for figures people can read: a palette for categories and
// colour maps for values.
//
// About one man in twelve sees red and green alike, and many figures are printed in grey. So:
//  * categories (series, classes) take the Okabe–Ito palette (Okabe & Ito, "Color Universal
//    Design", 2008): eight colours chosen to stay distinct for the common forms of colour
//    blindness. Where two of them turn into the same grey, the figure also changes the marker
//    shape and the dash pattern with the colour (see style.hpp), so every series stays legible;
//  * values (heatmaps, images) take a map whose lightness rises steadily from one end to the
//    other, so the order of the values survives greyscale printing and colour blindness:
//    viridis (van der Walt & Smith, matplotlib, 2015), a grey ramp, and, for signed values such
//    as covariances, a diverging blue–white–red map from ColorBrewer (Brewer, "RdBu").
// The control points below are published colour values (facts), written down here; between
// them a map interpolates linearly in sRGB, which is close enough for points this dense.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace mml {

// An sRGB colour, one byte per channel.
struct Color {
    unsigned char r = 0, g = 0, b = 0;
    std::string hex() const;  // "#0072b2", the form SVG and CSS read
    // Relative luminance (WCAG 2, ITU-R BT.709 weights on linearised sRGB), 0 = black, 1 = white:
    // the grey a colour becomes when printed in greyscale.
    double luminance() const;
    bool operator==(const Color&) const = default;
};

// (1 − t)·a + t·b channel by channel, t ∈ [0, 1]: mix(c, white, 0.7) is a pale tint of c.
Color mix(Color a, Color b, double t);

// Colour k of the Okabe–Ito palette (k = 0, 1, …, wrapping after 8):
// blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow, black.
Color palette_color(std::size_t k);
inline constexpr std::size_t palette_size = 8;

// A colour map: t ∈ [0, 1] ↦ a colour, interpolating between evenly spaced control points.
class ColorMap {
public:
    // The colour at t; t outside [0, 1] is clamped to the ends.
    Color at(double t) const;
    // A diverging map is centred on a value (0 for a covariance matrix): a heatmap with it
    // picks a colour range symmetric about zero unless told otherwise.
    bool is_diverging() const { return diverging_; }
    // The same map run backwards (e.g. grey().reversed(): white for small values, black for large).
    ColorMap reversed() const;

    static ColorMap viridis();    // dark purple → blue → green → yellow; the default for heatmaps
    static ColorMap grey();       // black → white; for images such as digits
    static ColorMap diverging();  // blue → white → red, for signed values; centred on 0

    ColorMap(std::vector<Color> control_points, bool diverging);

private:
    std::vector<Color> points_;
    bool diverging_ = false;
};

}  // namespace mml
