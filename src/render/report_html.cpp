// A report as one html file a coordinator can mail or print: inline CSS, inline SVG charts, no
// scripts and no external resources, laid out for A4.
#include "render/cells.hpp"
#include "render/report_render.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <optional>

namespace sleutel::html {

namespace {

// Noto covers the scripts of the programme's languages: Arabic, Ge'ez (Tigrinya, Amharic) and
// Latin. Amounts, dates and times never break over two lines; names and details wrap at word
// boundaries and, if they must, inside a word, so no table gets wider than the page. Only those
// columns may break inside a word: a table squeezed to the page would otherwise cut short words
// such as a handle in two as well.
constexpr const char* style = R"css(
@page { size: A4; margin: 14mm; }
body { font-family: "Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic", sans-serif;
       font-size: 10pt; color: #1d2a33; max-width: 180mm; margin: 0 auto; padding: 8mm 4mm; }
header { border-bottom: 2px solid #2f7d95; margin-bottom: 10pt; padding-bottom: 6pt; }
header p { margin: 0; }
p.kind { color: #506575; text-transform: uppercase; letter-spacing: 0.05em; font-size: 9pt; }
h1 { font-size: 18pt; margin: 2pt 0; }
p.period { font-size: 13pt; }
p.made { color: #506575; font-size: 9pt; margin-top: 2pt; }
h2 { font-size: 12pt; margin: 16pt 0 4pt; border-bottom: 1px solid #9fb3c2; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0; break-inside: auto; }
th, td { padding: 2pt 5pt; border-bottom: 1px solid #dbe3e9; text-align: left;
         vertical-align: top; overflow-wrap: break-word; unicode-bidi: plaintext; }
td.t { overflow-wrap: anywhere; }
th { background: #eef3f6; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.n, .nw { white-space: nowrap; overflow-wrap: normal; }
table.wide { font-size: 8pt; }
table.wide th, table.wide td { padding: 2pt 2pt; }
tfoot td { font-weight: bold; border-top: 1px solid #506575; }
tr { break-inside: avoid; }
figure { margin: 8pt 0; break-inside: avoid; }
figcaption { font-weight: bold; margin-bottom: 2pt; }
figure p.legend { color: #506575; font-size: 9pt; margin: 0; }
svg { display: block; max-width: 100%; height: auto; }
p.note { color: #8a4b00; }
p.empty, td.empty { color: #506575; font-style: italic; }
svg text { font-family: "Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic", sans-serif;
           font-size: 9px; fill: #1d2a33; }
@media print {
  body { max-width: none; padding: 0; font-size: 9pt; }
  section + section { break-before: page; }
  thead { display: table-header-group; }
  h2 { margin-top: 0; }
  table.wide { font-size: 7pt; }
}
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
    bool partial = false;            // a week only partly inside the period: a lighter bar
};

// At most `limit` characters of `text`, with `…` when cut: a long name must not run out of the
// chart's label column.
std::string shortened(const std::string& text, std::size_t limit) {
    std::string out;
    std::size_t count = 0;
    bool cut = false;
    for_each_codepoint(text, [&](std::int32_t, std::string_view bytes) {
        if (cut)
            return;
        if (count == limit) {
            cut = true;
            return;
        }
        out += bytes;
        ++count;
    });
    return cut ? out + "…" : out;
}

std::string svg_open(int width, int height) {
    return fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{1}" )"
                       R"(viewBox="0 0 {0} {1}" role="img">)",
                       width, height);
}

// Horizontal bars, one per row; `reference` draws an outlined bar behind the filled one.
std::string bar_chart(const std::vector<Bar>& bars, std::string_view colour) {
    const int label_w = 170, bar_w = 380, row_h = 18, width = 660;
    double max = 0;
    for (const Bar& b : bars)
        max = std::max({max, b.value, b.reference.value_or(0)});
    if (max <= 0)
        max = 1;
    std::string svg = svg_open(width, static_cast<int>(bars.size()) * row_h + 6);
    int y = 3;
    for (const Bar& b : bars) {
        svg += fmt::format(R"(<text x="{}" y="{}" text-anchor="end">{}</text>)", label_w - 6,
                           y + 12, escape_html(shortened(b.label, 26)));
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

// Vertical columns, one per week; a partial week is drawn lighter.
std::string column_chart(const std::vector<Bar>& bars, std::string_view colour) {
    const int width = 660, plot_h = 140, top = 14, bottom = 30;
    double max = 0;
    for (const Bar& b : bars)
        max = std::max(max, b.value);
    if (max <= 0)
        max = 1;
    const double slot = static_cast<double>(width - 20) / static_cast<double>(bars.size());
    const double bar = std::min(40.0, slot * 0.7);
    std::string svg = svg_open(width, top + plot_h + bottom);
    svg += fmt::format(R"(<line x1="10" y1="{0}" x2="{1}" y2="{0}" stroke="#506575"/>)",
                       top + plot_h, width - 10);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const double h = plot_h * bars[i].value / max;
        const double x = 10 + slot * static_cast<double>(i) + (slot - bar) / 2;
        svg += fmt::format(R"(<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" )"
                           R"(fill="{}"{}/>)",
                           x, top + plot_h - h, bar, h, colour,
                           bars[i].partial ? R"( fill-opacity="0.4")" : "");
        svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" text-anchor="middle">{}</text>)",
                           x + bar / 2, top + plot_h - h - 3, escape_html(bars[i].value_text));
        svg += fmt::format(R"(<text x="{:.1f}" y="{}" text-anchor="middle">{}</text>)", x + bar / 2,
                           top + plot_h + 14, escape_html(bars[i].label));
    }
    return svg + "</svg>";
}

const Report* find(const ReportDocument& d, std::string_view kind, std::string_view group_by) {
    for (const auto* list : {&d.chart_data, &d.sections})
        for (const Report& r : *list)
            if (r.kind == kind && (group_by.empty() || r.group_by == group_by))
                return &r;
    return nullptr;
}

// A chart under its caption, with perhaps a line explaining it; none when the period holds
// nothing to draw.
std::string figure(std::string_view caption, const std::optional<std::string>& svg,
                   Language language, std::string_view legend = {}) {
    if (!svg)
        return fmt::format("<figure><figcaption>{}</figcaption><p class=\"empty\">{}</p>"
                           "</figure>\n",
                           escape_html(caption),
                           escape_html(tr(language, "No data in this period.")));
    std::string out =
        fmt::format("<figure><figcaption>{}</figcaption>{}", escape_html(caption), *svg);
    if (!legend.empty())
        out += fmt::format("<p class=\"legend\">{}</p>", escape_html(legend));
    return out + "</figure>\n";
}

std::optional<std::string> drawn(const std::vector<Bar>& bars,
                                 std::string (*chart)(const std::vector<Bar>&, std::string_view),
                                 std::string_view colour) {
    if (bars.empty())
        return std::nullopt;
    return chart(bars, colour);
}

// The week number of a `2026-W47` key.
std::string week_number(const Value& key) {
    const auto* text = std::get_if<std::string>(&key);
    if (!text)
        return {};
    const auto w = text->find("-W");
    if (w == std::string::npos)
        return *text;
    const std::string number = text->substr(w + 2);
    return number.size() == 2 && number[0] == '0' ? number.substr(1) : number;
}

std::string reach_chart(const Report& reach, const ReportDocument& d, Language language) {
    const Table& t = reach.table;
    const std::size_t key = column(t, "key"), reached = column(t, "reached"),
                      partial = column(t, "partial");
    std::vector<Bar> bars;
    bool any_partial = false;
    bool any_reached = false;
    for (const auto& row : t.rows) {
        const bool part = partial < row.size() && std::holds_alternative<bool>(row[partial]) &&
                          std::get<bool>(row[partial]);
        any_partial = any_partial || part;
        any_reached = any_reached || number(row[reached]) > 0;
        const std::string week = week_number(row[key]);
        bars.push_back({part ? tr_f(language, "wk {} (part)", week) : tr_f(language, "wk {}", week),
                        number(row[reached]), human(row[reached], language), std::nullopt, part});
    }
    if (!any_reached)
        bars.clear();
    const std::string caption = d.kind == "weekly"
                                    ? tr(language, "Reached per week, the last 8 weeks")
                                    : tr(language, "Reached per week");
    return figure(caption, drawn(bars, column_chart, "#5b8c3a"), language,
                  any_partial ? tr(language, "A lighter bar is a week that lies only partly in "
                                             "the period: it counts only the days inside.")
                              : "");
}

// One bar per target, each on its own scale (a target may count people, another time): the outline
// is the whole target, the filled part what was done, coloured by status, and the upright line
// where the year so far expects it to be.
std::string progress_chart(const Report& progress, Language language) {
    const Table& t = progress.table;
    const std::size_t label = column(t, "label"), target = column(t, "target"),
                      actual = column(t, "actual"), expected = column(t, "expected"),
                      status = column(t, "status");
    // A programme without targets for the period gets no chart, not an empty one.
    if (t.rows.empty())
        return {};
    const int label_w = 170, bar_w = 380, row_h = 20, width = 660;
    std::string svg = svg_open(width, static_cast<int>(t.rows.size()) * row_h + 6);
    int y = 3;
    for (const auto& row : t.rows) {
        const double whole = std::max({number(row[target]), number(row[actual]), 1.0});
        const auto* state = std::get_if<std::string>(&row[status]);
        const std::string_view colour = !state               ? "#2f7d95"
                                        : *state == "ahead"  ? "#5b8c3a"
                                        : *state == "behind" ? "#c26d2c"
                                                             : "#2f7d95";
        const double mark = label_w + bar_w * number(row[expected]) / whole;
        svg += fmt::format(R"(<g class="target"><text x="{}" y="{}" text-anchor="end">{}</text>)",
                           label_w - 6, y + 13,
                           escape_html(shortened(human(row[label], language), 26)));
        svg += fmt::format(R"(<rect x="{}" y="{}" width="{:.1f}" height="{}" fill="none" )"
                           R"(stroke="#506575"/>)",
                           label_w, y + 2, bar_w * number(row[target]) / whole, row_h - 6);
        svg += fmt::format(R"(<rect x="{}" y="{}" width="{:.1f}" height="{}" fill="{}"/>)", label_w,
                           y + 5, bar_w * number(row[actual]) / whole, row_h - 12, colour);
        svg += fmt::format(R"(<line x1="{0:.1f}" y1="{1}" x2="{0:.1f}" y2="{2}" stroke="#1d2a33" )"
                           R"(stroke-width="2"/>)",
                           mark, y, y + row_h - 2);
        svg += fmt::format(R"(<text x="{}" y="{}">{}</text></g>)", label_w + bar_w + 6, y + 13,
                           escape_html(fmt::format("{} / {}", human(row[actual], language),
                                                   human(row[target], language))));
        y += row_h;
    }
    return figure(tr(language, "Targets"), svg + "</svg>", language,
                  tr(language, "The outline is the whole target, the filled bar what was done, the "
                               "upright line what the year so far expects."));
}

std::string charts(const ReportDocument& d, const RenderOptions& o) {
    const Language lang = o.language;
    std::string out;
    if (const Report* hours = find(d, "hours", "")) {
        const Table& t = hours->table;
        const std::size_t label = column(t, "label"), contracted = column(t, "contracted_minutes"),
                          minutes = column(t, "minutes");
        std::vector<Bar> bars;
        for (const auto& row : t.rows)
            bars.push_back(
                {human(row[label], lang), number(row[minutes]),
                 fmt::format("{} / {}", human(row[minutes], lang), human(row[contracted], lang)),
                 number(row[contracted])});
        out += figure(tr(lang, "Hours against contract (dashed: contracted)"),
                      drawn(bars, bar_chart, "#2f7d95"), lang);
    }
    if (const Report* themes = find(d, "summary", "theme")) {
        const Table& t = themes->table;
        const std::size_t label = column(t, "label"), minutes = column(t, "minutes");
        std::vector<Bar> bars;
        for (const auto& row : t.rows)
            bars.push_back({human(row[label], lang), number(row[minutes]),
                            human(row[minutes], lang), std::nullopt});
        out += figure(tr(lang, "Time per theme"), drawn(bars, bar_chart, "#c26d2c"), lang);
    }
    if (const Report* reach = find(d, "reach", "week"))
        out += reach_chart(*reach, d, lang);
    if (const Report* progress = find(d, "progress", ""))
        out += progress_chart(*progress, lang);
    return out;
}

// Values that must stay on one line: amounts, durations, dates, counts.
bool unbroken(const Value& v) {
    return numeric(v) || std::holds_alternative<Date>(v);
}

// A cell's text; the space inside `€ 12,50` becomes a non-breaking one.
std::string cell_text(const Value& v, const Column& column, Language language) {
    std::string text = escape_html(human(v, column, language));
    if (std::holds_alternative<Money>(v))
        for (std::size_t at = text.find(' '); at != std::string::npos; at = text.find(' ', at))
            text.replace(at, 1, "&nbsp;");
    return text;
}

// The columns a person reads. A table of municipalities shows their names, not CBS codes: the
// name column takes the code column's heading and the code column is left out.
std::vector<std::size_t> shown_columns(const Report& r, std::vector<std::string>& headings) {
    const Table& t = r.table;
    std::vector<std::size_t> shown;
    const std::size_t key = column(t, "key"), label = column(t, "label");
    const bool names_only =
        r.group_by == "municipality" && key < t.columns.size() && label < t.columns.size();
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        if (names_only && c == key)
            continue;
        shown.push_back(c);
        headings.push_back(names_only && c == label ? t.columns[key].label : t.columns[c].label);
    }
    return shown;
}

constexpr std::size_t wide_table = 8;

// Columns of free length: names and details.
bool long_text(std::string_view key) {
    return key == "label" || key == "detail";
}

std::string table_html(const Report& r, const RenderOptions& o) {
    const Table& t = r.table;
    std::vector<bool> right(t.columns.size(), false);
    std::vector<bool> nowrap(t.columns.size(), false);
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        nowrap[c] = t.columns[c].key == "month";
        for (const auto& row : t.rows)
            if (!std::holds_alternative<std::monostate>(row[c])) {
                right[c] = numeric(row[c]);
                nowrap[c] = nowrap[c] || unbroken(row[c]);
                break;
            }
    }
    std::vector<std::string> headings;
    const std::vector<std::size_t> shown = shown_columns(r, headings);
    auto css = [&](std::size_t c) -> std::string_view {
        if (right[c])
            return " class=\"n\"";
        if (nowrap[c])
            return " class=\"nw\"";
        return long_text(t.columns[c].key) ? " class=\"t\"" : "";
    };
    // Many columns (the allowance has 14) take a smaller type, so that they fit A4.
    std::string out =
        shown.size() > wide_table ? "<table class=\"wide\">\n<thead><tr>" : "<table>\n<thead><tr>";
    for (std::size_t i = 0; i < shown.size(); ++i)
        out += fmt::format("<th{}>{}</th>", css(shown[i]), escape_html(headings[i]));
    out += "</tr></thead>\n<tbody>\n";
    auto cell = [&](const Value& v, std::size_t c) {
        return fmt::format("<td{}>{}</td>", css(c), cell_text(v, t.columns[c], o.language));
    };
    for (const auto& row : t.rows) {
        out += "<tr>";
        for (std::size_t c : shown)
            out += cell(row[c], c);
        out += "</tr>\n";
    }
    if (t.rows.empty())
        out += fmt::format("<tr><td colspan=\"{}\" class=\"empty\">{}</td></tr>\n", shown.size(),
                           escape_html(tr(o.language, "(no rows)")));
    out += "</tbody>\n";
    std::vector<Value> totals(t.columns.size(), Value{std::monostate{}});
    std::vector<std::string> loose;
    bool placed = false;
    for (const auto& [key, value] : r.totals) {
        const std::size_t c = column(t, key);
        if (c < t.columns.size() && c != shown.front()) {
            totals[c] = value;
            placed = true;
        } else {
            loose.push_back(total_text(key, value, o.language));
        }
    }
    if (placed) {
        totals[shown.front()] = std::string(tr(o.language, "total"));
        out += "<tfoot><tr>";
        for (std::size_t c : shown)
            out += cell(totals[c], c);
        out += "</tr></tfoot>\n";
    }
    out += "</table>\n";
    if (!loose.empty())
        out += fmt::format(
            "<p>{}</p>\n",
            escape_html(tr_f(o.language, "Total: {}", fmt::format("{}", fmt::join(loose, ", ")))));
    for (const std::string& note : r.notes)
        out += fmt::format("<p class=\"note\">{}</p>\n", escape_html(note));
    return out;
}

std::string title_of(const ReportDocument& d, Language language) {
    if (!d.combined)
        return d.sections.front().title;
    return d.kind == "weekly" ? tr(language, "Weekly report") : tr(language, "Monthly report");
}

} // namespace

std::string page(const ReportDocument& d, const RenderOptions& o) {
    const Language lang = o.language;
    const std::string title = title_of(d, lang);
    const std::string period = format_period_in_words(d.period, lang);
    std::string out =
        fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<title>{} · {} · {}</title>\n<style>{}</style>\n</head>\n<body>\n",
                    language_code(lang), escape_html(d.programme), escape_html(title),
                    escape_html(period), style);
    out +=
        fmt::format("<header>\n<p class=\"kind\">{}</p>\n<h1>{}</h1>\n<p class=\"period\">{}</p>\n"
                    "<p class=\"made\">{}</p>\n</header>\n",
                    escape_html(title), escape_html(d.programme), escape_html(period),
                    tr_f(lang, "Made on {}",
                         fmt::format("<span class=\"nw\">{}</span>",
                                     escape_html(format_moment_in_words(d.generated_at, lang)))));
    out += "<section class=\"charts\">\n" + charts(d, o) + "</section>\n";
    for (const Report& r : d.sections) {
        out += fmt::format("<section>\n<h2>{}</h2>\n", escape_html(r.title));
        out += table_html(r, o) + "</section>\n";
    }
    return out + "</body>\n</html>\n";
}

} // namespace sleutel::html
