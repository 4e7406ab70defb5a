// A report as an xlsx workbook: one sheet per section, numbers as numbers (durations as Excel
// times, money in euros), dates as dates, the totals row in bold.
#include "model/words.hpp"
#include "render/cells.hpp"
#include "render/report_render.hpp"
#include "render/xlsx_library.hpp"
#include "util/error.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sleutel {

namespace {

struct Formats {
    lxw_format* header;
    lxw_format* duration;
    lxw_format* money;
    lxw_format* km;
    lxw_format* ratio;
    lxw_format* date;
    lxw_format* month;
};

// Rows are plain; the headers and the totals row are bold.
enum class Weight { plain, bold };

lxw_format* make(const XlsxLibrary& x, lxw_workbook* wb, const char* number_format, Weight weight) {
    lxw_format* f = x.workbook_add_format(wb);
    if (number_format)
        x.format_set_num_format(f, number_format);
    if (weight == Weight::bold)
        x.format_set_bold(f);
    return f;
}

Formats formats(const XlsxLibrary& x, lxw_workbook* wb, Weight bold) {
    return {make(x, wb, nullptr, Weight::bold),  make(x, wb, "[h]:mm", bold),
            make(x, wb, "\"€\" #,##0.00", bold), make(x, wb, "0.0", bold),
            make(x, wb, "0.00", bold),           make(x, wb, "yyyy-mm-dd", bold),
            make(x, wb, "mmm yyyy", bold)};
}

lxw_datetime datetime_of(Date d) {
    return {static_cast<int>(d.year()),
            static_cast<int>(static_cast<unsigned>(d.month())),
            static_cast<int>(static_cast<unsigned>(d.day())),
            0,
            0,
            0.0};
}

// Sheet names: at most 31 characters, none of []:*?/\ .
std::string sheet_name(const std::string& title) {
    std::string name;
    for (char c : title)
        name += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '-';
    return name.substr(0, 31);
}

void write_cell(const XlsxLibrary& x, lxw_worksheet* ws, lxw_row_t row, lxw_col_t col,
                const Value& v, const Column& column, const Formats& f, lxw_format* text,
                const RenderOptions& o) {
    const std::string_view key = column.key;
    if (std::holds_alternative<std::monostate>(v))
        return;
    if (const auto* n = std::get_if<std::int64_t>(&v))
        x.worksheet_write_number(ws, row, col, static_cast<double>(*n), text);
    else if (const auto* d = std::get_if<Duration>(&v))
        x.worksheet_write_number(ws, row, col, static_cast<double>(d->minutes) / 1440.0,
                                 f.duration);
    else if (const auto* m = std::get_if<Money>(&v))
        x.worksheet_write_number(ws, row, col, static_cast<double>(m->cents) / 100.0, f.money);
    else if (const auto* k = std::get_if<Km>(&v))
        x.worksheet_write_number(ws, row, col, static_cast<double>(k->tenths) / 10.0, f.km);
    else if (const auto* r = std::get_if<Ratio>(&v))
        x.worksheet_write_number(ws, row, col, r->value, f.ratio);
    else if (const auto* b = std::get_if<bool>(&v))
        x.worksheet_write_boolean(ws, row, col, *b ? 1 : 0, text);
    else if (const auto* date = std::get_if<Date>(&v)) {
        lxw_datetime dt = datetime_of(*date);
        x.worksheet_write_datetime(ws, row, col, &dt, f.date);
    } else if (const auto* s = std::get_if<std::string>(&v);
               s && key == "month" && s->size() == 7) {
        // A YYYY-MM month is a date: the first of the month, shown as the month.
        if (const auto first = parse_iso_date(*s + "-01")) {
            lxw_datetime dt = datetime_of(*first);
            x.worksheet_write_datetime(ws, row, col, &dt, f.month);
        }
    } else {
        x.worksheet_write_string(ws, row, col, human(v, column, o.language).c_str(), text);
    }
}

// A column as wide as its widest text as a person reads it (header, cells, total), within
// bounds: a sheet opens readable, without `####` for an amount or a date.
std::vector<double> column_widths(const Report& r, const RenderOptions& o) {
    const Table& t = r.table;
    std::vector<std::size_t> chars(t.columns.size(), 0);
    for (std::size_t c = 0; c < t.columns.size(); ++c)
        chars[c] = display_width(t.columns[c].label);
    for (const auto& cells : t.rows)
        for (std::size_t c = 0; c < cells.size() && c < chars.size(); ++c)
            chars[c] = std::max(chars[c], display_width(human(cells[c], t.columns[c], o.language)));
    for (const auto& [key, value] : r.totals)
        for (std::size_t c = 0; c < t.columns.size(); ++c)
            if (t.columns[c].key == key)
                chars[c] = std::max(chars[c], display_width(human(value, o.language)));
    std::vector<double> widths;
    for (std::size_t n : chars)
        widths.push_back(static_cast<double>(std::clamp<std::size_t>(n + 2, 8, 60)));
    return widths;
}

} // namespace

