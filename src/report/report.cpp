// Which sections a report kind holds, built per database and merged when there are several.
#include "report/report.hpp"

#include "domain/people.hpp"
#include "report/builders.hpp"
#include "store/report_store.hpp"
#include "util/clock.hpp"
#include "util/error.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <map>

namespace sleutel {

namespace {

constexpr std::array<std::pair<std::string_view, ReportKind>, 11> kinds{{
    {"summary", ReportKind::summary},
    {"hours", ReportKind::hours},
    {"allowance", ReportKind::allowance},
    {"reach", ReportKind::reach},
    {"referrals", ReportKind::referrals},
    {"coverage", ReportKind::coverage},
    {"alerts", ReportKind::alerts},
    {"signals", ReportKind::signals},
    {"progress", ReportKind::progress},
    {"weekly", ReportKind::weekly},
    {"monthly", ReportKind::monthly},
}};

using report::Context;

std::vector<Report> sections_of(ReportKind kind, const Context& c,
                                const std::optional<std::string>& by) {
    const std::string summary_by = by.value_or("person");
    switch (kind) {
    case ReportKind::summary:
        return {report::summary(c, summary_by)};
    case ReportKind::hours:
        return {report::hours(c, by.value_or("person"))};
    case ReportKind::allowance:
        return {report::allowance(c)};
    case ReportKind::reach:
        return {report::reach(c, by.value_or("theme"))};
    case ReportKind::referrals:
        return {report::referrals(c)};
    case ReportKind::coverage:
        return {report::coverage(c)};
    case ReportKind::alerts:
        return {report::alerts(c)};
    case ReportKind::signals:
        return {report::signals(c, by)};
    case ReportKind::progress:
        return {report::progress(c)};
    case ReportKind::weekly:
        return {report::summary(c, summary_by), report::hours(c), report::alerts(c),
                report::signals(c, std::nullopt)};
    case ReportKind::monthly:
        return {report::summary(c, summary_by),
                report::hours(c),
                report::allowance(c),
                report::reach(c, "theme"),
                report::referrals(c),
                report::coverage(c),
                report::alerts(c),
                report::signals(c, std::nullopt),
                report::progress(c)};
    }
    return {};
}

// How many weeks the "reached per week" chart of a weekly report shows: one bar would say nothing,
// the weeks before it show the trend.
constexpr int weekly_chart_weeks = 8;

// The span the "reached per week" chart covers: the period itself, or for a weekly report the
// last weeks up to the period's end.
Period chart_span(ReportKind kind, const Period& period) {
    if (kind != ReportKind::weekly)
        return period;
    const IsoWeek last = iso_week_of(period.to);
    return {add_days(iso_week_monday(last.year, last.week), -7 * (weekly_chart_weeks - 1)),
            period.to, period.label};
}

std::string week_key(const IsoWeek& w) {
    return fmt::format("{}-W{:02}", w.year, w.week);
}

// Reach per ISO week over `span`: a row for every week, also those without activity, and
// whether the week lies only partly inside the span (its bar counts only the days inside).
Report reach_per_week(const Context& c, const Period& span) {
    db::ActivityScope scope = c.scope;
    scope.from = span.from;
    scope.to = span.to;
    std::map<std::string, std::int64_t> reached;
    std::int64_t total = 0;
    for (const db::Group& g : db::tally_by(c.store, scope, db::Dimension::day)) {
        if (const auto day = g.key ? parse_iso_date(*g.key) : std::nullopt) {
            reached[week_key(iso_week_of(*day))] += g.tally.reached;
            total += g.tally.reached;
        }
    }
    Report r;
    r.kind = "reach";
    r.group_by = "week";
    r.table.columns = {{"key", "week"}, {"reached", "reached"}, {"partial", "partial"}};
    const IsoWeek first = iso_week_of(span.from);
    for (Date monday = iso_week_monday(first.year, first.week); monday <= span.to;
         monday = add_days(monday, 7)) {
        const std::string key = week_key(iso_week_of(monday));
        const bool partial = monday < span.from || add_days(monday, 6) > span.to;
        const auto it = reached.find(key);
        r.table.rows.push_back({key, it == reached.end() ? 0 : it->second, partial});
    }
    r.totals = {{"reached", total}};
    return r;
}

// What the html charts draw: hours against contract, time per theme, reach per week.
std::vector<Report> charts_of(const Context& c, ReportKind kind) {
    return {report::hours(c), report::summary(c, "theme"),
            reach_per_week(c, chart_span(kind, c.request.period))};
}

// Columns and totals that merging across databases reads by their key.
constexpr std::string_view key_column = "key";       // what a row is grouped by
constexpr std::string_view person_column = "person"; // the handle in the signals list
constexpr std::string_view missing_languages = "languages_missing";
constexpr std::string_view ratio_total = "ratio";
constexpr std::string_view contracted_total = "contracted_minutes";
constexpr std::string_view minutes_total = "minutes";

// How the same section of several databases becomes one. Persons of different databases are
// different people, even with the same handle: their rows are kept side by side, the handle
// prefixed with the database's name. Other rows stand for a theme, a month, a municipality:
// rows with the same key add up.
enum class RowMerge { side_by_side, add_by_key };
// Coverage keeps the config's order of municipalities; the rest is in key order.
enum class RowOrder { by_key, as_built };

struct MergeRule {
    RowMerge rows = RowMerge::add_by_key;
    std::string_view handle_column = key_column; // the column naming a person, side by side
    RowOrder order = RowOrder::by_key;
};

MergeRule merge_rule(const Report& r) {
    MergeRule rule;
    if (r.group_by == "person") {
        rule.rows = RowMerge::side_by_side;
        if (r.kind == "alerts")
            rule.handle_column = person_column;
    }
    // One row per community signal: those of other databases are other signals, side by side.
    if (r.group_by == "signal")
        rule = {RowMerge::side_by_side, person_column, RowOrder::as_built};
    if (r.kind == "coverage")
        rule.order = RowOrder::as_built;
    return rule;
}

std::size_t column_index(const Report& r, std::string_view key) {
    for (std::size_t i = 0; i < r.table.columns.size(); ++i)
        if (r.table.columns[i].key == key)
            return i;
    return r.table.columns.size();
}

void name_persons(Report& r, const std::string& source) {
    const MergeRule rule = merge_rule(r);
    if (rule.rows != RowMerge::side_by_side)
        return;
    const std::size_t column = column_index(r, rule.handle_column);
    for (auto& row : r.table.rows)
        if (auto* handle = std::get_if<std::string>(&row[column]))
            *handle = fmt::format("{}:{}", source, *handle);
}

// A language list of several databases: the languages any of them names, or, for the missing
// ones, those that all of them name (a language is missing only where no database covers it).
enum class ListMerge { unite, intersect };

TextList merged_list(const TextList& a, const TextList& b, ListMerge how) {
    TextList out;
    for (const std::string& item : a)
        if (how == ListMerge::unite || std::find(b.begin(), b.end(), item) != b.end())
            out.push_back(item);
    if (how == ListMerge::unite)
        for (const std::string& item : b)
            if (std::find(out.begin(), out.end(), item) == out.end())
                out.push_back(item);
    return out;
}

// Adds `b` into `a`: counts, durations, money and km add up; language lists merge as above.
void add_into(Value& a, const Value& b, std::string_view key) {
    if (auto* n = std::get_if<std::int64_t>(&a))
        *n += std::get<std::int64_t>(b);
    else if (auto* d = std::get_if<Duration>(&a))
        d->minutes += std::get<Duration>(b).minutes;
    else if (auto* m = std::get_if<Money>(&a))
        m->cents += std::get<Money>(b).cents;
    else if (auto* k = std::get_if<Km>(&a))
        k->tenths += std::get<Km>(b).tenths;
    else if (auto* flag = std::get_if<bool>(&a))
        *flag = *flag || std::get<bool>(b);
    else if (auto* list = std::get_if<TextList>(&a))
        *list = merged_list(*list, std::get<TextList>(b),
                            key == missing_languages ? ListMerge::intersect : ListMerge::unite);
    else if (auto* counts = std::get_if<Counts>(&a))
        for (std::size_t i = 0; i < counts->items.size(); ++i)
            counts->items[i].second += std::get<Counts>(b).items[i].second;
}

bool same_key(const Value& a, const Value& b) {
    const auto* x = std::get_if<std::string>(&a);
    const auto* y = std::get_if<std::string>(&b);
    if (x && y)
        return *x == *y;
    return !x && !y;
}

bool key_less(const Value& a, const Value& b) {
    const auto* x = std::get_if<std::string>(&a);
    const auto* y = std::get_if<std::string>(&b);
    if (!x || !y)
        return x != nullptr && y == nullptr; // rows without a key last
    return *x < *y;
}

void add_rows_by_key(Report& into, const Report& part, RowOrder order) {
    const std::size_t key = column_index(into, key_column);
    for (const auto& row : part.table.rows) {
        auto same = std::find_if(into.table.rows.begin(), into.table.rows.end(),
                                 [&](const auto& r) { return same_key(r[key], row[key]); });
        if (same == into.table.rows.end()) {
            into.table.rows.push_back(row);
            continue;
        }
        for (std::size_t c = 0; c < row.size(); ++c)
            if (c != key)
                add_into((*same)[c], row[c], into.table.columns[c].key);
    }
    if (order == RowOrder::by_key)
        std::stable_sort(into.table.rows.begin(), into.table.rows.end(),
                         [key](const auto& a, const auto& b) { return key_less(a[key], b[key]); });
}

Value* total_of(Report& r, std::string_view key) {
    for (auto& [name, value] : r.totals)
        if (name == key)
            return &value;
    return nullptr;
}

void merge_into(Report& into, const Report& part) {
    if (into.kind == "progress") // a target is promised once, whatever the number of databases
        return report::add_progress(into, part);
    const MergeRule rule = merge_rule(into);
    if (rule.rows == RowMerge::side_by_side)
        into.table.rows.insert(into.table.rows.end(), part.table.rows.begin(),
                               part.table.rows.end());
    else
        add_rows_by_key(into, part, rule.order);
    for (std::size_t t = 0; t < into.totals.size(); ++t)
        add_into(into.totals[t].second, part.totals[t].second, into.totals[t].first);
    for (const std::string& note : part.notes)
        if (std::find(into.notes.begin(), into.notes.end(), note) == into.notes.end())
            into.notes.push_back(note);
    // A ratio does not add up: work it out again from the summed minutes.
    if (Value* ratio = total_of(into, ratio_total)) {
        const Minutes contracted = std::get<Duration>(*total_of(into, contracted_total)).minutes;
        const Minutes minutes = std::get<Duration>(*total_of(into, minutes_total)).minutes;
        *ratio = contracted > 0
                     ? Value{Ratio{static_cast<double>(minutes) / static_cast<double>(contracted)}}
                     : Value{std::monostate{}};
    }
}

struct BuildOptions {
    ReportKind kind = ReportKind::summary;
    Charts charts = Charts::without;
    std::optional<Id> person; // the one `--person` named, found in this database
};

struct Built {
    std::vector<Report> sections;
    std::vector<Report> charts;
};

Built build_one(const ReportSource& source, const Config& config, const ReportRequest& request,
                const BuildOptions& options) {
    const Context c(
        {.store = *source.store, .config = config, .request = request, .person = options.person});
    Built built{sections_of(options.kind, c, request.by), {}};
    if (options.charts == Charts::with)
        built.charts = charts_of(c, options.kind);
    return built;
}

} // namespace

Period whole_months(const Period& period) {
    using namespace std::chrono;
    const Date from{period.from.year(), period.from.month(), day{1}};
    const Date to{period.to.year() / period.to.month() / last};
    if (from == period.from && to == period.to)
        return period;
    const std::string first = format_date(from).substr(0, 7);
    const std::string end = format_date(to).substr(0, 7);
    return {from, to,
            first == end ? fmt::format("{} (whole month)", first)
                         : fmt::format("{}..{} (whole months)", first, end)};
}

std::optional<ReportKind> report_kind(std::string_view name) {
    for (const auto& [text, kind] : kinds)
        if (text == name)
            return kind;
    return std::nullopt;
}

std::string_view report_kind_name(ReportKind kind) {
    for (const auto& [text, k] : kinds)
        if (k == kind)
            return text;
    return "summary";
}

std::vector<std::string> report_kind_names() {
    std::vector<std::string> names;
    for (const auto& [text, kind] : kinds)
        names.emplace_back(text);
    return names;
}

bool is_combined(ReportKind kind) {
    return kind == ReportKind::weekly || kind == ReportKind::monthly;
}

std::string_view default_period(ReportKind kind) {
    return kind == ReportKind::monthly ? "lastmonth" : "lastweek";
}

ReportDocument build_report(const std::vector<ReportSource>& sources, const Config& config,
                            ReportKind kind, const ReportRequest& request, Charts charts) {
    // The cli checks the grouping against report_dimensions(); see dimension_of().
    if (kind == ReportKind::allowance) {
        const Period months = whole_months(request.period);
        if (months.from != request.period.from || months.to != request.period.to) {
            ReportRequest widened = request;
            widened.period = months;
            return build_report(sources, config, kind, widened, charts);
        }
    }
    ReportDocument doc;
    doc.kind = report_kind_name(kind);
    doc.combined = is_combined(kind);
    doc.period = request.period;
    doc.generated_at = Clock::now_utc();
    doc.programme = config.programme.name;
    doc.language = config.programme.language;
    const bool several = sources.size() > 1;
    std::optional<DataError> missing_person;
    bool any = false;
    for (const ReportSource& source : sources) {
        std::optional<Id> person;
        if (request.person) {
            auto found = find(*source.store, db::Kind::person, *request.person);
            if (!found.has_value()) {
                // With several databases, a person is found in one of them; the rest add nothing.
                if (!several)
                    throw found.error();
                if (!missing_person)
                    missing_person = found.error();
                continue;
            }
            person = found->id;
        }
        Built built =
            build_one(source, config, request, {.kind = kind, .charts = charts, .person = person});
        for (auto* part : {&built.sections, &built.charts})
            for (Report& r : *part)
                if (several)
                    name_persons(r, source.name);
        if (!any) {
            doc.sections = std::move(built.sections);
            doc.chart_data = std::move(built.charts);
            any = true;
            continue;
        }
        for (std::size_t i = 0; i < doc.sections.size(); ++i)
            merge_into(doc.sections[i], built.sections[i]);
        for (std::size_t i = 0; i < doc.chart_data.size(); ++i)
            merge_into(doc.chart_data[i], built.charts[i]);
    }
    if (!any && missing_person)
        throw *missing_person;
    return doc;
}

bool has_alerts(const ReportDocument& document) {
    for (const Report& r : document.sections)
        if (r.kind == "alerts" && !r.table.rows.empty())
            return true;
    return false;
}

} // namespace sleutel
