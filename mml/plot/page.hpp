// mml/plot/page.hpp — one self-contained HTML page: text, tables, code and figures.
//
// A notebook's output is one .html file that opens in any browser with no network and no
// JavaScript: the style sheet is written into the page, the figures are inline SVG (not separate
// image files), and nothing is fetched. The markup is well-formed XML as well as HTML, so the
// tests can check every page with a small XML parser.
//
//   mml::Page page("Gradient descent on a quadratic");
//   page.paragraph("How does the condition number κ slow gradient descent down?");
//   page.code("auto result = mml::gradient_descent(f, grad, x0, {.step_size = 0.1});");
//   page.table({"κ", "iterations"}, mml::Matrix{{10, 132}, {100, 1375}}, {.digits = 5});
//   page.figure(fig, "The error falls by a factor (κ − 1)/(κ + 1) per step.");
//   page.save("build/notebooks/04_condition.html");
//
// Text is escaped: "x < 1 & y" appears as written. In paragraph and list text, `backticks` mark
// code and [text](address) makes a link; nothing else is interpreted.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/plot/figure.hpp"
#include "mml/plot/grid.hpp"
#include "mml/plot/number_format.hpp"

#include <string>
#include <vector>

namespace mml {

class Page {
public:
    explicit Page(std::string title);  // the <title> and the <h1> heading

    // The page's one-line summary: shown in bold under the title and written into
    // <meta name="description">, where the notebooks' contents page (index.html) finds it.
    Page& description(const std::string& text);
    Page& heading(const std::string& text, int level = 2);  // <h2> … <h4> (level 2, 3 or 4)
    Page& paragraph(const std::string& text);               // `code` and [text](address) inline
    Page& list(const std::vector<std::string>& items);      // a bulleted list, inline markup as above
    Page& code(const std::string& source);                  // a block of code, monospace, as written
    // A table of text; every row has as many cells as the header. A column whose cells all start
    // like a number ("−1.5", "3×10⁻⁴", "NaN", "∞") is right-aligned, with digits of equal width.
    Page& table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);
    // A table of numbers, each written with format_number; row_labels (if given) open each row.
    Page& table(const std::vector<std::string>& header, const Matrix& values, NumberFormat format = {},
                const std::vector<std::string>& row_labels = {});
    Page& figure(const Figure& figure, const std::string& caption = "");  // inline SVG
    Page& figure(const Grid& grid, const std::string& caption = "");

    std::string to_html() const;
    void save(const std::string& path) const;  // writes to_html() (creating the folder if needed)

private:
    std::string title_;
    std::string description_;
    std::string body_;  // the blocks so far, each well-formed
};

}  // namespace mml
