// One Table, four text formats: aligned table, CSV (RFC 4180), JSON and Markdown.
#include "render/render.hpp"

#include "util/csv.hpp"

#include "model/words.hpp"
#include "render/cells.hpp"
#include "util/error.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace sleutel {

namespace {

constexpr std::array<std::pair<std::string_view, Format>, 6> format_names{{
    {"table", Format::table},
    {"csv", Format::csv},
    {"json", Format::json},
    {"md", Format::md},
    {"html", Format::html},
    {"xlsx", Format::xlsx},
}};

double rounded(double v) {
    return std::round(v * 100.0) / 100.0;
}

template <class... F> struct Overload : F... { using F::operator()...; };
// Clang 14 does not deduce aggregate template arguments by itself.
template <class... F> Overload(F...) -> Overload<F...>;

std::string join(const TextList& items, std::string_view separator) {
    return fmt::format("{}", fmt::join(items, separator));
}

std::string counts_text(const Counts& c, std::string_view between, std::string_view separator) {
    std::vector<std::string> items;
    for (const auto& [name, count] : c.items)
        items.push_back(fmt::format("{}{}{}", name, between, count));
    return join(items, separator);
}

std::string referral_text(const Referrals& r, std::string_view separator) {
    std::vector<std::string> items;
    for (const auto& [target, count] : r.items)
        items.push_back(count == 1 ? target : fmt::format("{}:{}", target, count));
    return join(items, separator);
}

} // namespace

// What a person reads.
std::string human(const Value& value, Language language) {
    const bool nl = language == Language::nl;
    return std::visit(Overload{
                          [](std::monostate) { return std::string(); },
                          [](const std::string& s) { return printable(s); },
                          [](std::int64_t n) { return fmt::format("{}", n); },
                          [language](bool b) { return std::string(yes_no(language, b)); },
                          [](Duration d) { return format_duration(d.minutes); },
                          [language](Money m) { return format_money(m.cents, language); },
                          [language](Ratio r) { return format_decimal(r.value, language); },
                          [](Date d) { return format_date(d); },
                          [](const TextList& l) { return printable(join(l, ", ")); },
                          [nl](Km k) {
                              std::string text = format_km(k.tenths);
                              if (nl)
                                  std::replace(text.begin(), text.end(), '.', ',');
                              return text;
                          },
                          [](const Referrals& r) { return printable(referral_text(r, ", ")); },
                          [](const Counts& c) { return printable(counts_text(c, " ", ", ")); },
                      },
                      value);
}

std::string human(const Value& value, const Column& column, Language language) {
    if (column.words.empty())
        return human(value, language);
    if (const auto* id = std::get_if<std::string>(&value))
        return printable(word_for(language, column.words, *id));
    if (const auto* codes = std::get_if<TextList>(&value);
        codes && column.words == words::language) {
        TextList names;
        for (const std::string& code : *codes)
            names.push_back(language_label(code, language));
        return human(Value{std::move(names)}, language);
    }
    if (const auto* counts = std::get_if<Counts>(&value)) {
        Counts named;
        for (const auto& [id, count] : counts->items)
            named.items.emplace_back(word_for(language, column.words, id), count);
        return printable(counts_text(named, " ", ", "));
    }
    return human(value, language);
}

std::string total_text(std::string_view key, const Value& value, Language language) {
    const Column column{std::string(key), {}, key == "gender" ? words::gender : std::string_view{}};
    return fmt::format("{} {}", word_for(language, words::total, key),
                       human(value, column, language));
}

// What a script reads from CSV: plain numbers (minutes, cents), ISO dates, true/false. With `;`
// as separator (Dutch Excel) decimals get a comma, or Excel reads 8.5 as a date.
std::string machine(const Value& value, char separator) {
    auto decimal = [separator](std::string text) {
        if (separator == ';')
            std::replace(text.begin(), text.end(), '.', ',');
        return text;
    };
    return std::visit(Overload{
                          [](std::monostate) { return std::string(); },
                          [](const std::string& s) { return s; },
                          [](std::int64_t n) { return fmt::format("{}", n); },
                          [](bool b) { return std::string(b ? "true" : "false"); },
                          [](Duration d) { return fmt::format("{}", d.minutes); },
                          [](Money m) { return fmt::format("{}", m.cents); },
                          [&](Ratio r) { return decimal(fmt::format("{}", rounded(r.value))); },
                          [](Date d) { return format_date(d); },
                          [](const TextList& l) { return join(l, ";"); },
                          [&](Km k) { return decimal(format_km(k.tenths)); },
                          [](const Referrals& r) { return referral_text(r, ";"); },
                          [](const Counts& c) { return counts_text(c, ":", ";"); },
                      },
                      value);
}

