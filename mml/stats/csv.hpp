// mml/stats/csv.hpp — data in and out as CSV, the way spreadsheets and R write it. (MML §8.1)
//
// A data set on disk is usually a CSV file (RFC 4180, "Comma-Separated Values"): one example
// per line, fields separated by commas, an optional header line with the column names. Files
// from everyday tools add a few twists, and mml reads them all:
//   - fields in double quotes, "setosa" or "1.5", where a quote inside is written twice ("")
//     and separators and line ends inside the quotes are part of the field (R's write.csv
//     quotes every name);
//   - a byte-order mark before the first byte (a spreadsheet's "CSV UTF-8");
//   - lines ending in LF (Unix), CRLF (Windows) or CR (old Mac);
//   - ';' or tab as the separator (spreadsheets in countries with a decimal comma write ';'):
//     pass {.separator = ';'}; a file that looks semicolon- or tab-separated read with ','
//     gets an error saying so;
//   - a text column of class labels (Iris: 5.1,3.5,1.4,0.2,setosa): read_labelled_csv turns it
//     into classes 0 … K−1, named in the order they first appear (README, Conventions);
//   - missing values (an empty field, NA or NaN): an error naming the line and column by
//     default, or, on request, the rows that have one are dropped and their lines reported.
// Blank lines and lines starting with '#' are skipped.
//
// Reading is all or nothing: any problem throws DomainError naming the line and column and
// saying what would fix it, and nothing is returned — a half-read table would silently train
// on part of the data. write_csv writes every double in the shortest form that reads back to
// the same bits (std::to_chars), so write → read is exact.
#pragma once

#include "mml/core/error.hpp"
#include "mml/core/matrix.hpp"
#include "mml/stats/dataset.hpp"

#include <concepts>
#include <cstddef>
#include <iosfwd>
#include <string>
#include <type_traits>
#include <vector>

namespace mml {

// A column of a CSV file, chosen by its header name ("sepal_length") or by its 0-based
// position (4): both convert implicitly, so either can be passed where a Column is expected.
struct Column {
    std::string name;       // non-empty: choose by header name
    std::size_t index = 0;  // otherwise: choose by position, 0-based

    Column(const char* header_name) : name(header_name) {}
    Column(std::string header_name) : name(std::move(header_name)) {}
    template <std::integral I>
    Column(I position) : index(static_cast<std::size_t>(position)) {
        if constexpr (std::is_signed_v<I>)
            if (position < 0) throw DomainError("Column: a column position must be ≥ 0 (they count from 0)");
    }
};

// What to do with a row that has a missing value (an empty field, NA or NaN) in a column that is read.
enum class MissingValues {
    error,      // throw DomainError naming the line and column (the default: nothing silent)
    drop_rows,  // leave the row out and list its line in dropped_lines
};

struct CsvOptions {
    bool has_header = false;                        // the first line (after comments) holds column names
    char separator = ',';                           // ',' (RFC 4180), ';' or '\t'
    MissingValues missing = MissingValues::error;
    std::vector<Column> columns = {};               // the columns to read, in this order; empty: all of them
};

struct CsvTable {
    std::vector<std::string> names;           // the names of the columns read (empty without a header)
    Matrix values;                            // rows × columns, every entry finite
    std::vector<std::size_t> dropped_lines;   // lines of the rows dropped for a missing value (drop_rows)
};

// A classification data set: the features, and the class of each example.
struct LabelledData {
    std::vector<std::string> feature_names;   // the names of X's columns (empty without a header)
    std::string label_name;                   // the header name of the label column (empty without a header)
    Matrix X;                                 // N × D features, every entry finite
    std::vector<std::size_t> classes;         // class of example n, in 0 … K−1
    std::vector<std::string> class_names;     // the K label texts, in the order they first appear
    std::vector<std::size_t> dropped_lines;   // as in CsvTable
};

// ---- reading --------------------------------------------------------------------------------------
// A table of numbers: every column read (options.columns, or all) must hold numbers.
CsvTable read_csv(std::istream& in, const CsvOptions& options = {});
CsvTable read_csv(std::istream& in, bool has_header);  // the same as {.has_header = has_header}
CsvTable read_csv_file(const std::string& path, const CsvOptions& options = {});
CsvTable read_csv_file(const std::string& path, bool has_header);

// Numbers plus one column of text labels (Iris: read_labelled_csv(in, "species", {.has_header = true})
// or read_labelled_csv(in, 4)). The features are options.columns, or every other column.
LabelledData read_labelled_csv(std::istream& in, const Column& label, const CsvOptions& options = {});
LabelledData read_labelled_csv_file(const std::string& path, const Column& label, const CsvOptions& options = {});

// A regression Dataset from a table: the target column is y, the other columns (in order) are X.
Dataset to_dataset(const CsvTable& table, const Column& target);

// ---- writing --------------------------------------------------------------------------------------
// One line per row of values, each double in the shortest form that reads back to the same bits;
// a header line when names are given (one per column). Names are quoted when they need it (a
// separator, quote or line end inside, spaces at either end, empty, or a leading '#').
// DomainError for a non-finite value or an empty matrix (the reader would reject the file);
// DimensionError when the number of names is not the number of columns.
void write_csv(std::ostream& out, const Matrix& values, const std::vector<std::string>& names = {},
               char separator = ',');
void write_csv(std::ostream& out, const CsvTable& table, char separator = ',');
void write_csv_file(const std::string& path, const CsvTable& table, char separator = ',');
// The features, then the label column (the class names, quoted when needed), as Iris files are laid out.
void write_labelled_csv(std::ostream& out, const LabelledData& data, char separator = ',');

}  // namespace mml
