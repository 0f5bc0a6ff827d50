// tests/mml/plot/xml_check.hpp — a small XML well-formedness checker for the plot tests.
//
// xml_error(document) returns "" when the document is well-formed in the sense of XML 1.0 §2.1
// (restricted to what mml writes), and otherwise a message with the line and what is wrong:
//   * tags balance and nest: every <a> has its </a>, in order, and there is exactly one root;
//   * names are XML names; every attribute has a value in '…' or "…", no name twice per element;
//   * no raw '<' in text or attribute values, and every '&' starts a valid reference:
//     &amp; &lt; &gt; &quot; &apos; or a character reference &#123; / &#x7B;;
//   * an <?xml …?> declaration only at the very start, a <!DOCTYPE …> and comments <!-- … -->
//     only outside the root element's content (comments anywhere);
//   * the bytes are valid UTF-8.
// It is not a validator (it knows nothing of SVG or HTML), and it rejects CDATA sections and
// processing instructions, which mml never writes.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace mml::testing {

class XmlChecker {
public:
    explicit XmlChecker(std::string_view text) : s_(text) {}

    std::string check() {
        if (const std::string e = check_utf8(); !e.empty()) return e;
        if (s_.substr(0, 5) == "<?xml") {
            const std::size_t end = s_.find("?>");
            if (end == std::string_view::npos) return failed("unterminated <?xml declaration");
            i_ = end + 2;
        }
        bool seen_root = false;
        while (true) {
            skip_space();
            if (i_ >= s_.size()) break;
            if (starts("<!--")) {
                if (!skip_comment()) return error_;
            } else if (starts("<!DOCTYPE")) {
                if (seen_root) return failed("DOCTYPE after the root element");
                const std::size_t end = s_.find('>', i_);
                if (end == std::string_view::npos) return failed("unterminated DOCTYPE");
                i_ = end + 1;
            } else if (starts("<")) {
                if (seen_root) return failed("a second root element");
                if (!element()) return error_;
                seen_root = true;
            } else {
                return failed("text outside the root element");
            }
        }
        if (!seen_root) return failed("no root element");
        return "";
    }

private:
    std::string_view s_;
    std::size_t i_ = 0;
    std::string error_;

    bool starts(std::string_view prefix) const { return s_.substr(i_, prefix.size()) == prefix; }

    // Records what is wrong at the current position; returns false, for `return fail(...)`.
    bool fail(const std::string& what) {
        std::size_t line = 1;
        for (std::size_t k = 0; k < i_ && k < s_.size(); ++k) line += s_[k] == '\n' ? 1 : 0;
        error_ = "line " + std::to_string(line) + " (byte " + std::to_string(i_) + "): " + what;
        return false;
    }

    std::string failed(const std::string& what) {
        fail(what);
        return error_;
    }

    std::string check_utf8() {  // "" or the error
        for (std::size_t k = 0; k < s_.size();) {
            const auto c = static_cast<unsigned char>(s_[k]);
            const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
            if (n == 0 || k + n > s_.size()) {
                i_ = k;
                return failed("invalid UTF-8 lead byte");
            }
            for (std::size_t m = 1; m < n; ++m)
                if ((static_cast<unsigned char>(s_[k + m]) & 0xC0) != 0x80) {
                    i_ = k;
                    return failed("invalid UTF-8 continuation byte");
                }
            k += n;
        }
        return "";
    }

    void skip_space() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\t' || s_[i_] == '\r')) ++i_;
    }

    bool skip_comment() {
        const std::size_t end = s_.find("-->", i_ + 4);
        if (end == std::string_view::npos) return fail("unterminated comment");
        i_ = end + 3;
        return true;
    }

    static bool name_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':'; }
    static bool name_char(char c) { return name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

    bool name(std::string& out) {
        if (i_ >= s_.size() || !name_start(s_[i_])) return fail("expected a name");
        const std::size_t start = i_;
        while (i_ < s_.size() && name_char(s_[i_])) ++i_;
        out = std::string(s_.substr(start, i_ - start));
        return true;
    }

    // An entity or character reference at i_ (which is at '&').
    bool reference() {
        const std::size_t end = s_.find(';', i_);
        if (end == std::string_view::npos || end - i_ > 12) return fail("'&' that does not start a reference");
        const std::string_view body = s_.substr(i_ + 1, end - i_ - 1);
        bool ok = body == "amp" || body == "lt" || body == "gt" || body == "quot" || body == "apos";
        if (!ok && body.size() >= 2 && body[0] == '#') {
            const bool hex = body[1] == 'x';
            const std::string_view digits = body.substr(hex ? 2 : 1);
            ok = !digits.empty();
            for (const char c : digits)
                ok = ok && ((c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))));
        }
        if (!ok) return fail("unknown reference &" + std::string(body) + ";");
        i_ = end + 1;
        return true;
    }

    bool attributes(bool& empty_element) {
        std::set<std::string> seen;
        while (true) {
            const std::size_t before = i_;
            skip_space();
            if (starts("/>")) {
                i_ += 2;
                empty_element = true;
                return true;
            }
            if (starts(">")) {
                ++i_;
                empty_element = false;
                return true;
            }
            if (i_ == before) return fail("attributes must be separated by white space");
            std::string attribute;
            if (!name(attribute)) return false;
            if (!seen.insert(attribute).second) return fail("attribute '" + attribute + "' given twice");
            skip_space();
            if (!starts("=")) return fail("attribute '" + attribute + "' has no value");
            ++i_;
            skip_space();
            if (i_ >= s_.size() || (s_[i_] != '"' && s_[i_] != '\'')) return fail("attribute '" + attribute + "' is not quoted");
            const char quote = s_[i_++];
            while (i_ < s_.size() && s_[i_] != quote) {
                if (s_[i_] == '<') return fail("'<' inside the value of '" + attribute + "'");
                if (s_[i_] == '&') {
                    if (!reference()) return false;
                } else {
                    ++i_;
                }
            }
            if (i_ >= s_.size()) return fail("unterminated value of '" + attribute + "'");
            ++i_;
        }
    }

    // An element starting at i_ ('<'), its content and its end tag.
    bool element() {
        std::vector<std::string> open;
        do {
            if (starts("<!--")) {
                if (!skip_comment()) return false;
            } else if (starts("</")) {
                i_ += 2;
                std::string tag;
                if (!name(tag)) return false;
                if (open.empty()) return fail("</" + tag + "> without a start tag");
                skip_space();
                if (!starts(">")) return fail("end tag </" + tag + " not closed by '>'");
                ++i_;
                if (tag != open.back()) return fail("</" + tag + "> closes <" + open.back() + ">");
                open.pop_back();
            } else if (starts("<")) {
                if (starts("<!") || starts("<?")) return fail("CDATA, DOCTYPE or processing instruction inside an element");
                ++i_;
                std::string tag;
                if (!name(tag)) return false;
                bool empty_element = false;
                if (!attributes(empty_element)) return false;
                if (!empty_element) open.push_back(tag);
            } else if (s_[i_] == '&') {
                if (!reference()) return false;
            } else {
                if (s_[i_] == '>' && i_ >= 2 && s_.substr(i_ - 2, 3) == "]]>") return fail("']]>' in text");
                ++i_;
            }
            if (i_ >= s_.size() && !open.empty()) return fail("end of document with <" + open.back() + "> still open");
        } while (!open.empty());
        return true;
    }
};

// "" if the document is well-formed, else what is wrong and where.
inline std::string xml_error(std::string_view document) { return XmlChecker(document).check(); }

}  // namespace mml::testing
