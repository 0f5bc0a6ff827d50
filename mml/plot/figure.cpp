// mml/plot/figure.cpp — Figure's frame (title, labels, scales, ranges, ticks, size), the palette-slot
// rule, and its output. (The data methods are in figure_series.cpp, the drawing in figure_layout.cpp,
// figure_draw.cpp and figure_frame.cpp.)
#include "mml/plot/figure.hpp"

#include "mml/core/error.hpp"
#include "mml/plot/number_format.hpp"

#include <cmath>
#include <set>
#include <sstream>

namespace mml {

namespace {

void require_range(const std::string& operation, double lo, double hi) {
    if (!(lo < hi) || !std::isfinite(lo) || !std::isfinite(hi)) {
        std::ostringstream msg;
        msg << operation << "(" << lo << ", " << hi << "): the range must be finite with lo < hi";
        throw DomainError(msg.str());
    }
}

const char* kind_name(SeriesKind kind) {
    switch (kind) {
        case SeriesKind::line: return "line";
        case SeriesKind::scatter: return "scatter";
        case SeriesKind::bars: return "bars";
        case SeriesKind::band: return "band";
        case SeriesKind::contour: return "contour";
        case SeriesKind::heatmap: return "heatmap";
        case SeriesKind::regions: return "class_regions";
        case SeriesKind::arrow: return "arrow";
        case SeriesKind::text: return "text";
        case SeriesKind::hline: return "hline";
        case SeriesKind::vline: return "vline";
    }
    return "series";
}

}  // namespace

Figure::Figure(std::string title) : title_(std::move(title)) {}

std::string Figure::describe(SeriesKind kind, const std::string& label, std::size_t index) const {
    std::string text = title_.empty() ? "figure" : "figure '" + title_ + "'";
    text += std::string(": ") + kind_name(kind);
    if (!label.empty()) text += " '" + label + "'";
    text += " (series " + std::to_string((index == npos ? series_.size() : index) + 1) + ")";
    return text;
}

// The slot rule (style.hpp): an explicit slot wins; data series take the lowest slot no series
// has used; contours, arrows, reference lines and text stay grey.
void Figure::add(Series series) {
    const bool data = series.kind == SeriesKind::line || series.kind == SeriesKind::scatter ||
                      series.kind == SeriesKind::bars || series.kind == SeriesKind::band;
    if (series.style.slot) {
        series.slot = *series.style.slot;
        series.uses_palette = true;
    } else if (data) {
        std::set<std::size_t> used;
        for (const Series& s : series_)
            if (s.uses_palette) used.insert(s.slot);
        while (used.count(series.slot) != 0) ++series.slot;
        series.uses_palette = true;
    }
    series_.push_back(std::move(series));
}

// ---- the frame ----
Figure& Figure::title(std::string text) { title_ = std::move(text); return *this; }
Figure& Figure::x_label(std::string text) { x_label_ = std::move(text); return *this; }
Figure& Figure::y_label(std::string text) { y_label_ = std::move(text); return *this; }
Figure& Figure::x_scale(Scale scale) { x_scale_ = scale; return *this; }
Figure& Figure::y_scale(Scale scale) { y_scale_ = scale; return *this; }
Figure& Figure::equal_aspect(bool on) { equal_aspect_ = on; return *this; }
Figure& Figure::legend(LegendPosition position) { legend_ = position; return *this; }
Figure& Figure::axes(bool shown) { axes_ = shown; return *this; }

Figure& Figure::x_range(double lo, double hi) {
    require_range("Figure::x_range", lo, hi);
    x_range_ = Range{lo, hi};
    return *this;
}

Figure& Figure::y_range(double lo, double hi) {
    require_range("Figure::y_range", lo, hi);
    y_range_ = Range{lo, hi};
    return *this;
}

static Ticks fixed_ticks(const std::string& operation, const Vector& at, std::vector<std::string> labels) {
    if (!labels.empty() && labels.size() != at.size())
        throw DimensionError(operation + ": " + std::to_string(at.size()) + " positions but " +
                             std::to_string(labels.size()) + " labels — give one label per position, or none");
    Ticks ticks;
    for (std::size_t k = 0; k < at.size(); ++k) {
        if (!std::isfinite(at[k])) throw DomainError(operation + ": tick position " + std::to_string(k) + " is not finite");
        ticks.values.push_back(at[k]);
        ticks.labels.push_back(labels.empty() ? format_number(at[k]) : labels[k]);
    }
    return ticks;
}

Figure& Figure::x_ticks(const Vector& at, std::vector<std::string> labels) {
    x_ticks_ = fixed_ticks("Figure::x_ticks", at, std::move(labels));
    return *this;
}

Figure& Figure::y_ticks(const Vector& at, std::vector<std::string> labels) {
    y_ticks_ = fixed_ticks("Figure::y_ticks", at, std::move(labels));
    return *this;
}

Figure& Figure::size(double width, double height) {
    require_picture_size("Figure::size", width, height);
    width_ = width;
    height_ = height;
    return *this;
}

// ---- output ----
std::string Figure::to_svg() const {
    XmlWriter out;
    out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.open("svg", svg_root_attributes(width_, height_));
    draw(out, width_, height_);
    return out.finish();
}

void Figure::save(const std::string& path) const { write_text_file(path, to_svg()); }

}  // namespace mml
