// The progress report: each [[targets]] promise against what was done in its year so far.
//
// Which targets: those of every year the period touches, up to the day it is judged on
// (Context::as_of). A period within one year shows that year's targets; a period across New Year
// (`2025-12-15..2026-01-14`) shows last year's as they ended on 31 December, beside this year's
// so far, because the end of last year lies inside the period. A year that has not begun by
// then has nothing to show yet.
//
// Expected is the target pro rata of the days of the year up to that day, both ends counted, so
// on 31 December it is the whole target. The status compares actual with expected: `on_track`
// within 10% either side of it, `ahead` above, `behind` below.
#include "report/builders.hpp"

#include "model/words.hpp"
#include "store/progress_store.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sleutel::report {

namespace {

using namespace std::chrono;

// Actual against expected within this band is on track; a hair of slack keeps a figure exactly on
// its edge (actual 99 against expected 90) on track despite rounding.
constexpr double band_low = 0.9;
constexpr double band_high = 1.1;
constexpr double slack = 1e-9;

// The columns, in order: key, label, target, actual, expected, ratio, status.
constexpr std::size_t key_column = 0, actual_column = 3, expected_column = 4, ratio_column = 5,
                      status_column = 6;

std::string measure_words(Measure measure, Language lang) {
    switch (measure) {
    case Measure::activities:
        return trc(lang, "target measure", "Activities");
    case Measure::minutes:
        return trc(lang, "target measure", "Time spent");
    case Measure::reached:
        return trc(lang, "target measure", "Newcomers reached");
    case Measure::reached_professionals:
        return trc(lang, "target measure", "Professionals reached");
    case Measure::questions:
        return trc(lang, "target measure", "Questions received");
    case Measure::referrals:
        return trc(lang, "target measure", "Referrals");
    case Measure::signals:
        return trc(lang, "target measure", "Signals raised");
    case Measure::persons_active:
        return trc(lang, "target measure", "Active key persons");
    }
    return {};
}

// The target's own name, or one worded from what it counts: `Nieuwkomers bereikt, thema
// Gezondheid, 2026`.
std::string target_label(const Target& t, const Config& config, Language lang) {
    if (!t.name.empty())
        return t.name;
    std::string label = measure_words(t.measure, lang);
    if (t.theme)
        label += ", " + tr_f(lang, "theme {}", config_label(config, "theme", *t.theme));
    if (t.type)
        label += ", " + tr_f(lang, "type {}", config_label(config, "type", *t.type));
    if (t.municipality)
        label += ", " + tr_f(lang, "municipality {}",
                             config_label(config, "municipality", *t.municipality));
    if (t.funding)
        label += ", " + tr_f(lang, "funding {}", config_label(config, "funding", *t.funding));
    return fmt::format("{}, {}", label, t.year);
}

std::int64_t days_between(Date from, Date to) {
    return (to_days(to) - to_days(from)).count() + 1;
}

std::string status_of(double actual, double expected) {
    if (expected <= 0)
        return actual > 0 ? "ahead" : "on_track";
    const double ratio = actual / expected;
    if (ratio > band_high + slack)
        return "ahead";
    if (ratio < band_low - slack)
        return "behind";
    return "on_track";
}

double number_of(const Value& v) {
    if (const auto* n = std::get_if<std::int64_t>(&v))
        return static_cast<double>(*n);
    if (const auto* d = std::get_if<Duration>(&v))
        return static_cast<double>(d->minutes);
    if (const auto* r = std::get_if<Ratio>(&v))
        return r->value;
    return 0;
}

Value ratio_cell(double actual, double expected) {
    if (expected <= 0)
        return std::monostate{};
    return Ratio{actual / expected};
}

// The totals count the rows by their status.
void count_statuses(Report& r) {
    std::int64_t ahead = 0, on_track = 0, behind = 0;
    for (const auto& row : r.table.rows) {
        const std::string& status = std::get<std::string>(row[status_column]);
        (status == "ahead" ? ahead : status == "behind" ? behind : on_track) += 1;
    }
    r.totals = {{"targets", static_cast<std::int64_t>(r.table.rows.size())},
                {"ahead", ahead},
                {"on_track", on_track},
                {"behind", behind}};
}

Value amount(Measure measure, std::int64_t n) {
    if (measure == Measure::minutes)
        return Duration{n};
    return n;
}

Value expected_cell(Measure measure, double expected) {
    if (measure == Measure::minutes)
        return Duration{static_cast<Minutes>(std::llround(expected))};
    return Ratio{expected};
}

} // namespace

