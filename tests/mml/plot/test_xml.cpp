// Tests for well-formed output: the XML checker itself (it must reject what is broken, or the
// other checks could not fail), escaping, and every kind of figure, grid and page run through it
// with labels full of <, &, " and '.
#include "mml/plot.hpp"
#include "xml_check.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

using namespace mml;
using mml::testing::xml_error;

namespace {

// A label that would break any document that did not escape it.
const std::string hostile = "x < 1 & y > \"2\" 'or' </svg> &amp; σ²";

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("the XML checker accepts a well-formed document") {
    CHECK(xml_error("<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<!-- note --><a x=\"1\" y='2'>t &amp; &#955; &#x3BB; σ<b/>"
                    "<!-- in --></a>\n") == "");
    CHECK(xml_error("<svg xmlns=\"http://www.w3.org/2000/svg\"><g><path d=\"M0 0 L1 1\"/></g></svg>") == "");
}

TEST_CASE("the XML checker rejects each kind of broken document") {
    CHECK(xml_error("") != "");                                  // no root
    CHECK(xml_error("<a><b></a></b>") != "");                    // misnested
    CHECK(xml_error("<a><b></b>") != "");                        // unclosed
    CHECK(xml_error("</a>") != "");                              // an end tag with no start
    CHECK(xml_error("<a x=1/>") != "");                          // unquoted attribute
    CHECK(xml_error("<a x/>") != "");                            // attribute without a value
    CHECK(xml_error("<a x='1' x='2'/>") != "");                  // attribute twice
    CHECK(xml_error("<a x='1'y='2'/>") != "");                   // attributes not separated
    CHECK(xml_error("<a title=\"a<b\"/>") != "");                // < inside a value
    CHECK(xml_error("<a>x < y</a>") != "");                      // raw < in text
    CHECK(xml_error("<a>fish & chips</a>") != "");               // bare &
    CHECK(xml_error("<a>&nbsp;</a>") != "");                     // not an XML entity
    CHECK(xml_error("<a>&#xZZ;</a>") != "");                     // bad character reference
    CHECK(xml_error("<a/><b/>") != "");                          // two roots
    CHECK(xml_error("text<a/>") != "");                          // text outside the root
    CHECK(xml_error("<a><!DOCTYPE html></a>") != "");            // DOCTYPE inside
    CHECK(xml_error("<a>\xff</a>") != "");                       // invalid UTF-8
    CHECK(xml_error("<a>\xce</a>") != "");                       // a cut-off UTF-8 sequence
    CHECK(xml_error("<a><!-- open </a>") != "");                 // unterminated comment
    CHECK(xml_error("<1a/>") != "");                             // a name cannot start with a digit
    CHECK(xml_error("<a>x]]>y</a>") != "");                      // ]]> in text
}

TEST_CASE("escape_xml replaces the five markup characters and leaves the rest") {
    CHECK(escape_xml("<&\"'>") == "&lt;&amp;&quot;&apos;&gt;");
    CHECK(escape_xml("σ² − 1") == "σ² − 1");
    CHECK(escape_xml("&amp;") == "&amp;amp;");  // text is text: an entity in it is escaped again
}

TEST_CASE("XmlWriter closes what is open, escapes, and refuses a close with nothing open") {
    XmlWriter out;
    out.open("a", {{"title", "1 < 2"}});
    out.element("b", {}, "x & y");
    out.leaf("c");
    const std::string doc = out.finish();
    CHECK(xml_error(doc) == "");
    CHECK(doc.find("title=\"1 &lt; 2\"") != std::string::npos);
    CHECK(doc.find("<b>x &amp; y</b>") != std::string::npos);
    XmlWriter empty;
    CHECK_THROWS_AS(empty.close(), Error);
}

TEST_CASE("every kind of figure is well-formed SVG with hostile labels escaped") {
    const Vector x = linspace(0.0, 1.0, 20);
    Vector y(20), upper(20);
    for (std::size_t i = 0; i < 20; ++i) {
        y[i] = x[i] * x[i];
        upper[i] = y[i] + 0.2;
    }
    const Vector xs = linspace(-1.0, 1.0, 15), ys = linspace(-1.0, 1.0, 12);
    const Matrix Z = grid_values([](double a, double b) { return a * a + b * b; }, xs, ys);
    const Style s{.label = hostile};
    std::vector<Figure> figures;
    figures.push_back(Figure(hostile).x_label(hostile).y_label(hostile).line(x, y, s));
    figures.push_back(Figure(hostile).scatter(x, y, s));
    figures.push_back(Figure().scatter_classes(x, y, std::vector<int>(20, 1), {hostile, hostile}));
    figures.push_back(Figure().bars(x, y, s));
    figures.push_back(Figure().histogram(y, s));
    figures.push_back(Figure().band(x, y, upper, s));
    figures.push_back(Figure().contour(xs, ys, Z, Vector{0.25, 0.5, 1.0}, s));
    figures.push_back(Figure().heatmap(xs, ys, Z, {.label = hostile}));
    figures.push_back(Figure().image(Z, {.map = ColorMap::diverging(), .label = hostile}));
    figures.push_back(Figure().image(Z, {.map = ColorMap::grey(), .colorbar = false}).axes(false));
    figures.push_back(Figure().class_regions(xs, ys, Matrix(12, 15, 2.0)));
    figures.push_back(Figure().arrow(0, 0, 1, 1, s).arrow(1, 1, 1, 1, s));  // the second has length 0
    figures.push_back(Figure().text(0.5, 0.5, hostile).text(0, 0, hostile, TextAnchor::end));
    figures.push_back(Figure().hline(0.5, s).vline(0.5, s));
    figures.push_back(Figure().line(x + Vector(20, 0.1), upper, s).x_scale(Scale::log).y_scale(Scale::log));
    figures.push_back(Figure().line(x, y, s).equal_aspect().x_ticks(Vector{0.0, 1.0}, {hostile, "1"}));
    figures.push_back(Figure(hostile));  // no series
    for (const LegendPosition p : {LegendPosition::best, LegendPosition::top_left, LegendPosition::top_right,
                                   LegendPosition::bottom_left, LegendPosition::bottom_right, LegendPosition::above,
                                   LegendPosition::none})
        figures.push_back(Figure().line(x, y, s).line(x, upper, {.label = "b"}).legend(p));
    figures.push_back(Figure().line(x, y, s).size(61, 61));  // tiny
    for (std::size_t k = 0; k < figures.size(); ++k) {
        INFO("figure " << k);
        const std::string svg = figures[k].to_svg();
        CHECK(xml_error(svg) == "");
        CHECK(svg.find("</svg> &amp;") == std::string::npos);  // the label never appears unescaped
    }
    CHECK(figures[0].to_svg().find(escape_xml(hostile)) != std::string::npos);
}

TEST_CASE("a grid and a page with every block are well-formed; text, code and links are escaped") {
    Grid grid(2, hostile);
    grid.add(Figure(hostile).line(Vector{0, 1}, Vector{1, 0})).add(Figure().scatter(Vector{1}, Vector{1})).add(Figure());
    CHECK(xml_error(grid.to_svg()) == "");
    CHECK(grid.width() == 640.0);
    CHECK(grid.height() > 2 * 260.0);  // two rows and a title

    Page page(hostile);
    page.heading(hostile).heading(hostile, 3).heading(hostile, 4);
    page.paragraph("a < b & `x<y && z` and [l&t](a.html?b=1&c=2), `unclosed and [not a link");
    page.list({hostile, "`code`", "[link](https://example.org/?q=\"1\")"});
    page.code("if (a < b && c) std::cout << \"<tag>\";\n    return 'x';");
    page.table({hostile, "n"}, {{hostile, "1"}, {"b", "\u22122.5"}});
    page.table({"", "value"}, Matrix{{1.0}, {std::numeric_limits<double>::quiet_NaN()}}, {.digits = 3}, {hostile, "nan"});
    page.figure(Figure(hostile).line(Vector{0, 1}, Vector{0, 1}), hostile);
    page.figure(grid, hostile);
    const std::string html = page.to_html();
    CHECK(xml_error(html) == "");
    CHECK(html.find("<code>x&lt;y &amp;&amp; z</code>") != std::string::npos);
    CHECK(html.find("<a href=\"a.html?b=1&amp;c=2\">l&amp;t</a>") != std::string::npos);
    CHECK(html.find("`unclosed and [not a link") != std::string::npos);  // unmatched marks stay text
    CHECK(html.find("<pre><code>if (a &lt; b &amp;&amp; c) std::cout &lt;&lt; &quot;&lt;tag&gt;&quot;;\n    return &apos;x&apos;;</code></pre>") !=
          std::string::npos);
    CHECK(html.find("<td class=\"num\">NaN</td>") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);  // no JavaScript
    CHECK(html.find("http") == html.find("https://example.org"));  // nothing fetched: the only address is the link's
}

TEST_CASE("save writes the file, creating its folder; an unwritable path is an Error") {
    const std::filesystem::path folder = std::filesystem::temp_directory_path() / "mml_plot_test" / "nested";
    std::filesystem::remove_all(folder.parent_path());
    const Figure fig = Figure("saved").line(Vector{0, 1}, Vector{0, 1});
    fig.save((folder / "figure.svg").string());
    CHECK(read_file(folder / "figure.svg") == fig.to_svg());
    Page page("saved");
    page.figure(fig);
    page.save((folder / "page.html").string());
    CHECK(xml_error(read_file(folder / "page.html")) == "");
    Grid(1).add(fig).save((folder / "grid.svg").string());
    CHECK(xml_error(read_file(folder / "grid.svg")) == "");
    CHECK_THROWS_AS(fig.save((folder / "figure.svg" / "inside-a-file.svg").string()), Error);
    std::filesystem::remove_all(folder.parent_path());
}
