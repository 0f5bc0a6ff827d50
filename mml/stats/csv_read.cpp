// mml/stats/csv_read.cpp — tables of numbers and labelled data sets from CSV records.  (MML §8.1)
//
// One pass over the records (csv_records.hpp): the header gives the names; the first record
// fixes the number of fields; the columns asked for (by name or position) are resolved once;
// then each row is parsed into a temporary and appended only when complete, so a missing value
// can drop the whole row and an error leaves nothing behind. Text labels become classes
// 0 … K−1 in first-seen order through a map from label to class (README, Conventions).
#include "mml/stats/csv.hpp"

#include "mml/stats/csv_records.hpp"

#include <algorithm>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>

namespace mml {

namespace {
constexpr std::size_t no_column = std::numeric_limits<std::size_t>::max();

// Everything one pass over the file produces.
struct Reading {
    std::vector<std::string> header;         // the names in the header line (empty without one)
    std::size_t width = 0, width_line = 0;   // fields per record, and the line that set it
    std::vector<std::size_t> selected;       // positions of the numeric columns read, in output order
    std::size_t label = no_column;           // position of the label column (labelled reading)
    std::vector<double> values;              // the kept rows' numbers, row after row
    std::vector<std::size_t> classes;        // the kept rows' classes (labelled reading)
    std::vector<std::string> class_names;
    std::map<std::string, std::size_t> class_of;
    std::vector<std::size_t> dropped_lines;
    std::size_t rows = 0;
};

void require_separator(const std::string& operation, char separator) {
    if (separator == ',' || separator == ';' || separator == '\t') return;
    std::ostringstream msg;
    msg << operation << ": separator '" << separator << "' is not supported; use ',' (the default), ';' or '\\t'";
    throw DomainError(msg.str());
}

// The position of a column chosen by name (in the header) or by position (below the width).
std::size_t resolve(const Column& column, const Reading& r, const CsvRecordReader& reader) {
    if (column.name.empty()) {
        if (column.index < r.width) return column.index;
        reader.fail(r.width_line, 0, "column " + std::to_string(column.index) + " (counting from 0) was asked for, but the "
                                     "rows have " + std::to_string(r.width) + " fields");
    }
    if (r.header.empty())
        reader.fail(r.width_line, 0, "column '" + column.name + "' is chosen by name, but the file is read without a "
                                     "header; pass {.has_header = true} or choose the column by position");
    std::size_t found = no_column;
    std::string all;
    for (std::size_t c = 0; c < r.header.size(); ++c) {
        all += (c ? ", '" : "'") + r.header[c] + "'";
        if (r.header[c] != column.name) continue;
        if (found != no_column)
            reader.fail(r.width_line, 0, "two columns are named '" + column.name + "' (" + std::to_string(found + 1) +
                                         " and " + std::to_string(c + 1) + "); choose the column by position");
        found = c;
    }
    if (found == no_column) reader.fail(r.width_line, 0, "no column is named '" + column.name + "'; the header has " + all);
    return found;
}

// Fixes the columns to read once the width is known: options.columns, or all but the label.
void resolve_layout(Reading& r, const CsvOptions& options, const Column* label, const CsvRecordReader& reader) {
    if (label) r.label = resolve(*label, r, reader);
    for (const Column& column : options.columns) r.selected.push_back(resolve(column, r, reader));
    if (options.columns.empty())
        for (std::size_t c = 0; c < r.width; ++c)
            if (c != r.label) r.selected.push_back(c);
    for (std::size_t c : r.selected)
        if (c == r.label)
            reader.fail(r.width_line, 0, "the label column " + std::to_string(c) + " is also among the feature columns "
                                         "(options.columns); leave it out there");
    if (r.selected.empty() && r.label == no_column) reader.fail(r.width_line, 0, "no columns to read");
}

// A missing value: DomainError naming it (the default), or nothing, and the row is dropped.
void missing(const CsvField& field, std::size_t column, const CsvOptions& options, const CsvRecordReader& reader) {
    if (options.missing == MissingValues::drop_rows) return;
    reader.fail(field.line, column,
                "a missing value (" + (field.text.empty() ? std::string("an empty field") : "'" + field.text + "'") + "); fill it in or delete the row, or pass "
                "{.missing = MissingValues::drop_rows} to drop such rows (their lines are reported in dropped_lines)");
}

// Parses one record into r. Every field read is checked, also in a row that a missing value
// drops, so a bad number is never skipped silently. False when the row was dropped.
bool read_row(const std::vector<CsvField>& fields, Reading& r, std::vector<double>& row, const CsvOptions& options,
              const CsvRecordReader& reader) {
    row.clear();
    bool complete = true;
    for (std::size_t c : r.selected) {
        if (is_missing_number(fields[c])) {
            missing(fields[c], c + 1, options, reader);
            complete = false;
        } else {
            row.push_back(parse_csv_number(fields[c], c + 1, reader));
        }
    }
    if (r.label != no_column) {
        const CsvField& f = fields[r.label];
        if (f.text.empty() || (!f.quoted && f.text == "NA")) {
            missing(f, r.label + 1, options, reader);
            return false;
        }
        if (!complete) return false;
        const auto [where, is_new] = r.class_of.try_emplace(f.text, r.class_names.size());
        if (is_new) r.class_names.push_back(f.text);
        r.classes.push_back(where->second);
    }
    if (!complete) return false;
    r.values.insert(r.values.end(), row.begin(), row.end());
    ++r.rows;
    return true;
}

void require_width(const std::vector<CsvField>& fields, const Reading& r, const CsvRecordReader& reader) {
    if (fields.size() == r.width) return;
    std::ostringstream what;
    what << "this row has " << fields.size() << " field(s) but line " << r.width_line << " has " << r.width
         << "; every row needs the same number of fields (a separator inside a field needs quotes)";
    reader.fail(reader.line(), std::min(fields.size(), r.width) + 1, what.str());
}

Reading read_all(std::istream& in, const CsvOptions& options, const Column* label, const std::string& operation) {
    require_separator(operation, options.separator);
    CsvRecordReader reader(in, options.separator, operation);
    Reading r;
    std::vector<CsvField> fields;
    std::vector<double> row;
    bool resolved = false;
    if (options.has_header && reader.next(fields)) {
        for (const CsvField& f : fields) r.header.push_back(f.text);
        r.width = fields.size();
        r.width_line = reader.line();
    }
    while (reader.next(fields)) {
        if (r.width == 0) {
            r.width = fields.size();
            r.width_line = reader.line();
        }
        require_width(fields, r, reader);
        if (!resolved) resolve_layout(r, options, label, reader);
        resolved = true;
        if (!read_row(fields, r, row, options, reader)) r.dropped_lines.push_back(reader.line());
    }
    if (r.rows == 0)
        reader.fail(reader.current_line(), 0, std::string("no data rows") + (options.has_header ? " after the header" : "") +
                                                  (r.dropped_lines.empty() ? " (the input is empty, blank, or only comments)"
                                                                           : " (every row had a missing value)"));
    return r;
}

Matrix to_matrix(const Reading& r) {
    Matrix M(r.rows, r.selected.size());
    std::copy(r.values.begin(), r.values.end(), M.data());
    return M;
}

std::vector<std::string> names_of(const Reading& r, const std::vector<std::size_t>& columns) {
    std::vector<std::string> names;
    if (!r.header.empty())
        for (std::size_t c : columns) names.push_back(r.header[c]);
    return names;
}

std::ifstream open_for_reading(const std::string& operation, const std::string& path) {
    std::ifstream in(path, std::ios::binary);  // binary: the reader handles CRLF itself
    if (!in) throw DomainError(operation + ": cannot open '" + path + "' (check the path and the working directory)");
    return in;
}
}  // namespace

CsvTable read_csv(std::istream& in, const CsvOptions& options) {
    Reading r = read_all(in, options, nullptr, "read_csv");
    return {names_of(r, r.selected), to_matrix(r), std::move(r.dropped_lines)};
}

CsvTable read_csv(std::istream& in, bool has_header) { return read_csv(in, CsvOptions{.has_header = has_header}); }

CsvTable read_csv_file(const std::string& path, const CsvOptions& options) {
    std::ifstream in = open_for_reading("read_csv_file", path);
    return read_csv(in, options);
}

CsvTable read_csv_file(const std::string& path, bool has_header) {
    return read_csv_file(path, CsvOptions{.has_header = has_header});
}

LabelledData read_labelled_csv(std::istream& in, const Column& label, const CsvOptions& options) {
    Reading r = read_all(in, options, &label, "read_labelled_csv");
    LabelledData data;
    data.feature_names = names_of(r, r.selected);
    if (!r.header.empty()) data.label_name = r.header[r.label];
    data.X = to_matrix(r);
    data.classes = std::move(r.classes);
    data.class_names = std::move(r.class_names);
    data.dropped_lines = std::move(r.dropped_lines);
    return data;
}

LabelledData read_labelled_csv_file(const std::string& path, const Column& label, const CsvOptions& options) {
    std::ifstream in = open_for_reading("read_labelled_csv_file", path);
    return read_labelled_csv(in, label, options);
}

Dataset to_dataset(const CsvTable& table, const Column& target) {
    const Matrix& T = table.values;
    std::size_t t = target.index;
    if (!target.name.empty()) {
        t = no_column;
        for (std::size_t c = 0; c < table.names.size(); ++c)
            if (table.names[c] == target.name) t = c;
        if (t == no_column) throw DimensionError("to_dataset: the table has no column named '" + target.name + "'");
    }
    if (t >= T.cols()) {
        std::ostringstream msg;
        msg << "to_dataset: target column " << t << " but the table has " << T.cols() << " columns (counting from 0)";
        throw DimensionError(msg.str());
    }
    Dataset data{Matrix(T.rows(), T.cols() - 1), T.col(t)};
    for (std::size_t n = 0; n < T.rows(); ++n)
        for (std::size_t c = 0, d = 0; c < T.cols(); ++c)
            if (c != t) data.X(n, d++) = T(n, c);
    return data;
}

}  // namespace mml
