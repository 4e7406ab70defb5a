// Reading CSV files as people save them: RFC 4180 quoting, `,` or `;` (Dutch Excel) or tab as
// separator, an optional UTF-8 byte order mark, LF or CRLF line ends; and the guard that keeps a
// spreadsheet from running a written cell as a formula, taken off again when it is read back.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace sleutel {

// No cell of a file the tool reads is near these: a note is at most 500 characters. A field or a
// record past them is refused as soon as it is read (DataError `NAME:LINE: a field is longer than
// 65536 bytes`), before it is held in memory.
inline constexpr std::size_t csv_max_field_bytes = 64 * 1024;
inline constexpr std::size_t csv_max_record_bytes = 1024 * 1024;

struct CsvRecord {
    std::size_t line; // where the record starts, 1-based, for `FILE:LINE: why`
    std::vector<std::string> fields;
};

struct CsvFile {
    char separator = ',';
    std::vector<std::string> header;
    std::vector<CsvRecord> records; // blank lines are skipped
};

// The separator is the one of `,` `;` tab that occurs most in the header line. Throws DataError
// `NAME:LINE: why` for an unclosed quote, stray text after a closing quote or invalid UTF-8.
CsvFile parse_csv(std::string_view text, std::string_view name);

// The same reader, one record at a time, for files too large to hold twice: `on_header` gets the
// header (names folded as in parse_csv) and the separator, then `on_record` each record in turn.
// The record is only valid during the call; its strings are reused for the next one.
void read_csv(std::string_view text, std::string_view name,
              const std::function<void(const std::vector<std::string>&, char)>& on_header,
              const std::function<void(const CsvRecord&)>& on_record);

// Text for a CSV cell that a spreadsheet must not run as a formula: a leading `'` when it begins
// with `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP). Only for text; numbers the tool
// writes itself (a negative count) stay as they are.
std::string spreadsheet_text(std::string_view text);
// The text back from a cell spreadsheet_text wrote: the guarding `'` taken off again, so a file
// the tool exported reads back as it was.
std::string unguarded_spreadsheet_text(std::string_view cell);

} // namespace sleutel