Report progress(const Context& c) {
    Report r;
    r.kind = "progress";
    r.group_by = "target";
    r.title = tr(c.lang, "Progress");
    r.table.columns = {{"key", trc(c.lang, "progress column", "target")},
                       {"label", tr(c.lang, "name")},
                       {"target", tr(c.lang, "promised")},
                       {"actual", trc(c.lang, "progress column", "actual")},
                       {"expected", tr(c.lang, "expected by now")},
                       {"ratio", tr(c.lang, "ratio")},
                       {"status", tr(c.lang, "status"), words::progress_status}};
    const Date judged = c.as_of();
    const int first_year = static_cast<int>(c.scope.from.year());
    const int last_year = static_cast<int>(judged.year());
    for (const Target& t : c.config.targets) {
        if (t.year < first_year || t.year > last_year)
            continue;
        const Date new_year{year{t.year}, January, day{1}};
        const Date new_years_eve{year{t.year}, December, day{31}};
        const Date end = to_days(judged) < to_days(new_years_eve) ? judged : new_years_eve;
        db::ProgressQuery q;
        q.measure = t.measure;
        q.from = new_year;
        q.to = end;
        q.theme = t.theme;
        q.type = t.type;
        q.municipality = t.municipality;
        q.funding = t.funding;
        q.person = c.scope.person;
        q.scope_municipality = c.scope.municipality;
        q.internal_types = c.config.internal_types();
        const std::int64_t actual = db::progress_count(c.store, q);
        const double expected = static_cast<double>(t.value) *
                                static_cast<double>(days_between(new_year, end)) /
                                static_cast<double>(days_between(new_year, new_years_eve));
        const double done = static_cast<double>(actual);
        r.table.rows.push_back({t.id, target_label(t, c.config, c.lang), amount(t.measure, t.value),
                                amount(t.measure, actual), expected_cell(t.measure, expected),
                                ratio_cell(done, expected), status_of(done, expected)});
    }
    count_statuses(r);
    // A target is the whole programme's promise: one person's or one municipality's share of it
    // will mostly look behind, and the reader should know why.
    if (c.scope.person || c.scope.municipality)
        r.notes.push_back(tr(c.lang, "Only the selected work is counted, against the targets of "
                                     "the whole programme."));
    return r;
}

void add_progress(Report& into, const Report& part) {
    for (const auto& row : part.table.rows) {
        const auto same =
            std::find_if(into.table.rows.begin(), into.table.rows.end(), [&](const auto& mine) {
                return std::get<std::string>(mine[key_column]) ==
                       std::get<std::string>(row[key_column]);
            });
        if (same == into.table.rows.end()) {
            into.table.rows.push_back(row);
            continue;
        }
        auto& mine = *same;
        const double actual = number_of(mine[actual_column]) + number_of(row[actual_column]);
        if (auto* d = std::get_if<Duration>(&mine[actual_column]))
            d->minutes += std::get<Duration>(row[actual_column]).minutes;
        else
            std::get<std::int64_t>(mine[actual_column]) +=
                std::get<std::int64_t>(row[actual_column]);
        // Expected comes from the shared config, not from the data: it stays what it is.
        const double expected = number_of(mine[expected_column]);
        mine[ratio_column] = ratio_cell(actual, expected);
        mine[status_column] = status_of(actual, expected);
    }
    for (const std::string& note : part.notes)
        if (std::find(into.notes.begin(), into.notes.end(), note) == into.notes.end())
            into.notes.push_back(note);
    count_statuses(into);
}

} // namespace sleutel::report