void write_xlsx(const ReportDocument& d, const RenderOptions& o, const std::string& path) {
    const XlsxLibrary& x = xlsx_library(path);
    lxw_workbook* wb = x.workbook_new(path.c_str());
    if (!wb)
        throw CantCreateError(_f("cannot create {}", path));
    const Formats plain = formats(x, wb, Weight::plain);
    const Formats bold = formats(x, wb, Weight::bold);
    for (const Report& r : d.sections) {
        lxw_worksheet* ws = x.workbook_add_worksheet(wb, sheet_name(r.title).c_str());
        const Table& t = r.table;
        const std::vector<double> widths = column_widths(r, o);
        for (std::size_t c = 0; c < t.columns.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            x.worksheet_write_string(ws, 0, col, t.columns[c].label.c_str(), plain.header);
            x.worksheet_set_column(ws, col, col, widths[c], nullptr);
        }
        lxw_row_t row = 1;
        for (const auto& cells : t.rows) {
            for (std::size_t c = 0; c < cells.size(); ++c)
                write_cell(x, ws, row, static_cast<lxw_col_t>(c), cells[c], t.columns[c], plain,
                           nullptr, o);
            ++row;
        }
        // A filter on the headings: sort or pick rows without touching the totals below.
        if (!t.columns.empty() && row > 1)
            x.worksheet_autofilter(ws, 0, 0, row - 1, static_cast<lxw_col_t>(t.columns.size() - 1));
        // Totals under the rows, in bold, each under its own column.
        x.worksheet_write_string(ws, row, 0, tr(o.language, "total"), bold.header);
        lxw_col_t loose = static_cast<lxw_col_t>(t.columns.size()) + 1;
        for (const auto& [key, value] : r.totals) {
            std::size_t c = 1;
            while (c < t.columns.size() && t.columns[c].key != key)
                ++c;
            if (c < t.columns.size()) {
                write_cell(x, ws, row, static_cast<lxw_col_t>(c), value, t.columns[c], bold,
                           bold.header, o);
            } else {
                const std::string heading = word_for(o.language, words::total, key);
                x.worksheet_write_string(ws, 0, loose, heading.c_str(), plain.header);
                x.worksheet_set_column(
                    ws, loose, loose,
                    static_cast<double>(std::max<std::size_t>(display_width(heading) + 2, 8)),
                    nullptr);
                const Column total{key, heading, key == "gender" ? words::gender : ""};
                write_cell(x, ws, row, loose, value, total, bold, bold.header, o);
                ++loose;
            }
        }
        for (std::size_t n = 0; n < r.notes.size(); ++n)
            x.worksheet_write_string(ws, row + 2 + static_cast<lxw_row_t>(n), 0, r.notes[n].c_str(),
                                     nullptr);
        // The headings stay in view while scrolling down.
        x.worksheet_freeze_panes(ws, 1, 0);
    }
    if (const lxw_error e = x.workbook_close(wb); e != LXW_NO_ERROR)
        throw CantCreateError(_f("cannot write {}: {}", path, x.lxw_strerror(e)));
}

} // namespace sleutel
