// Turning result tables into bytes: aligned tables, CSV, JSON and Markdown. Commands build a
// Table of typed values; how a value looks depends on the format (minutes are `1:30` for people
// and `90` for scripts).
#pragma once
#include "sleutel/values.hpp"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace sleutel {

enum class Format { table, csv, json, md, html, xlsx };

std::optional<Format> format_from_name(std::string_view name);
std::optional<Format> format_from_extension(std::string_view path);
std::string_view format_name(Format format);

struct Duration {
    Minutes minutes;
};
struct Money {
    Cents cents;
};
struct Ratio {
    double value;
};
struct Km {
    std::int64_t tenths;
};
// (target, count) pairs: JSON `[{"target", "count"}]`, CSV `huisarts:2;ggd`.
struct Referrals {
    std::vector<std::pair<std::string, std::int64_t>> items;
};
// Named counts such as a gender split: JSON `{"f": 2, "m": 1}`, CSV `f:2;m:1`.
struct Counts {
    std::vector<std::pair<std::string, std::int64_t>> items;
};
using TextList = std::vector<std::string>;
using Value = std::variant<std::monostate, std::string, std::int64_t, bool, Duration, Money, Ratio,
                           Date, TextList, Km, Referrals, Counts>;

// An optional value as a cell: empty (null in JSON) when absent.
template <class T> Value optional_cell(const std::optional<T>& value) {
    if (value)
        return Value{*value};
    return Value{std::monostate{}};
}

struct Column {
    std::string key;   // JSON key and CSV header: English snake_case, the same in every language
    std::string label; // table and Markdown header, in the programme's language
};

struct Table {
    std::vector<Column> columns;
    std::vector<std::vector<Value>> rows;
};

struct RenderOptions {
    Language language = Language::nl;
    char csv_separator = ',';
    bool csv_bom = false;
    bool colour = false;
};

// Writes `table` in `format` (table, csv, json or md).
void render(const Table& table, Format format, const RenderOptions& options, std::ostream& out);

// Terminal columns `text` takes: Arabic and Ge'ez letters one each, combining marks none, wide
// East Asian characters two. Invalid UTF-8 counts a column per byte.
std::size_t display_width(std::string_view text);
// `text` made safe for a terminal: control characters and invalid UTF-8 become U+FFFD.
std::string printable(std::string_view text);
// One CSV field, quoted per RFC 4180 when it holds the separator, a quote or a line break.
std::string csv_field(std::string_view text, char separator);
// Text for a CSV cell that a spreadsheet must not run as a formula: a leading `'` when it begins
// with `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP). Only for text; numbers the tool
// writes itself (a negative count) stay as they are.
std::string spreadsheet_text(std::string_view text);
// Text for Markdown that cannot become markup: `<`, `>` and `&` as entities, and `\`, `|`, `[`
// and `]` with a backslash, so a name or note makes no tag, link or image.
std::string markdown_text(std::string_view text);

// Whether to colour output: a terminal, no NO_COLOR, no --no-color, and not TERM=dumb.
bool use_colour(int fd, bool no_color_flag);

} // namespace sleutel
