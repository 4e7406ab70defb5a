// A report as one html file a coordinator can mail or print: inline CSS, inline SVG charts, no
// scripts and no external resources, laid out for A4.
#include "render/cells.hpp"
#include "render/report_render.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <optional>

namespace sleutel::html {

namespace {

constexpr const char* style = R"css(
@page { size: A4; margin: 14mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #1d2a33;
       max-width: 180mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 16pt; margin: 0 0 2pt; }
h2 { font-size: 12pt; margin: 16pt 0 4pt; border-bottom: 1px solid #9fb3c2; break-after: avoid; }
p.meta { color: #506575; margin: 0 0 10pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0; break-inside: auto; }
th, td { padding: 2pt 5pt; border-bottom: 1px solid #dbe3e9; text-align: left;
         vertical-align: top; }
th { background: #eef3f6; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tfoot td { font-weight: bold; border-top: 1px solid #506575; }
tr { break-inside: avoid; }
figure { margin: 8pt 0; break-inside: avoid; }
figcaption { font-weight: bold; margin-bottom: 2pt; }
p.note { color: #8a4b00; }
p.empty { color: #506575; font-style: italic; }
svg text { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9px; fill: #1d2a33; }
)css";

bool numeric(const Value& v) {
    return std::holds_alternative<std::int64_t>(v) || std::holds_alternative<Duration>(v) ||
           std::holds_alternative<Money>(v) || std::holds_alternative<Ratio>(v) ||
           std::holds_alternative<Km>(v);
}

double number(const Value& v) {
    if (const auto* n = std::get_if<std::int64_t>(&v))
        return static_cast<double>(*n);
    if (const auto* d = std::get_if<Duration>(&v))
        return static_cast<double>(d->minutes);
    if (const auto* m = std::get_if<Money>(&v))
        return static_cast<double>(m->cents);
    if (const auto* k = std::get_if<Km>(&v))
        return static_cast<double>(k->tenths) / 10.0;
    if (const auto* r = std::get_if<Ratio>(&v))
        return r->value;
    return 0.0;
}

std::size_t column(const Table& t, std::string_view key) {
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        if (t.columns[i].key == key)
            return i;
    return t.columns.size();
}

struct Bar {
    std::string label;
    double value = 0;
    std::string value_text;
    std::optional<double> reference; // drawn as an outline: the contracted hours
};

// Horizontal bars, one per row; `reference` draws an outlined bar behind the filled one.
std::string bar_chart(const std::vector<Bar>& bars, std::string_view colour) {
    const int label_w = 170, bar_w = 400, row_h = 18, width = 660;
    double max = 0;
    for (const Bar& b : bars)
        max = std::max({max, b.value, b.reference.value_or(0)});
    if (max <= 0)
        max = 1;
    const int height = static_cast<int>(bars.size()) * row_h + 6;
    std::string svg = fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" width="{0}" )"
                                  R"(height="{1}" viewBox="0 0 {0} {1}" role="img">)",
                                  width, height);
    int y = 3;
    for (const Bar& b : bars) {
        svg += fmt::format(R"(<text x="{}" y="{}" text-anchor="end">{}</text>)", label_w - 6,
                           y + 12, escape_html(b.label));
        if (b.reference)
            svg += fmt::format(
                R"(<rect x="{}" y="{}" width="{:.1f}" height="{}" fill="none" stroke="#506575" )"
                R"(stroke-dasharray="3 2"/>)",
                label_w, y + 1, bar_w * *b.reference / max, row_h - 4);
        svg += fmt::format(R"(<rect x="{}" y="{}" width="{:.1f}" height="{}" fill="{}"/>)", label_w,
                           y + 3, bar_w * b.value / max, row_h - 8, colour);
        const double end = bar_w * std::max(b.value, b.reference.value_or(0)) / max;
        svg += fmt::format(R"(<text x="{:.1f}" y="{}">{}</text>)", label_w + end + 4, y + 12,
                           escape_html(b.value_text));
        y += row_h;
    }
    return svg + "</svg>";
}

// Vertical columns, one per week.
std::string column_chart(const std::vector<Bar>& bars, std::string_view colour) {
    const int width = 660, plot_h = 140, top = 14, bottom = 30;
    double max = 0;
    for (const Bar& b : bars)
        max = std::max(max, b.value);
    if (max <= 0)
        max = 1;
    const double slot = static_cast<double>(width - 20) / static_cast<double>(bars.size());
    const double bar = std::min(40.0, slot * 0.7);
    std::string svg = fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" width="{0}" )"
                                  R"(height="{1}" viewBox="0 0 {0} {1}" role="img">)",
                                  width, top + plot_h + bottom);
    svg += fmt::format(R"(<line x1="10" y1="{0}" x2="{1}" y2="{0}" stroke="#506575"/>)",
                       top + plot_h, width - 10);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const double h = plot_h * bars[i].value / max;
        const double x = 10 + slot * static_cast<double>(i) + (slot - bar) / 2;
        svg += fmt::format(R"(<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" )"
                           R"(fill="{}"/>)",
                           x, top + plot_h - h, bar, h, colour);
        svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" text-anchor="middle">{}</text>)",
                           x + bar / 2, top + plot_h - h - 3, escape_html(bars[i].value_text));
        svg += fmt::format(R"(<text x="{:.1f}" y="{}" text-anchor="middle">{}</text>)", x + bar / 2,
                           top + plot_h + 14, escape_html(bars[i].label));
    }
    return svg + "</svg>";
}

const Report* find(const ReportDocument& d, std::string_view kind, std::string_view group_by) {
    for (const auto* list : {&d.sections, &d.chart_data})
        for (const Report& r : *list)
            if (r.kind == kind && (group_by.empty() || r.group_by == group_by))
                return &r;
    return nullptr;
}

// A chart under its caption; none when the period holds nothing to draw.
std::string figure(std::string_view caption, const std::optional<std::string>& svg,
                   Language language) {
    if (!svg)
        return fmt::format("<figure><figcaption>{}</figcaption><p class=\"empty\">{}</p>"
                           "</figure>\n",
                           escape_html(caption),
                           language == Language::nl ? "Geen gegevens in deze periode."
                                                    : "No data in this period.");
    return fmt::format("<figure><figcaption>{}</figcaption>{}</figure>\n", escape_html(caption),
                       *svg);
}

std::optional<std::string> drawn(const std::vector<Bar>& bars,
                                 std::string (*chart)(const std::vector<Bar>&, std::string_view),
                                 std::string_view colour) {
    if (bars.empty())
        return std::nullopt;
    return chart(bars, colour);
}

std::string charts(const ReportDocument& d, const RenderOptions& o) {
    const bool nl = o.language == Language::nl;
    std::string out;
    if (const Report* hours = find(d, "hours", "")) {
        const Table& t = hours->table;
        const std::size_t label = column(t, "label"), contracted = column(t, "contracted_minutes"),
                          minutes = column(t, "minutes");
        std::vector<Bar> bars;
        for (const auto& row : t.rows)
            bars.push_back({human(row[label], o.language), number(row[minutes]),
                            fmt::format("{} / {}", human(row[minutes], o.language),
                                        human(row[contracted], o.language)),
                            number(row[contracted])});
        out += figure(nl ? "Uren tegen contract (gestippeld: contract)"
                         : "Hours against contract (dashed: contracted)",
                      drawn(bars, bar_chart, "#2f7d95"), o.language);
    }
    if (const Report* themes = find(d, "summary", "theme")) {
        const Table& t = themes->table;
        const std::size_t label = column(t, "label"), minutes = column(t, "minutes");
        std::vector<Bar> bars;
        for (const auto& row : t.rows)
            bars.push_back({human(row[label], o.language), number(row[minutes]),
                            human(row[minutes], o.language), std::nullopt});
        out += figure(nl ? "Tijd per thema" : "Time per theme", drawn(bars, bar_chart, "#c26d2c"),
                      o.language);
    }
    if (const Report* reach = find(d, "reach", "week")) {
        const Table& t = reach->table;
        const std::size_t key = column(t, "key"), reached = column(t, "reached");
        std::vector<Bar> bars;
        for (const auto& row : t.rows)
            bars.push_back({human(row[key], o.language), number(row[reached]),
                            human(row[reached], o.language), std::nullopt});
        out += figure(nl ? "Bereikt per week" : "Reached per week",
                      drawn(bars, column_chart, "#5b8c3a"), o.language);
    }
    return out;
}

std::string table_html(const Report& r, const RenderOptions& o) {
    const Table& t = r.table;
    std::vector<bool> right(t.columns.size(), false);
    for (std::size_t c = 0; c < t.columns.size(); ++c)
        for (const auto& row : t.rows)
            if (!std::holds_alternative<std::monostate>(row[c])) {
                right[c] = numeric(row[c]);
                break;
            }
    std::string out = "<table>\n<thead><tr>";
    for (std::size_t c = 0; c < t.columns.size(); ++c)
        out += fmt::format("<th{}>{}</th>", right[c] ? " class=\"n\"" : "",
                           escape_html(t.columns[c].label));
    out += "</tr></thead>\n<tbody>\n";
    auto cell = [&](const Value& v, std::size_t c) {
        return fmt::format("<td{}>{}</td>", right[c] ? " class=\"n\"" : "",
                           escape_html(human(v, o.language)));
    };
    for (const auto& row : t.rows) {
        out += "<tr>";
        for (std::size_t c = 0; c < row.size(); ++c)
            out += cell(row[c], c);
        out += "</tr>\n";
    }
    if (t.rows.empty())
        out +=
            fmt::format("<tr><td colspan=\"{}\" class=\"empty\">{}</td></tr>\n", t.columns.size(),
                        o.language == Language::nl ? "(geen rijen)" : "(no rows)");
    out += "</tbody>\n";
    std::vector<Value> totals(t.columns.size(), Value{std::monostate{}});
    std::vector<std::string> loose;
    bool placed = false;
    for (const auto& [key, value] : r.totals) {
        const std::size_t c = column(t, key);
        if (c > 0 && c < t.columns.size()) {
            totals[c] = value;
            placed = true;
        } else {
            loose.push_back(fmt::format("{} {}", key, human(value, o.language)));
        }
    }
    if (placed) {
        totals[0] = std::string(o.language == Language::nl ? "totaal" : "total");
        out += "<tfoot><tr>";
        for (std::size_t c = 0; c < totals.size(); ++c)
            out += cell(totals[c], c);
        out += "</tr></tfoot>\n";
    }
    out += "</table>\n";
    if (!loose.empty())
        out += fmt::format("<p>{}: {}</p>\n", o.language == Language::nl ? "Totaal" : "Total",
                           escape_html(fmt::format("{}", fmt::join(loose, ", "))));
    for (const std::string& note : r.notes)
        out += fmt::format("<p class=\"note\">{}</p>\n", escape_html(note));
    return out;
}

} // namespace

std::string page(const ReportDocument& d, const RenderOptions& o) {
    const bool nl = o.language == Language::nl;
    std::string title = d.combined ? (d.kind == "weekly" ? (nl ? "Weekrapport" : "Weekly report")
                                                         : (nl ? "Maandrapport" : "Monthly report"))
                                   : d.sections.front().title;
    std::string out =
        fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<title>{} · {}</title>\n<style>{}</style>\n</head>\n<body>\n",
                    nl ? "nl" : "en", escape_html(title), escape_html(d.period.label), style);
    out += fmt::format("<h1>{}</h1>\n<p class=\"meta\">{} · {} · {} {} – {} · {} {}</p>\n",
                       escape_html(title), escape_html(d.programme), escape_html(d.period.label),
                       nl ? "van" : "from", format_date(d.period.from), format_date(d.period.to),
                       nl ? "gemaakt" : "generated", escape_html(d.generated_at));
    out += charts(d, o);
    for (const Report& r : d.sections) {
        out += fmt::format("<h2>{}</h2>\n", escape_html(r.title));
        out += table_html(r, o);
    }
    return out + "</body>\n</html>\n";
}

} // namespace sleutel::html
