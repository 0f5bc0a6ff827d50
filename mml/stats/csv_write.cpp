// mml/stats/csv_write.cpp — writing CSV that reads back exactly.                     (MML §8.1)
//
// A double printed with 6 significant digits (the default of std::ostream) reads back as a
// different double; 17 digits always read back but print 0.1 as 0.10000000000000001. The
// shortest decimal string that reads back to the same bits (Steele & White 1990; Ryū,
// Adams 2018) is what std::to_chars(double) writes, so write_csv uses it: write → read is
// the identity, bit for bit, including −0, subnormals and ±1.8e308. Names are quoted the RFC
// 4180 way (quotes doubled) when the reader would otherwise change them.
#include "mml/stats/csv.hpp"

#include "mml/core/checks.hpp"

#include <charconv>
#include <cmath>
#include <fstream>
#include <ostream>
#include <sstream>

namespace mml {

namespace {
void require_writable(const std::string& operation, const Matrix& values, std::size_t names, char separator) {
    if (separator != ',' && separator != ';' && separator != '\t')
        throw DomainError(operation + ": the separator must be ',', ';' or '\\t'");
    if (values.empty())
        throw DomainError(operation + ": the table is " + shape_string(values.rows(), values.cols()) +
                          "; a CSV file needs at least one row and one column to read back");
    if (names != 0 && names != values.cols()) {
        std::ostringstream msg;
        msg << operation << ": " << names << " names for " << values.cols() << " columns; give one name per column, or none";
        throw DimensionError(msg.str());
    }
    for (std::size_t n = 0; n < values.rows(); ++n)
        for (std::size_t d = 0; d < values.cols(); ++d)
            if (!std::isfinite(values(n, d))) {
                std::ostringstream msg;
                msg << operation << ": the value in row " << n << ", column " << d << " is " << values(n, d)
                    << "; CSV data must be finite (drop or fill in that value first)";
                throw DomainError(msg.str());
            }
}

// Whether the reader would change this text if it were written without quotes.
bool needs_quotes(const std::string& text) {
    if (text.empty() || text == "NA") return true;  // read as a blank line or a missing value
    if (text.front() == ' ' || text.front() == '\t' || text.back() == ' ' || text.back() == '\t') return true;
    if (text.front() == '#' || text.rfind("\xEF\xBB\xBF", 0) == 0) return true;  // a comment; a byte-order mark
    return text.find_first_of(",;\t\"\r\n") != std::string::npos;
}

void write_text(std::ostream& out, const std::string& text) {
    if (!needs_quotes(text)) {
        out << text;
        return;
    }
    out << '"';
    for (char c : text) {
        if (c == '"') out << '"';  // a quote inside is written twice
        out << c;
    }
    out << '"';
}

void write_number(std::ostream& out, double value) {
    char buffer[32];  // the longest shortest form, -2.2250738585072014e-308, has 24 characters
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.write(buffer, end - buffer);
}

void write_header(std::ostream& out, const std::vector<std::string>& names, const std::string* label, char separator) {
    for (std::size_t d = 0; d < names.size(); ++d) {
        if (d > 0) out << separator;
        write_text(out, names[d]);
    }
    if (label) {
        if (!names.empty()) out << separator;
        write_text(out, *label);
    }
    out << '\n';
}

void require_written(const std::string& operation, const std::ostream& out) {
    if (!out) throw DomainError(operation + ": writing failed (disk full, or the stream was closed?)");
}
}  // namespace

void write_csv(std::ostream& out, const Matrix& values, const std::vector<std::string>& names, char separator) {
    require_writable("write_csv", values, names.size(), separator);
    if (!names.empty()) write_header(out, names, nullptr, separator);
    for (std::size_t n = 0; n < values.rows(); ++n) {
        for (std::size_t d = 0; d < values.cols(); ++d) {
            if (d > 0) out << separator;
            write_number(out, values(n, d));
        }
        out << '\n';
    }
    require_written("write_csv", out);
}

void write_csv(std::ostream& out, const CsvTable& table, char separator) {
    write_csv(out, table.values, table.names, separator);
}

void write_csv_file(const std::string& path, const CsvTable& table, char separator) {
    std::ofstream out(path, std::ios::binary);
    if (!out) throw DomainError("write_csv_file: cannot create '" + path + "' (does the folder exist?)");
    write_csv(out, table, separator);
}

void write_labelled_csv(std::ostream& out, const LabelledData& data, char separator) {
    const std::size_t N = data.X.rows(), D = data.X.cols();
    const bool header = !data.feature_names.empty() || !data.label_name.empty();
    if (N == 0 || data.classes.size() != N || (header && data.feature_names.size() != D))
        throw DimensionError("write_labelled_csv: X is " + shape_string(N, D) + " with " + std::to_string(data.classes.size()) +
                             " classes and " + std::to_string(data.feature_names.size()) + " feature names; give at least "
                             "one example, one class per example, and one name per column (or no names at all)");
    if (D > 0) require_writable("write_labelled_csv", data.X, data.feature_names.size(), separator);
    for (std::size_t n = 0; n < N; ++n)
        if (data.classes[n] >= data.class_names.size() || data.class_names[data.classes[n]].empty())
            throw DomainError("write_labelled_csv: example " + std::to_string(n) + " has class " +
                              std::to_string(data.classes[n]) + ", which has no (non-empty) name in class_names");
    if (header) write_header(out, data.feature_names, &data.label_name, separator);
    for (std::size_t n = 0; n < N; ++n) {
        for (std::size_t d = 0; d < D; ++d) {
            write_number(out, data.X(n, d));
            out << separator;
        }
        write_text(out, data.class_names[data.classes[n]]);
        out << '\n';
    }
    require_written("write_labelled_csv", out);
}

}  // namespace mml