nlohmann::ordered_json json_value(const Value& value) {
    return std::visit(
        Overload{
            [](std::monostate) { return nlohmann::ordered_json(nullptr); },
            [](const std::string& s) { return nlohmann::ordered_json(s); },
            [](std::int64_t n) { return nlohmann::ordered_json(n); },
            [](bool b) { return nlohmann::ordered_json(b); },
            [](Duration d) { return nlohmann::ordered_json(d.minutes); },
            [](Money m) { return nlohmann::ordered_json(m.cents); },
            [](Ratio r) { return nlohmann::ordered_json(rounded(r.value)); },
            [](Date d) { return nlohmann::ordered_json(format_date(d)); },
            [](const TextList& l) { return nlohmann::ordered_json(l); },
            [](Km k) { return nlohmann::ordered_json(static_cast<double>(k.tenths) / 10.0); },
            [](const Referrals& r) {
                auto list = nlohmann::ordered_json::array();
                for (const auto& [target, count] : r.items)
                    list.push_back({{"target", target}, {"count", count}});
                return list;
            },
            [](const Counts& c) {
                auto object = nlohmann::ordered_json::object();
                for (const auto& [name, count] : c.items)
                    object[name] = count;
                return object;
            },
        },
        value);
}

namespace {

bool right_aligned(const Value& value) {
    return std::holds_alternative<std::int64_t>(value) || std::holds_alternative<Duration>(value) ||
           std::holds_alternative<Money>(value) || std::holds_alternative<Ratio>(value) ||
           std::holds_alternative<Km>(value);
}

// A column is numeric when its cells are (the first that is not empty tells); an empty column
// aligns left.
std::vector<bool> numeric_columns(const std::vector<Column>& columns, const RowSource& each_row) {
    std::vector<bool> numeric(columns.size(), false);
    std::vector<bool> seen(columns.size(), false);
    each_row([&](const std::vector<Value>& row) {
        for (std::size_t c = 0; c < columns.size(); ++c)
            if (!seen[c] && !std::holds_alternative<std::monostate>(row[c])) {
                numeric[c] = right_aligned(row[c]);
                seen[c] = true;
            }
    });
    return numeric;
}

// Numbers line up on the right, text on the left.
enum class Align { left, right };

std::string pad(const std::string& text, std::size_t width, Align align) {
    const std::size_t w = display_width(text);
    const std::string fill(width > w ? width - w : 0, ' ');
    return align == Align::right ? fill + text : text + fill;
}

// Two passes: the first finds each column's width and alignment, the second writes.
void render_table(const std::vector<Column>& columns, const RowSource& each_row,
                  const RenderOptions& options, std::ostream& out) {
    const std::size_t n = columns.size();
    std::vector<std::size_t> widths(n);
    std::vector<bool> numeric(n, false);
    std::vector<bool> seen(n, false);
    for (std::size_t c = 0; c < n; ++c)
        widths[c] = display_width(printable(columns[c].label));
    bool any = false;
    each_row([&](const std::vector<Value>& row) {
        any = true;
        for (std::size_t c = 0; c < n; ++c) {
            widths[c] =
                std::max(widths[c], display_width(human(row[c], columns[c], options.language)));
            if (!seen[c] && !std::holds_alternative<std::monostate>(row[c])) {
                numeric[c] = right_aligned(row[c]);
                seen[c] = true;
            }
        }
    });
    auto line = [&](const std::vector<std::string>& texts) {
        std::string s;
        for (std::size_t c = 0; c < n; ++c) {
            if (c > 0)
                s += "  ";
            s += pad(texts[c], widths[c], numeric[c] ? Align::right : Align::left);
        }
        // No trailing blanks, also when the last cells are empty.
        s.erase(s.find_last_not_of(' ') + 1);
        return s;
    };
    std::vector<std::string> header;
    for (const Column& column : columns)
        header.push_back(printable(column.label));
    const std::string head = line(header);
    out << (options.colour ? "\x1b[1m" + head + "\x1b[0m" : head) << '\n';
    std::size_t total = 0;
    for (std::size_t c = 0; c < n; ++c)
        total += widths[c] + (c > 0 ? 2 : 0);
    std::string rule;
    for (std::size_t i = 0; i < total; ++i)
        rule += "\xE2\x94\x80"; // ─
    out << rule << '\n';
    if (!any) {
        out << tr(options.language, "(no rows)") << '\n';
        return;
    }
    std::vector<std::string> texts(n);
    each_row([&](const std::vector<Value>& row) {
        for (std::size_t c = 0; c < n; ++c)
            texts[c] = human(row[c], columns[c], options.language);
        out << line(texts) << '\n';
    });
}

void render_csv(const std::vector<Column>& columns, const RowSource& each_row,
                const RenderOptions& options, std::ostream& out) {
    // Excel wants CRLF and a byte order mark; scripts are happier with plain LF.
    const char* eol = options.csv_bom ? "\r\n" : "\n";
    if (options.csv_bom)
        out << "\xEF\xBB\xBF";
    auto write_row = [&](const std::vector<std::string>& fields) {
        for (std::size_t c = 0; c < fields.size(); ++c) {
            if (c > 0)
                out << options.csv_separator;
            out << csv_field(fields[c], options.csv_separator);
        }
        out << eol;
    };
    // The Dutch-Excel mode is for people: headings and words in the programme's language. The
    // default mode is for scripts: the English keys and ids of the contract.
    const bool for_people = options.csv_separator == ';';
    std::vector<std::string> header;
    for (const Column& column : columns)
        header.push_back(for_people ? column.label : column.key);
    write_row(header);
    std::vector<std::string> fields;
    each_row([&](const std::vector<Value>& row) {
        fields.clear();
        for (std::size_t c = 0; c < row.size(); ++c) {
            const Value& value = row[c];
            if (for_people &&
                (std::holds_alternative<bool>(value) ||
                 (!columns[c].words.empty() && !std::holds_alternative<std::monostate>(value)))) {
                fields.push_back(spreadsheet_text(human(value, columns[c], options.language)));
                continue;
            }
            // Text a person typed may begin like a formula; numbers the tool wrote may not.
            const bool text = std::holds_alternative<std::string>(value) ||
                              std::holds_alternative<TextList>(value) ||
                              std::holds_alternative<Referrals>(value) ||
                              std::holds_alternative<Counts>(value);
            std::string field = machine(value, options.csv_separator);
            fields.push_back(text ? spreadsheet_text(field) : std::move(field));
        }
        write_row(fields);
    });
}

// An array of objects, written an object at a time: each is laid out as it would be inside the
// whole array (nlohmann's indent of 2, one level deeper).
void render_json(const std::vector<Column>& columns, const RowSource& each_row, std::ostream& out) {
    bool first = true;
    each_row([&](const std::vector<Value>& row) {
        nlohmann::ordered_json object = nlohmann::ordered_json::object();
        for (std::size_t c = 0; c < columns.size(); ++c)
            object[columns[c].key] = json_value(row[c]);
        // Invalid UTF-8 in stored text must not abort the output: replace it.
        const std::string text =
            object.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
        out << (first ? "[\n  " : ",\n  ");
        first = false;
        for (const char c : text) {
            out << c;
            if (c == '\n')
                out << "  ";
        }
    });
    out << (first ? "[]\n" : "\n]\n");
}

std::string markdown_cell(const std::string& text) {
    return markdown_text(text);
}

void render_markdown(const std::vector<Column>& columns, const RowSource& each_row,
                     const RenderOptions& options, std::ostream& out) {
    const std::vector<bool> numeric = numeric_columns(columns, each_row);
    out << '|';
    for (const Column& column : columns)
        out << ' ' << markdown_cell(printable(column.label)) << " |";
    out << "\n|";
    for (std::size_t c = 0; c < columns.size(); ++c)
        out << (numeric[c] ? " ---: |" : " --- |");
    out << '\n';
    each_row([&](const std::vector<Value>& row) {
        out << '|';
        for (std::size_t c = 0; c < row.size(); ++c)
            out << ' ' << markdown_cell(human(row[c], columns[c], options.language)) << " |";
        out << '\n';
    });
}

} // namespace

