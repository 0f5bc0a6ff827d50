// mml/plot/series.hpp — what a Figure stores for each thing drawn on it.
//
// Figure's methods (figure.hpp) check their input and turn it into one Series each; to_svg()
// (figure_render.cpp) reads the series back. Users do not build Series themselves, but the two
// small option types here, ColorScale and TextAnchor, appear in Figure's methods.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"
#include "mml/plot/color.hpp"
#include "mml/plot/contour.hpp"
#include "mml/plot/style.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace mml {

// How a heatmap or image turns values into colours.
struct ColorScale {
    ColorMap map = ColorMap::viridis();
    std::optional<double> lo{}, hi{};  // the values at the two ends of the map; default: the data's
                                   // min and max (symmetric about 0 for a diverging map)
    std::string label{};           // the colour bar's label, with units
    bool colorbar = true;
};

enum class TextAnchor { start, middle, end };

enum class SeriesKind { line, scatter, bars, band, contour, heatmap, regions, arrow, text, hline, vline };

struct Series {
    SeriesKind kind = SeriesKind::line;
    Style style{};
    std::size_t slot = 0;       // the palette slot after the default rule (style.hpp) is applied
    bool uses_palette = false;  // drawn in the slot's colour (else dark grey unless style.color)
    Vector x{}, y{};   // line, scatter: the points. bars: left edges and heights. band: x and lower.
                       // arrow: x = (x0, x1), y = (y0, y1). text: x = (x), y = (y). hline/vline: one value.
    Vector x2{}, y2{}; // bars: right edges. band: upper.
    std::vector<Segment> segments{};  // contour: every level's segments, in data coordinates
    Vector xs{}, ys{}; // heatmap, regions: the grid
    Matrix Z{};        // heatmap: values; regions: class labels
    ColorScale colors{};  // heatmap
    std::string text{};  // text
    TextAnchor anchor = TextAnchor::start;
};

}  // namespace mml
