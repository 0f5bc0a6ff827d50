// mml/plot/xml.cpp — escaping, coordinates, and a writer that keeps tags balanced.
#include "mml/plot/xml.hpp"

#include "mml/core/error.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace mml {

std::string escape_xml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default: out += c;
        }
    }
    return out;
}

void write_text_file(const std::string& path, const std::string& text) {
    const std::filesystem::path file(path);
    std::error_code ignored;  // a failure shows up when the file is opened, with a better message
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ignored);
    std::ofstream out(file, std::ios::binary);
    out << text;
    if (!out) throw Error("save: could not write '" + path + "' — check that the folder exists and is writable");
}

void require_picture_size(const std::string& operation, double width, double height) {
    if (!(width >= 60.0 && height >= 60.0 && width <= 1e5 && height <= 1e5)) {
        std::ostringstream msg;
        msg << operation << "(" << width << ", " << height << "): give a width and height between 60 and 100000 px";
        throw DomainError(msg.str());
    }
}

std::string coordinate(double v) {
    // A point far outside the plot (data at 1e300 on an axis zoomed to [0, 1]) is pulled in to
    // ±10⁷ px: still far outside any picture, and the text stays short. NaN never reaches here
    // (the figure drops it first); it would be written as 0 rather than as "nan".
    if (v != v) v = 0.0;
    v = v < -1e7 ? -1e7 : v > 1e7 ? 1e7 : v;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", v);
    std::string text = buffer;
    while (text.back() == '0') text.pop_back();  // "%.2f" always writes a point, so this stops there
    if (text.back() == '.') text.pop_back();
    return text == "-0" ? "0" : text;
}

void PathData::command(char c, double x, double y) {
    if (!d_.empty()) d_ += ' ';
    d_ += c;
    d_ += coordinate(x);
    d_ += ' ';
    d_ += coordinate(y);
}

PathData& PathData::move_to(double x, double y) {
    command('M', x, y);
    return *this;
}

PathData& PathData::line_to(double x, double y) {
    command('L', x, y);
    return *this;
}

PathData& PathData::close() {
    d_ += " Z";
    return *this;
}

Attributes svg_root_attributes(double width, double height) {
    std::string box = "0 0 ";
    box += coordinate(width);
    box += ' ';
    box += coordinate(height);
    return {{"xmlns", "http://www.w3.org/2000/svg"}, {"width", coordinate(width)}, {"height", coordinate(height)}, {"viewBox", box}};
}

void XmlWriter::start_tag(const std::string& tag, const Attributes& attributes) {
    out_ += '<';
    out_ += tag;
    for (const auto& [name, value] : attributes) {
        out_ += ' ';
        out_ += name;
        out_ += "=\"";
        out_ += escape_xml(value);
        out_ += '"';
    }
}

void XmlWriter::open(const std::string& tag, const Attributes& attributes) {
    start_tag(tag, attributes);
    out_ += ">\n";
    open_.push_back(tag);
}

void XmlWriter::close() {
    if (open_.empty()) throw Error("XmlWriter::close: no element is open — every close() needs an open() before it");
    out_ += "</" + open_.back() + ">\n";
    open_.pop_back();
}

void XmlWriter::leaf(const std::string& tag, const Attributes& attributes) {
    start_tag(tag, attributes);
    out_ += "/>\n";
}

void XmlWriter::inline_element(const std::string& tag, const Attributes& attributes, std::string_view text) {
    start_tag(tag, attributes);
    out_ += '>';
    out_ += escape_xml(text);
    out_ += "</" + tag + ">";
}

void XmlWriter::element(const std::string& tag, const Attributes& attributes, std::string_view text) {
    inline_element(tag, attributes, text);
    out_ += '\n';
}

void XmlWriter::text(std::string_view text) { out_ += escape_xml(text); }

void XmlWriter::raw(std::string_view markup) { out_ += markup; }

std::string XmlWriter::finish() {
    while (!open_.empty()) close();
    return std::move(out_);
}

}  // namespace mml
