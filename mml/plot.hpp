// mml/plot.hpp — figures (SVG) and pages (self-contained HTML) for the notebooks and for your own
// code: Figure (figure.hpp, start there), Grid of figures, Page. Uses only mml/core.
#pragma once

#include "mml/core.hpp"
#include "mml/plot/axis.hpp"
#include "mml/plot/color.hpp"
#include "mml/plot/contour.hpp"
#include "mml/plot/figure.hpp"
#include "mml/plot/grid.hpp"
#include "mml/plot/histogram.hpp"
#include "mml/plot/number_format.hpp"
#include "mml/plot/page.hpp"
#include "mml/plot/sampling.hpp"
#include "mml/plot/series.hpp"
#include "mml/plot/style.hpp"
#include "mml/plot/text_layout.hpp"
#include "mml/plot/ticks.hpp"
#include "mml/plot/xml.hpp"
