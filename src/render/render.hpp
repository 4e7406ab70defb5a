// Turning result tables into bytes: aligned tables, CSV, JSON and Markdown. Commands build a
// Table of typed values; how a value looks depends on the format (minutes are `1:30` for people
// and `90` for scripts).
#pragma once
#include "model/table.hpp"
#include "util/values.hpp"

#include <functional>
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

struct RenderOptions {
    Language language = Language::nl;
    char csv_separator = ',';
    bool csv_bom = false;
    bool colour = false;
};

// Writes `table` in `format` (table, csv, json or md).
void render(const Table& table, Format format, const RenderOptions& options, std::ostream& out);

// Hands every row to its argument, one at a time, in the same order each time it is called.
using RowSource = std::function<void(const std::function<void(const std::vector<Value>&)>& row)>;
// Writes the rows of `each_row` as render() writes a Table, holding one row at a time, so a
// listing of any length needs the memory of a short one. The aligned table and Markdown need
// every column's width or alignment before the first line: for them `each_row` runs twice.
void render_rows(const std::vector<Column>& columns, const RowSource& each_row, Format format,
                 const RenderOptions& options, std::ostream& out);

// Terminal columns `text` takes: Arabic and Ge'ez letters one each, combining marks none, wide
// East Asian characters two. Invalid UTF-8 counts a column per byte.
std::size_t display_width(std::string_view text);
// `text` made safe for a terminal: control characters and invalid UTF-8 become U+FFFD.
std::string printable(std::string_view text);
// One CSV field, quoted per RFC 4180 when it holds the separator, a quote or a line break.
std::string csv_field(std::string_view text, char separator);
// Text for html that cannot become markup: `&`, `<`, `>` and `"` as entities, so it is safe in an
// element and in a quoted attribute.
std::string escape_html(std::string_view text);
// Text for Markdown that cannot become markup: `<`, `>` and `&` as entities, and `\`, `|`, `[`
// and `]` with a backslash, so a name or note makes no tag, link or image.
std::string markdown_text(std::string_view text);

// Whether to colour output: a terminal, no NO_COLOR, no --no-color, and not TERM=dumb.
bool use_colour(int fd, bool no_color_flag);

} // namespace sleutel
