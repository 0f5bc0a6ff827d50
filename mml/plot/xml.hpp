// mml/plot/xml.hpp — writing XML (the SVG of a figure, the HTML of a page) well-formed by
// construction.
//
// A document is well-formed when its tags nest (every <g> has its </g>, in order), every
// attribute value is quoted, and the five characters with a meaning in markup appear in text only
// as entities: & → &amp;  < → &lt;  > → &gt;  " → &quot;  ' → &apos;. XmlWriter keeps a stack of
// the open elements, quotes and escapes every attribute value and every piece of text it is
// given, and closes what is left open at the end — so a label such as "p(x < 1 & y)" can never
// break a page. The one way around it is raw(), for markup that is well-formed already (a
// figure's SVG placed into a page, the page's style sheet).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mml {

using Attributes = std::vector<std::pair<std::string, std::string>>;

// The text with &, <, >, " and ' replaced by their entities.
std::string escape_xml(std::string_view text);

// A coordinate for SVG: at most two decimals (1/100 px is finer than any screen), no trailing
// zeros, never "-0": 12.5, 3, -0.25.
std::string coordinate(double v);

// SVG path data — "M10 20 L30 40 Z" — built one command at a time: move_to starts a piece,
// line_to draws a straight segment to the next point, close joins the piece back to its start.
class PathData {
public:
    PathData& move_to(double x, double y);
    PathData& line_to(double x, double y);
    PathData& close();
    const std::string& str() const { return d_; }
    bool empty() const { return d_.empty(); }

private:
    void command(char c, double x, double y);
    std::string d_;
};

// The attributes of an outermost <svg> element width × height px: the namespace, the size and a
// viewBox with the same size (so a page's style sheet can scale it without distorting it).
Attributes svg_root_attributes(double width, double height);

// DomainError unless 60 ≤ width, height ≤ 100000 px: smaller leaves no room for the axes,
// larger is a mistake (a size in data units, not pixels).
void require_picture_size(const std::string& operation, double width, double height);

// Writes text to the file at path, creating its folder first if needed (Figure::save, Page::save).
// mml::Error when the file cannot be written.
void write_text_file(const std::string& path, const std::string& text);

class XmlWriter {
public:
    // <tag a="…">, to be closed by close(); a line break follows.
    void open(const std::string& tag, const Attributes& attributes = {});
    // </tag> for the most recently opened element that is still open.
    void close();
    // <tag a="…"/>, an element with no content.
    void leaf(const std::string& tag, const Attributes& attributes = {});
    // <tag a="…">text</tag> with the text escaped; a line break follows.
    void element(const std::string& tag, const Attributes& attributes, std::string_view text);
    // The same inside running text (no line break after it, which HTML would show as a space).
    void inline_element(const std::string& tag, const Attributes& attributes, std::string_view text);
    // Escaped character data.
    void text(std::string_view text);
    // Markup copied as it is: only for text that is well-formed XML already.
    void raw(std::string_view markup);
    // Closes every element still open and returns the document.
    std::string finish();

private:
    void start_tag(const std::string& tag, const Attributes& attributes);
    std::string out_;
    std::vector<std::string> open_;  // the elements opened and not yet closed, outermost first
};

}  // namespace mml
