// Report documents as an aligned table, Markdown, CSV and JSON (and the dispatch by format, html
// included, and the file names of sections). Totals come after the rows for
// people; in JSON they are their own object, and CSV (for machines) holds the rows only.
#include "render/cells.hpp"
#include "render/report_render.hpp"
#include "util/error.hpp"

#include <fmt/format.h>
#include <sstream>

namespace sleutel {

namespace {

std::string period_text(const Period& p) {
    return fmt::format("{} ({} – {})", p.label, format_date(p.from), format_date(p.to));
}

// The rows plus a totals row; totals without a column of their own are returned apart.
Table with_totals(const Report& r, const RenderOptions& o,
                  std::vector<std::pair<std::string, Value>>& loose) {
    Table t = r.table;
    std::vector<Value> row(t.columns.size(), Value{std::monostate{}});
    bool placed = false;
    for (const auto& [key, value] : r.totals) {
        bool found = false;
        for (std::size_t c = 1; c < t.columns.size(); ++c)
            if (t.columns[c].key == key) {
                row[c] = value;
                found = placed = true;
            }
        if (!found)
            loose.emplace_back(key, value);
    }
    if (placed) {
        row[0] = std::string(tr(o.language, "total"));
        t.rows.push_back(std::move(row));
    }
    return t;
}

std::string loose_totals(const std::vector<std::pair<std::string, Value>>& loose,
                         const RenderOptions& o) {
    std::vector<std::string> parts;
    for (const auto& [key, value] : loose)
        parts.push_back(total_text(key, value, o.language));
    return fmt::format("{}: {}", tr(o.language, "total"), fmt::join(parts, ", "));
}

void table_section(const Report& r, const ReportDocument& d, const RenderOptions& o,
                   std::ostream& out) {
    const std::string title = fmt::format("{} · {}", r.title, period_text(d.period));
    out << (o.colour ? "\x1b[1m" + title + "\x1b[0m" : title) << '\n';
    std::vector<std::pair<std::string, Value>> loose;
    render(with_totals(r, o, loose), Format::table, o, out);
    if (!loose.empty())
        out << loose_totals(loose, o) << '\n';
    for (const std::string& note : r.notes)
        out << tr_f(o.language, "note: {}", note) << '\n';
}

void markdown_section(const Report& r, const ReportDocument& d, const RenderOptions& o,
                      std::ostream& out) {
    out << "## " << r.title << "\n\n" << period_text(d.period) << "\n\n";
    std::vector<std::pair<std::string, Value>> loose;
    render(with_totals(r, o, loose), Format::md, o, out);
    if (!loose.empty())
        out << '\n' << loose_totals(loose, o) << '\n';
    for (const std::string& note : r.notes)
        out << "\n> " << tr_f(o.language, "Note: {}", note) << '\n';
    out << '\n';
}

nlohmann::ordered_json period_json(const Period& p) {
    return {{"label", p.label}, {"from", format_date(p.from)}, {"to", format_date(p.to)}};
}

nlohmann::ordered_json report_json(const Report& r, const ReportDocument& d) {
    nlohmann::ordered_json j;
    j["report"] = r.kind;
    j["period"] = period_json(d.period);
    j["group_by"] = r.group_by;
    j["generated_at"] = d.generated_at;
    auto rows = nlohmann::ordered_json::array();
    for (const auto& row : r.table.rows) {
        auto object = nlohmann::ordered_json::object();
        for (std::size_t c = 0; c < r.table.columns.size(); ++c)
            object[r.table.columns[c].key] = json_value(row[c]);
        rows.push_back(std::move(object));
    }
    j["rows"] = std::move(rows);
    auto totals = nlohmann::ordered_json::object();
    for (const auto& [key, value] : r.totals)
        totals[key] = json_value(value);
    j["totals"] = std::move(totals);
    if (!r.notes.empty())
        j["notes"] = r.notes;
    return j;
}

} // namespace

std::string report_file_name(const std::string& kind, const Period& period) {
    // A widened period's label ends in words (`2026-11 (whole month)`): not for file names.
    return fmt::format("sleutel-{}-{}.csv", kind, period.label.substr(0, period.label.find(' ')));
}

void render_report(const ReportDocument& d, Format format, const RenderOptions& o,
                   std::ostream& out) {
    switch (format) {
    case Format::table: {
        bool first = true;
        for (const Report& r : d.sections) {
            if (!first)
                out << '\n';
            first = false;
            table_section(r, d, o, out);
        }
        return;
    }
    case Format::md:
        out << "# " << d.programme << "\n\n";
        for (const Report& r : d.sections)
            markdown_section(r, d, o, out);
        return;
    case Format::csv:
        if (d.sections.size() != 1)
            // The cli writes a document of several sections to a folder, one file each.
            throw InternalError(_f("the {} report has {} sections: CSV holds one table", d.kind,
                                   d.sections.size()));
        render(d.sections.front().table, Format::csv, o, out);
        return;
    case Format::json: {
        nlohmann::ordered_json j;
        if (!d.combined) {
            j = report_json(d.sections.front(), d);
        } else {
            j["report"] = d.kind;
            j["period"] = period_json(d.period);
            j["generated_at"] = d.generated_at;
            auto sections = nlohmann::ordered_json::object();
            for (const Report& r : d.sections)
                sections[r.kind] = report_json(r, d);
            j["sections"] = std::move(sections);
        }
        out << j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
        return;
    }
    case Format::html:
        out << html::page(d, o);
        return;
    case Format::xlsx:
        break;
    }
    throw InternalError(_("xlsx is written to a file, not a stream"));
}

} // namespace sleutel