std::optional<Format> format_from_name(std::string_view name) {
    for (const auto& [text, format] : format_names)
        if (text == name)
            return format;
    return std::nullopt;
}

std::optional<Format> format_from_extension(std::string_view path) {
    const auto dot = path.rfind('.');
    const auto slash = path.rfind('/');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
        return std::nullopt;
    std::string extension(path.substr(dot + 1));
    for (char& c : extension)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (extension == "txt")
        return Format::table;
    if (extension == "markdown")
        return Format::md;
    return format_from_name(extension);
}

std::string_view format_name(Format format) {
    for (const auto& [text, f] : format_names)
        if (f == format)
            return text;
    return "table";
}

void render_rows(const std::vector<Column>& columns, const RowSource& each_row, Format format,
                 const RenderOptions& options, std::ostream& out) {
    switch (format) {
    case Format::table:
        render_table(columns, each_row, options, out);
        return;
    case Format::csv:
        render_csv(columns, each_row, options, out);
        return;
    case Format::json:
        render_json(columns, each_row, out);
        return;
    case Format::md:
        render_markdown(columns, each_row, options, out);
        return;
    case Format::html:
    case Format::xlsx:
        break;
    }
    // The cli offers html and xlsx only for reports.
    throw InternalError(_f("a table cannot be written as {}", format_name(format)));
}

void render(const Table& table, Format format, const RenderOptions& options, std::ostream& out) {
    render_rows(
        table.columns,
        [&table](const std::function<void(const std::vector<Value>&)>& row) {
            for (const auto& r : table.rows)
                row(r);
        },
        format, options, out);
}

} // namespace sleutel
