// mml/stats/csv_records.hpp — the two bottom layers of the CSV reader: records and numbers. (MML §8.1)
//
// CsvRecordReader cuts a stream into records (lines) and fields by the grammar of RFC 4180,
// "Common Format and MIME Type for Comma-Separated Values (CSV) Files" (2005):
//     record = field *(separator field) line-end
//     field  = quoted / plain
//     quoted = '"' *(any character except '"', or '""' for one quote) '"'
// read one character at a time by a small state machine (plain field, inside quotes, after the
// closing quote). Separators and line ends inside quotes belong to the field. Spaces around a
// plain field and around the quotes of a quoted one are dropped (R and spreadsheets write
// "1, 2"); a quote inside a plain field or text after a closing quote is an error, because
// the writer meant something RFC 4180 cannot say and guessing would read the wrong numbers.
//
// parse_csv_number reads one field as a double with std::from_chars (locale-independent, and
// exact: the nearest double to the decimal text), and explains every way a field can fail.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <streambuf>
#include <string>
#include <vector>

namespace mml {

struct CsvField {
    std::string text;      // without the quotes and the surrounding spaces; "" inside quotes is one "
    bool quoted = false;   // whether the field was in quotes
    std::size_t line = 0;  // the line it starts on (a quoted field can span lines)
};

class CsvRecordReader {
public:
    // Reads from `in` with the given separator; `operation` starts every error message.
    // A byte-order mark (EF BB BF) at the very start is skipped.
    CsvRecordReader(std::istream& in, char separator, std::string operation);

    // The next record's fields (blank lines and lines starting with '#' are skipped); false at
    // the end of the input. DomainError, naming the line and column, on a broken quote.
    bool next(std::vector<CsvField>& fields);

    // The line on which the record last returned by next() starts (lines count from 1).
    std::size_t line() const { return record_line_; }
    // The line the reader has reached (after the last record: the end of the input).
    std::size_t current_line() const { return line_; }
    char separator() const { return separator_; }

    // "<operation>: line L, column C: <what>" as a DomainError.
    [[noreturn]] void fail(std::size_t line, std::size_t column, const std::string& what) const;

private:
    int get();                   // the next byte (0…255) or EOF, counting lines
    int peek();                  // the next byte without consuming it
    bool at_line_end(int c) const { return c == '\n' || c == '\r'; }
    void consume_line_end(int c);  // after '\r', also a '\n' that follows (CRLF is one line end)
    bool skip_blank_or_comment();  // at a record's start: true if a blank or '#' line was skipped
    void read_plain(CsvField& field, std::size_t column);
    void read_quoted(CsvField& field, std::size_t column);
    bool is_space(int c) const { return c == ' ' || (c == '\t' && separator_ != '\t'); }

    std::streambuf* buffer_;
    std::string pending_;  // bytes read while looking for a byte-order mark that was not one
    std::size_t pending_next_ = 0;
    char separator_;
    std::string operation_;
    std::size_t line_ = 1, record_line_ = 1;
};

// The field (in the given 1-based column) as a finite double, or DomainError through reader.fail explaining
// why not: not a number (with a hint when the text looks like another separator, a decimal
// comma, a byte-order mark or a text column), out of the range of double (1e400, 1e-400), or
// not finite (inf). A leading '+' is accepted.
double parse_csv_number(const CsvField& field, std::size_t column, const CsvRecordReader& reader);

// A missing value: an empty field, or NA / NaN (any case) — what R, pandas and spreadsheets write.
bool is_missing_number(const CsvField& field);

}  // namespace mml
