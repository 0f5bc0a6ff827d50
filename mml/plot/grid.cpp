// mml/plot/grid.cpp — panels in rows, each a nested <svg> the figure draws itself into.
#include "mml/plot/grid.hpp"

#include "mml/core/error.hpp"
#include "mml/plot/figure_renderer.hpp"
#include "mml/plot/text_layout.hpp"


namespace mml {

Grid::Grid(std::size_t columns, std::string title) : columns_(columns), title_(std::move(title)) {
    if (columns == 0) throw DimensionError("Grid: 0 columns — a grid needs at least one column");
}

Grid& Grid::add(Figure figure) {
    panels_.push_back(std::move(figure));
    return *this;
}

Grid& Grid::panel_size(double width, double height) {
    require_picture_size("Grid::panel_size", width, height);
    panel_width_ = width;
    panel_height_ = height;
    return *this;
}

static std::size_t rows_for(std::size_t panels, std::size_t columns) { return (panels + columns - 1) / columns; }

double Grid::width() const {
    const std::size_t used = panels_.size() < columns_ ? panels_.size() : columns_;
    return panel_width_ * static_cast<double>(used == 0 ? 1 : used);
}

double Grid::title_height() const {
    if (title_.empty()) return 0.0;
    return 12.0 + 21.0 * static_cast<double>(wrap_text(title_, title_font + 1.0, width() - 24.0).size());
}

double Grid::height() const {
    return title_height() + panel_height_ * static_cast<double>(rows_for(panels_.size(), columns_));
}

void Grid::draw(XmlWriter& out) const {
    if (panels_.empty()) throw DimensionError("Grid '" + title_ + "': no figures to draw — add at least one with add()");
    out.open("g", {{"font-family", font_family}});
    out.leaf("rect", {{"width", coordinate(width())}, {"height", coordinate(height())}, {"fill", "white"}});
    const std::vector<std::string> lines = title_.empty() ? std::vector<std::string>{}
                                                          : wrap_text(title_, title_font + 1.0, width() - 24.0);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const double baseline = 8.0 + 0.85 * (title_font + 1.0) + 21.0 * static_cast<double>(i);
        out.element("text", {{"x", coordinate(0.5 * width())}, {"y", coordinate(baseline)},
                             {"text-anchor", "middle"}, {"font-size", coordinate(title_font + 1.0)}, {"font-weight", "bold"},
                             {"fill", ink}},
                    lines[i]);
    }
    for (std::size_t k = 0; k < panels_.size(); ++k) {
        const double px = panel_width_ * static_cast<double>(k % columns_);
        const double py = title_height() + panel_height_ * static_cast<double>(k / columns_);
        out.open("svg", {{"x", coordinate(px)}, {"y", coordinate(py)}, {"width", coordinate(panel_width_)},
                         {"height", coordinate(panel_height_)}, {"overflow", "hidden"}});
        panels_[k].draw(out, panel_width_, panel_height_);
        out.close();
    }
    out.close();
}

std::string Grid::to_svg() const {
    XmlWriter out;
    out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.open("svg", svg_root_attributes(width(), height()));
    draw(out);
    return out.finish();
}

void Grid::save(const std::string& path) const { write_text_file(path, to_svg()); }

}  // namespace mml
