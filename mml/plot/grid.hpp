// mml/plot/grid.hpp — small multiples: several figures side by side in one SVG.
//
// Tufte's "small multiples" (The Visual Display of Quantitative Information, 1983): the same
// kind of figure repeated for different inputs — the image at k = 1, 5, 20 singular values, an
// optimiser's path at several condition numbers, the ten eigen-digits — so the eye compares
// them directly. A Grid lays its figures out row by row, `columns` to a row, every panel the
// same size (the figures' own sizes are ignored). Give the same `.slot` to the same method in
// every panel and it keeps its colour and marker across the grid.
//
//   mml::Grid grid(3, "Rank-k approximations of the image");
//   for (std::size_t k : {1, 5, 20}) grid.add(mml::Figure("k = " + std::to_string(k)).image(approx(k)).axes(false));
//   page.figure(grid, "More singular values, more detail.");
#pragma once

#include "mml/plot/figure.hpp"
#include "mml/plot/xml.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace mml {

class Grid {
public:
    // DimensionError for columns = 0.
    explicit Grid(std::size_t columns, std::string title = "");

    Grid& add(Figure figure);                         // the next panel (copied)
    Grid& panel_size(double width, double height);    // px per panel; default 320 × 260

    std::size_t size() const { return panels_.size(); }
    double width() const;   // of the whole grid, px
    double height() const;

    // A standalone SVG document; DimensionError for a grid with no figures.
    std::string to_svg() const;
    void save(const std::string& path) const;
    // The grid drawn into an SVG being written, at its origin (Page uses this).
    void draw(XmlWriter& out) const;

private:
    std::size_t columns_;
    std::string title_;
    double panel_width_ = 320.0, panel_height_ = 260.0;
    std::vector<Figure> panels_;
    double title_height() const;
};

}  // namespace mml
