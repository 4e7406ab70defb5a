// A small RFC 4180 reader: one pass, quotes may hold separators and line breaks.
#include "sleutel/csv.hpp"

#include "sleutel/error.hpp"
#include "sleutel/values.hpp"

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

} // namespace

CsvFile parse_csv(std::string_view text, std::string_view name) {
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    CsvFile file;
    std::size_t first_line = 1;
    // Excel writes a first line `sep=;` to name its separator.
    if (text.starts_with("sep=") && text.size() >= 5) {
        file.separator = text[4];
        const auto eol = text.find('\n');
        text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
        first_line = 2;
    } else {
        file.separator = detect_separator(text);
    }
    const char sep = file.separator;

    std::size_t line = first_line;
    std::size_t record_line = first_line;
    std::vector<std::string> fields;
    std::string field;
    bool quoted_field = false; // the current field began with a quote
    auto fail = [&](std::size_t at, std::string_view why) {
        throw DataError(fmt::format("{}:{}: {}", name, at, why));
    };
    auto end_field = [&] {
        if (!valid_utf8(field))
            fail(line, "not valid UTF-8 text");
        fields.push_back(std::move(field));
        field.clear();
        quoted_field = false;
    };
    auto end_record = [&] {
        end_field();
        // Blank lines, and the `;;;;` rows spreadsheets leave at the end, are skipped.
        const bool blank = std::all_of(fields.begin(), fields.end(),
                                       [](const std::string& f) { return f.empty(); });
        if (!blank) {
            if (file.header.empty() && file.records.empty())
                file.header = std::move(fields);
            else
                file.records.push_back({record_line, std::move(fields)});
        }
        fields.clear();
    };

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"' && field.empty() && !quoted_field) {
            quoted_field = true;
            // Read up to the closing quote; "" is a quote inside the field.
            for (++i;; ++i) {
                if (i >= text.size())
                    fail(record_line, "a quote is not closed");
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        ++i;
                        continue;
                    }
                    break;
                }
                if (text[i] == '\n')
                    ++line;
                field += text[i];
            }
            const char next = i + 1 < text.size() ? text[i + 1] : '\n';
            if (next != sep && next != '\n' && next != '\r')
                fail(line, "text after a closing quote");
            continue;
        }
        if (c == sep) {
            end_field();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            end_record();
            ++line;
            record_line = line;
        } else {
            if (quoted_field)
                fail(line, "text after a closing quote");
            field += c;
        }
    }
    if (!field.empty() || !fields.empty() || quoted_field)
        end_record();
    // Header names are compared loosely: case, spaces and `-` versus `_` do not matter.
    for (std::size_t i = 0; i < file.header.size(); ++i) {
        std::string& h = file.header[i];
        std::erase_if(h, [](char ch) { return ch == ' '; });
        std::transform(h.begin(), h.end(), h.begin(), [](char ch) {
            return ch == '-' ? '_'
                             : static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        });
        for (std::size_t j = 0; j < i; ++j)
            if (file.header[j] == h)
                fail(first_line, fmt::format("column '{}' appears twice in the header", h));
    }
    return file;
}

} // namespace sleutel
