// mml/stats/csv_records.cpp — RFC 4180 records by a three-state machine, and numbers by from_chars.
//
// The reader looks at one byte at a time (std::streambuf, no copy of the file): in a plain
// field it stops at a separator or line end; after an opening quote it reads to the closing
// quote, taking "" as one quote; after the closing quote only spaces may come before the
// separator or line end. Lines end in LF, CRLF or CR; a line end inside quotes is text.
// Numbers: std::from_chars (C++17), the correctly rounded nearest double, independent of the
// locale (strtod reads "1,5" in a German locale). Source: RFC 4180 (2005); MML §8.1 (data).
#include "mml/stats/csv_records.hpp"

#include "mml/core/error.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <istream>
#include <sstream>
#include <string_view>

namespace mml {

namespace {
constexpr int end_of_input = std::char_traits<char>::eof();
constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";
}  // namespace

CsvRecordReader::CsvRecordReader(std::istream& in, char separator, std::string operation)
    : buffer_(in.rdbuf()), separator_(separator), operation_(std::move(operation)) {
    // A byte-order mark EF BB BF may open the file. Bytes that start like one but are not one
    // are kept in pending_ and read first.
    for (char expected : byte_order_mark) {
        const int c = buffer_ ? buffer_->sgetc() : end_of_input;
        if (c != static_cast<unsigned char>(expected)) return;  // pending_ holds the partial match, if any
        pending_.push_back(static_cast<char>(buffer_->sbumpc()));
    }
    pending_.clear();  // the whole mark was there: drop it
}

int CsvRecordReader::peek() {
    if (pending_next_ < pending_.size()) return static_cast<unsigned char>(pending_[pending_next_]);
    return buffer_ ? buffer_->sgetc() : end_of_input;
}

int CsvRecordReader::get() {
    if (pending_next_ < pending_.size()) return static_cast<unsigned char>(pending_[pending_next_++]);
    return buffer_ ? buffer_->sbumpc() : end_of_input;
}

void CsvRecordReader::consume_line_end(int c) {
    if (c == '\r' && peek() == '\n') get();  // CRLF is one line end
    ++line_;
}

void CsvRecordReader::fail(std::size_t line, std::size_t column, const std::string& what) const {
    std::string message = operation_ + ": line " + std::to_string(line);
    if (column > 0) message += ", column " + std::to_string(column);
    throw DomainError(message + ": " + what);
}

bool CsvRecordReader::skip_blank_or_comment() {
    while (is_space(peek())) get();
    const int c = peek();
    if (c == '#') {  // a comment runs to the end of the line
        int d = get();
        while (d != end_of_input && !at_line_end(d)) d = get();
        if (d != end_of_input) consume_line_end(d);
        return true;
    }
    if (at_line_end(c)) {  // a blank line
        consume_line_end(get());
        return true;
    }
    return false;
}

// A field without quotes: everything up to the separator or the line end, spaces trimmed.
void CsvRecordReader::read_plain(CsvField& field, std::size_t column) {
    for (int c = peek(); c != end_of_input && c != separator_ && !at_line_end(c); c = peek()) {
        if (c == '"')
            fail(line_, column, "a quote inside a field that does not start with one; put the whole field in quotes "
                                "and write the quote twice, as in \"say \"\"hi\"\"\"");
        field.text.push_back(static_cast<char>(get()));
    }
    while (!field.text.empty() && is_space(static_cast<unsigned char>(field.text.back()))) field.text.pop_back();
}

// A field in quotes (the opening quote is consumed): "" is one quote; separators and line ends are text.
void CsvRecordReader::read_quoted(CsvField& field, std::size_t column) {
    field.quoted = true;
    for (;;) {
        const int c = get();
        if (c == end_of_input)
            fail(field.line, column, "this quoted field is never closed (a missing \" ?); the file ends inside it");
        if (c == '"') {
            if (peek() != '"') break;  // the closing quote
            get();                     // "" stands for one quote
        } else if (at_line_end(c)) {
            field.text.push_back(static_cast<char>(c));
            if (c == '\r' && peek() == '\n') field.text.push_back(static_cast<char>(get()));
            ++line_;
            continue;
        }
        field.text.push_back(static_cast<char>(c));
    }
    while (is_space(peek())) get();
    const int next = peek();
    if (next != end_of_input && next != separator_ && !at_line_end(next))
        fail(line_, column, "text after the closing quote of a quoted field; a quote inside quotes is written twice (\"\")");
}

bool CsvRecordReader::next(std::vector<CsvField>& fields) {
    while (skip_blank_or_comment()) {
    }
    if (peek() == end_of_input) return false;
    record_line_ = line_;
    fields.clear();
    for (std::size_t column = 1;; ++column) {
        CsvField& field = fields.emplace_back();
        field.line = line_;
        while (is_space(peek())) get();
        if (peek() == '"') {
            get();
            read_quoted(field, column);
        } else {
            read_plain(field, column);
        }
        const int c = get();  // the separator, a line end, or the end of the input
        if (c == separator_) continue;
        if (c != end_of_input) consume_line_end(c);
        return true;
    }
}

// ---- numbers ------------------------------------------------------------------------------------------
bool is_missing_number(const CsvField& field) {
    std::string lower;
    for (char c : field.text) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return lower.empty() || lower == "na" || lower == "nan";
}

namespace {
// The field as it appears in a message: in quotes, shortened to 40 characters.
std::string shown(const std::string& text) {
    return "'" + (text.size() <= 40 ? text : text.substr(0, 40) + "…") + "'";
}

// Whether a decimal number too large or too small for a double is too large: the power of ten
// of its first non-zero digit (from the digits around the point) plus the exponent is ≥ 0.
bool overflows(std::string_view s) {
    auto digit = [&](std::size_t i) { return i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); };
    std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    while (i < s.size() && s[i] == '0') ++i;  // leading zeros
    long long power = 0, integer_digits = 0;
    for (; digit(i); ++i) ++integer_digits;
    if (integer_digits > 0) {
        power = integer_digits - 1;  // 123.4 = 1.234·10²
    } else if (i < s.size() && s[i] == '.') {
        long long zeros = 0;         // 0.004 = 4·10⁻³
        for (++i; i < s.size() && s[i] == '0'; ++i) ++zeros;
        power = -(zeros + 1);
    }
    while (i < s.size() && s[i] != 'e' && s[i] != 'E') ++i;
    long long exponent = 0;
    if (i < s.size()) {  // the exponent, clamped so that a thousand digits cannot overflow it
        ++i;
        const bool negative = i < s.size() && s[i] == '-';
        if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
        for (; digit(i); ++i) exponent = std::min(exponent * 10 + (s[i] - '0'), 1000000LL);
        if (negative) exponent = -exponent;
    }
    return power + exponent >= 0;
}

// Why a field that is not a number might not be one, and what to do about it.
std::string number_hint(const std::string& text, char separator) {
    auto has = [&](char c) { return text.find(c) != std::string::npos; };
    if (text.find(byte_order_mark) != std::string::npos)
        return "it contains a byte-order mark (U+FEFF), which belongs only at the very start of a file; "
               "was another file pasted in here?";
    if (separator != ';' && has(';'))
        return "this line looks semicolon-separated; pass the separator: {.separator = ';'}";
    if (separator != '\t' && has('\t'))
        return "this line looks tab-separated; pass the separator: {.separator = '\\t'}";
    if (separator != ',' && has(',')) {
        // One comma between digits, as in 1,5, is how a decimal comma looks; more commas, a list.
        const std::size_t comma = text.find(',');
        const bool one_comma = text.find(',', comma + 1) == std::string::npos;
        auto digit_at = [&](std::size_t i) { return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); };
        if (one_comma && comma > 0 && digit_at(comma - 1) && digit_at(comma + 1))
            return "a decimal comma? mml reads numbers with a decimal point (1.5): save the file with '.' as the "
                   "decimal separator (or, if the line is comma-separated, use the default separator ',')";
        return "this line looks comma-separated; ',' is the default separator";
    }
    for (char c : text)
        if (std::isalpha(static_cast<unsigned char>(c)) && c != 'e' && c != 'E')
            return "if this column holds text such as class labels, read the file with read_labelled_csv, or "
                   "leave the column out with options.columns";
    return "write numbers as 1.5, -2 or 3e-4, and a missing value as an empty field or NA";
}
}  // namespace

double parse_csv_number(const CsvField& field, std::size_t column, const CsvRecordReader& reader) {
    const std::string& s = field.text;
    const char* begin = s.data();
    const char* end = s.data() + s.size();
    // std::from_chars reads "-1" but not "+1"; skip one '+' that a digit or point follows.
    if (s.size() > 1 && s[0] == '+' && (std::isdigit(static_cast<unsigned char>(s[1])) || s[1] == '.')) ++begin;
    double value = 0.0;
    const auto [stop, error] = std::from_chars(begin, end, value);
    if (error == std::errc::result_out_of_range && stop == end) {
        reader.fail(field.line, column,
                    shown(s) + " is a number outside the range of double: " +
                        (overflows(s) ? "its magnitude is above 1.8e308"
                                      : "its magnitude is below 4.9e-324 (write 0 if that is what it means)"));
    }
    if (begin == end || error != std::errc() || stop != end)
        reader.fail(field.line, column, shown(s) + " is not a number; " + number_hint(s, reader.separator()));
    if (!std::isfinite(value))
        reader.fail(field.line, column, shown(s) + " is not a finite number; data must be finite (a missing value "
                                                   "is an empty field or NA)");
    return value;
}

}  // namespace mml
