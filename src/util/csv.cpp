// A small RFC 4180 reader (one pass, quotes may hold separators and line breaks), and the
// spreadsheet formula guard.
#include "util/csv.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/values.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sleutel {

namespace {

char detect_separator(std::string_view text) {
    std::size_t commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == '\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return ';';
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return ',';
}

// Header names are compared loosely: case, spaces and `-` versus `_` do not matter.
void fold_header(std::vector<std::string>& header, std::string_view name, std::size_t line) {
    for (std::size_t i = 0; i < header.size(); ++i) {
        std::string& h = header[i];
        std::erase_if(h, [](char ch) { return ch == ' '; });
        std::transform(h.begin(), h.end(), h.begin(), [](char ch) {
            return ch == '-' ? '_'
                             : static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        });
        for (std::size_t j = 0; j < i; ++j)
            if (header[j] == h)
                throw DataError(
                    _f("{}:{}: column '{}' appears twice in the header", name, line, h));
    }
}

bool special(char c, char sep) {
    return c == sep || c == '"' || c == '\n' || c == '\r';
}

} // namespace

// Longer than the rest on purpose: one loop over the bytes, the hot path of `log import` (see
// bench/), with its state (field, record, line, inside quotes) in locals rather than passed
// between functions for each byte.
void read_csv(std::string_view text, std::string_view name,
              const std::function<void(const std::vector<std::string>&, char)>& on_header,
              const std::function<void(const CsvRecord&)>& on_record) {
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    std::size_t first_line = 1;
    char sep = ',';
    // Excel writes a first line `sep=;` to name its separator.
    if (text.starts_with("sep=") && text.size() >= 5) {
        sep = text[4];
        const auto eol = text.find('\n');
        text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
        first_line = 2;
    } else {
        sep = detect_separator(text);
    }

    std::size_t line = first_line;
    bool header_seen = false;
    // The strings of one record are kept and refilled for the next, so a large file costs no
    // allocation per field once the first rows have set their capacity.
    CsvRecord record{first_line, {}};
    std::vector<std::string>& fields = record.fields;
    std::size_t used = 0;       // fields of the current record so far
    bool quoted_field = false;  // the current field began with a quote
    bool field_started = false; // the current field has a character or a quote
    auto field = [&]() -> std::string& {
        if (used == fields.size())
            fields.emplace_back();
        return fields[used];
    };
    auto fail = [&](std::size_t at, std::string_view why, std::string hint = {}) {
        throw DataError(fmt::format("{}:{}: {}", name, at, why), std::move(hint));
    };
    // Bytes of the current record so far, so a record of many fields has a limit too.
    std::size_t record_bytes = 0;
    auto end_field = [&] {
        std::string& f = field();
        if (!field_started)
            f.clear();
        if (!valid_utf8(f))
            // A Windows-1252 file is converted before it gets here (windows_1252_as_utf8):
            // this is a UTF-8 file with a broken byte.
            fail(line, _("not valid UTF-8 text"), _("save the file as \"CSV UTF-8\""));
        ++used;
        if (++record_bytes > csv_max_record_bytes) // the separator counts too
            fail(record.line, _f("a record is longer than {} bytes", csv_max_record_bytes));
        quoted_field = false;
        field_started = false;
    };
    auto end_record = [&] {
        end_field();
        fields.resize(used);
        used = 0;
        record_bytes = 0;
        // Blank lines, and the `;;;;` rows spreadsheets leave at the end, are skipped.
        if (std::all_of(fields.begin(), fields.end(),
                        [](const std::string& f) { return f.empty(); }))
            return;
        if (!header_seen) {
            header_seen = true;
            fold_header(fields, name, first_line);
            on_header(fields, sep);
        } else {
            on_record(record);
        }
    };
    // Appends to the current field, which starts empty. An over-long field or record is refused
    // before it is copied, so a hostile file cannot make the reader build a huge string.
    auto append = [&](std::string_view part) {
        std::string& f = field();
        if (!field_started)
            f.clear();
        field_started = true;
        if (f.size() + part.size() > csv_max_field_bytes)
            fail(line, _f("a field is longer than {} bytes", csv_max_field_bytes));
        record_bytes += part.size();
        if (record_bytes > csv_max_record_bytes)
            fail(record.line, _f("a record is longer than {} bytes", csv_max_record_bytes));
        f.append(part);
    };

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"' && !field_started) {
            quoted_field = true;
            append({});
            // Read up to the closing quote; "" is a quote inside the field.
            for (++i;; ++i) {
                if (i >= text.size())
                    fail(record.line, _("a quote is not closed"));
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        append("\"");
                        ++i;
                        continue;
                    }
                    break;
                }
                // The run up to the next quote or line end, in one piece (as below, no further
                // than one byte past the longest field).
                std::size_t end = i + 1;
                const std::size_t stop = std::min(text.size(), i + csv_max_field_bytes + 1);
                while (end < stop && text[end] != '"' && text[end] != '\n')
                    ++end;
                if (text[i] == '\n') {
                    ++line;
                    end = i + 1;
                }
                append(text.substr(i, end - i));
                i = end - 1;
            }
            const char next = i + 1 < text.size() ? text[i + 1] : '\n';
            if (next != sep && next != '\n' && next != '\r')
                fail(line, _("text after a closing quote"));
            continue;
        }
        if (c == sep) {
            end_field();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            end_record();
            ++line;
            record.line = line;
        } else {
            if (quoted_field)
                fail(line, _("text after a closing quote"));
            // The plain run up to the next separator, quote or line end, in one piece.
            // (No further than one byte past the longest field: that is enough to refuse it.)
            std::size_t end = i + 1;
            const std::size_t stop = std::min(text.size(), i + csv_max_field_bytes + 1);
            while (end < stop && !special(text[end], sep))
                ++end;
            append(text.substr(i, end - i));
            i = end - 1;
        }
    }
    if (field_started || used > 0)
        end_record();
}

CsvFile parse_csv(std::string_view text, std::string_view name) {
    CsvFile file;
    read_csv(
        text, name,
        [&](const std::vector<std::string>& header, char sep) {
            file.header = header;
            file.separator = sep;
        },
        [&](const CsvRecord& record) { file.records.push_back(record); });
    return file;
}

namespace {
// The characters a spreadsheet starts a formula with.
bool starts_formula(std::string_view text) {
    return !text.empty() &&
           std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}
} // namespace

std::string spreadsheet_text(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 1);
    // Appended, not `"'" + std::string(text)`: GCC 12 at -O3 warns wrongly of an overlap there.
    if (starts_formula(text))
        out += '\'';
    out += text;
    return out;
}

std::string unguarded_spreadsheet_text(std::string_view cell) {
    if (cell.size() >= 2 && cell.front() == '\'' && starts_formula(cell.substr(1)))
        cell.remove_prefix(1);
    return std::string(cell);
}

} // namespace sleutel
