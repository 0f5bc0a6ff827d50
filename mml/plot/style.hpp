// mml/plot/style.hpp — how a series looks: colour, marker shape, dash pattern, legend label.
//
// Every series of a figure has a palette *slot* k. Slot k fixes three things at once — the k-th
// Okabe–Ito colour, the k-th marker shape and the k-th dash pattern — so two series never differ
// by colour alone: printed in grey, or seen by a reader who confuses blue and vermillion, the
// circles still differ from the squares and the solid line from the dashed one.
// By default a line, scatter, bar, histogram or band series takes the lowest slot no series of
// the figure has used yet; give `.slot = k` to choose (the same slot in every panel of a grid
// keeps a method's colour the same across panels). Contours (mid grey), arrows, reference lines
// and text (dark grey) take no slot unless given one or a colour: they leave the palette to the data.
// Written with designated initialisers: fig.line(x, y, {.label = "Newton", .slot = 3});
#pragma once

#include "mml/plot/color.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace mml {

enum class Marker {
    automatic,  // the series' default: none on a line, the slot's shape in a scatter plot
    slot,       // the slot's shape (to mark the points of a line, e.g. the iterates of a method)
    none,
    circle,
    square,
    triangle,
    diamond,
    triangle_down,
    plus,
    cross,
    ring,  // an open circle, to mark points drawn already (support vectors, the chosen few)
};

enum class Dash {
    automatic,  // the slot's pattern: solid, dashed, dotted, dash-dot, long dash, then again
    solid,
    dashed,
    dotted,
    dash_dot,
    long_dash,
};

// (Every member has an initialiser, even the empty `{}`, so that `{.label = "x"}` leaves none
// "missing" and compiles without a -Wmissing-field-initializers warning.)
struct Style {
    std::string label{};              // the legend entry; empty: the series is not in the legend
    std::optional<std::size_t> slot{};  // palette slot (colour, marker, dash); default: see above
    std::optional<Color> color{};     // this colour instead of the slot's
    Marker marker = Marker::automatic;
    Dash dash = Dash::automatic;
    std::optional<double> width{};    // line width in px (default: 2 for lines, 1 for contours)
    double marker_size = 7.0;         // marker diameter in px
    double opacity = 1.0;             // of lines and markers; bands and bars are drawn lighter
};

// The slot's shape and pattern: slot k → shapes[k mod 7], patterns[k mod 5] (different periods,
// so the first 35 slots all differ in the pair).
Marker slot_marker(std::size_t slot);
Dash slot_dash(std::size_t slot);
// The SVG stroke-dasharray of a pattern for a line `width` px wide ("" for solid).
std::string dash_array(Dash dash, double width);

}  // namespace mml
