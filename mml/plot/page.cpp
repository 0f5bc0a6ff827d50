// mml/plot/page.cpp — the page's blocks, its inline markup, and its built-in style sheet.
#include "mml/plot/page.hpp"

#include "mml/core/error.hpp"
#include "mml/plot/xml.hpp"

#include <algorithm>
#include <sstream>

namespace mml {

namespace {

// The whole style sheet. It avoids the characters <, > and & (CSS does not need them here), so it
// can be copied into the page as it is.
constexpr const char* style_sheet = R"(
body { font-family: system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; max-width: 880px;
       margin: 2em auto; padding: 0 1em; line-height: 1.5; color: #222; background: #fff; }
h1 { font-size: 1.8em; margin-bottom: 0.4em; }
h2 { margin-top: 1.8em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }
h3, h4 { margin-top: 1.4em; }
pre { background: #f6f6f6; border: 1px solid #e2e2e2; border-radius: 4px; padding: 0.8em 1em;
      overflow-x: auto; font-size: 0.88em; line-height: 1.4; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
p code, li code { background: #f1f1f1; padding: 0 0.25em; border-radius: 3px; font-size: 0.92em; }
table { border-collapse: collapse; margin: 1em 0; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25em 0.9em; text-align: left; }
th { border-bottom: 2px solid #888; }
.num { text-align: right; }
p.summary { font-weight: 600; color: #333; }
figure { margin: 1.5em 0; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { color: #555; font-size: 0.92em; margin-top: 0.4em; }
)";

// Inline markup: `code` becomes <code>, [text](address) a link; an unmatched ` or [ stays as text.
void inline_text(XmlWriter& out, const std::string& text) {
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '`') {
            const std::size_t end = text.find('`', i + 1);
            if (end != std::string::npos) {
                out.inline_element("code", {}, text.substr(i + 1, end - i - 1));
                i = end + 1;
                continue;
            }
        } else if (text[i] == '[') {
            const std::size_t middle = text.find("](", i + 1), end = middle == std::string::npos ? middle : text.find(')', middle);
            if (end != std::string::npos) {
                out.inline_element("a", {{"href", text.substr(middle + 2, end - middle - 2)}}, text.substr(i + 1, middle - i - 1));
                i = end + 1;
                continue;
            }
        }
        const std::size_t next = text.find_first_of("`[", i + 1);
        out.text(text.substr(i, next == std::string::npos ? std::string::npos : next - i));
        i = next == std::string::npos ? text.size() : next;
    }
}

// Whether a cell reads as a number: an optional sign, then a digit, a point, ∞ or NaN.
bool looks_numeric(const std::string& cell) {
    std::string rest = cell;
    for (const char* sign : {"\u2212", "-", "+"})
        if (rest.rfind(sign, 0) == 0) {
            rest = rest.substr(std::string(sign).size());
            break;
        }
    if (rest.empty()) return false;
    return (rest[0] >= '0' && rest[0] <= '9') || rest[0] == '.' || rest.rfind("\u221e", 0) == 0 || rest == "NaN";
}

// A column of numbers is right-aligned, its header too, so the digits line up under it.
std::vector<bool> numeric_columns(const std::vector<std::vector<std::string>>& rows, std::size_t columns) {
    std::vector<bool> numeric(columns, !rows.empty());
    for (const auto& row : rows)
        for (std::size_t c = 0; c < row.size() && c < columns; ++c) numeric[c] = numeric[c] && looks_numeric(row[c]);
    return numeric;
}

void table_row(XmlWriter& out, const std::vector<std::string>& cells, const std::vector<bool>& numeric, const char* tag) {
    out.open("tr");
    for (std::size_t c = 0; c < cells.size(); ++c) {
        Attributes a;
        if (c < numeric.size() && numeric[c]) a.emplace_back("class", "num");
        out.element(tag, a, cells[c]);
    }
    out.close();
}

}  // namespace

Page::Page(std::string title) : title_(std::move(title)) {}

Page& Page::heading(const std::string& text, int level) {
    if (level < 2 || level > 4)
        throw DomainError("Page::heading: level " + std::to_string(level) + " — use 2, 3 or 4 (level 1 is the page's title)");
    std::string tag = "h";
    tag += std::to_string(level);
    XmlWriter out;
    out.element(tag, {}, text);
    body_ += out.finish();
    return *this;
}

Page& Page::description(const std::string& text) {
    description_ = text;
    return *this;
}

Page& Page::paragraph(const std::string& text) {
    XmlWriter out;
    out.open("p");
    inline_text(out, text);
    out.raw("\n");
    body_ += out.finish();
    return *this;
}

Page& Page::list(const std::vector<std::string>& items) {
    XmlWriter out;
    out.open("ul");
    for (const std::string& item : items) {
        out.open("li");
        inline_text(out, item);
        out.raw("\n");
        out.close();
    }
    body_ += out.finish();
    return *this;
}

Page& Page::code(const std::string& source) {
    XmlWriter out;
    out.raw("<pre>");  // by hand: open() adds a line break, which <pre> would show
    out.inline_element("code", {}, source);
    out.raw("</pre>\n");
    body_ += out.finish();
    return *this;
}

Page& Page::table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
    for (std::size_t r = 0; r < rows.size(); ++r)
        if (!header.empty() && rows[r].size() != header.size()) {
            std::ostringstream msg;
            msg << "Page::table: row " << r << " has " << rows[r].size() << " cells but the header has " << header.size()
                << " — give every row one cell per column";
            throw DimensionError(msg.str());
        }
    std::size_t columns = header.size();
    for (const auto& row : rows) columns = std::max(columns, row.size());
    const std::vector<bool> numeric = numeric_columns(rows, columns);
    XmlWriter out;
    out.open("table");
    if (!header.empty()) {
        out.open("thead");
        table_row(out, header, numeric, "th");
        out.close();
    }
    out.open("tbody");
    for (const auto& row : rows) table_row(out, row, numeric, "td");
    body_ += out.finish();
    return *this;
}

Page& Page::table(const std::vector<std::string>& header, const Matrix& values, NumberFormat format,
                  const std::vector<std::string>& row_labels) {
    if (!row_labels.empty() && row_labels.size() != values.rows())
        throw DimensionError("Page::table: " + std::to_string(row_labels.size()) + " row labels for " +
                             std::to_string(values.rows()) + " rows — give one label per row, or none");
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < values.rows(); ++i) {
        std::vector<std::string> row;
        if (!row_labels.empty()) row.push_back(row_labels[i]);
        for (std::size_t j = 0; j < values.cols(); ++j) row.push_back(format_number(values(i, j), format));
        rows.push_back(std::move(row));
    }
    return table(header, rows);
}

Page& Page::figure(const Figure& figure, const std::string& caption) {
    XmlWriter out;
    out.open("figure");
    Attributes root = svg_root_attributes(figure.width(), figure.height());
    root.insert(root.end(), {{"role", "img"}, {"aria-label", figure.title_text()}});
    out.open("svg", root);
    figure.draw(out, figure.width(), figure.height());
    out.close();
    if (!caption.empty()) out.element("figcaption", {}, caption);
    body_ += out.finish();
    return *this;
}

Page& Page::figure(const Grid& grid, const std::string& caption) {
    XmlWriter out;
    out.open("figure");
    Attributes root = svg_root_attributes(grid.width(), grid.height());
    root.emplace_back("role", "img");
    out.open("svg", root);
    grid.draw(out);
    out.close();
    if (!caption.empty()) out.element("figcaption", {}, caption);
    body_ += out.finish();
    return *this;
}

std::string Page::to_html() const {
    XmlWriter out;
    out.raw("<!DOCTYPE html>\n");
    out.open("html", {{"lang", "en"}});
    out.open("head");
    out.leaf("meta", {{"charset", "utf-8"}});
    out.leaf("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
    out.element("title", {}, title_);
    if (!description_.empty()) out.leaf("meta", {{"name", "description"}, {"content", description_}});
    out.open("style");
    out.raw(style_sheet);
    out.close();
    out.close();
    out.open("body");
    out.element("h1", {}, title_);
    if (!description_.empty()) out.element("p", {{"class", "summary"}}, description_);
    out.raw(body_);
    return out.finish();
}

void Page::save(const std::string& path) const { write_text_file(path, to_html()); }

}  // namespace mml
