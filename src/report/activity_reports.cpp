// Reports about what was done: summary, reach and referrals. The grouping happens in SQL; the
// only C++ fold is days into ISO weeks, because Debian's SQLite has no ISO week format.
#include "report/builders.hpp"

#include "model/words.hpp"

#include "util/error.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace sleutel::report {

// The dimensions `--by` names, in the order help and hints list them: the one list of them.
constexpr std::array<std::pair<std::string_view, db::Dimension>, 10> dimension_names{{
    {"person", db::Dimension::person},
    {"municipality", db::Dimension::municipality},
    {"org", db::Dimension::org},
    {"role", db::Dimension::role},
    {"type", db::Dimension::type},
    {"theme", db::Dimension::theme},
    {"week", db::Dimension::day},
    {"month", db::Dimension::month},
    {"funding", db::Dimension::funding},
    {"scope", db::Dimension::scope},
}};

namespace {

const Named* find_named(const std::vector<Named>& list, std::string_view id) {
    for (const Named& n : list)
        if (n.id == id)
            return &n;
    return nullptr;
}

db::Dimension dimension_of(const std::string& by) {
    for (const auto& [name, dimension] : dimension_names)
        if (name == by)
            return dimension;
    // The cli refuses any other word before a report is built.
    throw InternalError(_f("no report dimension '{}'", by));
}

std::string key_heading(const Context& c, const std::string& by) {
    if (by == "person")
        return tr(c.lang, "person");
    if (by == "municipality")
        return tr(c.lang, "municipality");
    if (by == "org")
        return tr(c.lang, "organisation");
    if (by == "role")
        return tr(c.lang, "role");
    if (by == "type")
        return tr(c.lang, "type");
    if (by == "theme")
        return tr(c.lang, "theme");
    if (by == "week")
        return "week";
    if (by == "funding")
        return tr(c.lang, "funding");
    if (by == "scope")
        return tr(c.lang, "scope");
    return tr(c.lang, "month");
}

struct Row {
    std::optional<std::string> key;
    std::string label;
    db::Tally tally;
};

std::string none_label(const Context& c, const std::string& by) {
    if (by == "theme")
        return tr(c.lang, "(no theme)");
    if (by == "org")
        return tr(c.lang, "(no organisation)");
    if (by == "municipality")
        return tr(c.lang, "(no municipality)");
    if (by == "funding")
        return tr(c.lang, "(no funding)");
    if (by == "scope")
        return tr(c.lang, "(no assignment)");
    return tr(c.lang, "(none)");
}

// The groups of `by`, labelled for people; days folded into ISO weeks.
std::vector<Row> grouped(const Context& c, const std::string& by) {
    const db::Dimension dimension = dimension_of(by);
    std::vector<Row> rows;
    for (const db::Group& g : c.groups(dimension)) {
        if (dimension == db::Dimension::day) {
            const Date day = *parse_iso_date(*g.key);
            const IsoWeek w = iso_week_of(day);
            std::string key = fmt::format("{}-W{:02}", w.year, w.week);
            if (!rows.empty() && rows.back().key == key) {
                rows.back().tally += g.tally;
                continue;
            }
            const Date monday = iso_week_monday(w.year, w.week);
            rows.push_back(
                {std::move(key),
                 fmt::format("{} – {}", format_date(monday), format_date(add_days(monday, 6))),
                 g.tally});
            continue;
        }
        std::string label;
        if (!g.key)
            label = none_label(c, by);
        else if (dimension == db::Dimension::person)
            label = g.label.value_or(*g.key);
        else if (dimension == db::Dimension::org)
            label = g.label.value_or(*g.key);
        else if (dimension == db::Dimension::month)
            label = month_label(*g.key, c.config.programme.language);
        else if (dimension == db::Dimension::scope)
            label = word_for(c.lang, words::scope, *g.key);
        else
            label = config_label(c.config, by, *g.key);
        rows.push_back({g.key, std::move(label), g.tally});
    }
    return rows;
}

Value key_cell(const std::optional<std::string>& key) {
    return optional_cell(key);
}

} // namespace

std::string config_label(const Config& config, std::string_view dimension, std::string_view id) {
    const Named* named = nullptr;
    if (dimension == "theme")
        named = find_named(config.themes, id);
    else if (dimension == "target")
        named = find_named(config.referral_targets, id);
    else if (dimension == "funding")
        named = find_named(config.funding, id);
    if (named)
        return named->name;
    if (dimension == "type")
        if (const ActivityType* type = config.activity_type(id))
            return type->name;
    if (dimension == "role")
        if (const Role* role = config.role(id))
            return role->name;
    if (dimension == "municipality")
        if (const Municipality* m = config.municipality(id))
            return m->name;
    return std::string(id);
}

std::string month_label(std::string_view year_month, Language language) {
    // The month names live in the catalogue once, with the other dates in words.
    if (year_month.size() == 7)
        if (const auto first = parse_iso_date(std::string(year_month) + "-01"))
            return format_month_in_words(*first, language);
    return std::string(year_month);
}

Report summary(const Context& c, const std::string& by) {
    Report r;
    r.kind = "summary";
    r.group_by = by;
    r.title = tr(c.lang, "Summary");
    r.table.columns = {{"key", key_heading(c, by)},
                       {"label", tr(c.lang, "name")},
                       {"activities", tr(c.lang, "activities")},
                       {"minutes", tr(c.lang, "time")},
                       {"questions", tr(c.lang, "questions")},
                       {"reached", tr(c.lang, "reached")},
                       {"reached_professionals", tr(c.lang, "professionals")},
                       {"referrals", tr(c.lang, "referrals")},
                       {"after_hours", tr(c.lang, "after hours")},
                       {"km", "km"},
                       {"expenses_cents", tr(c.lang, "expenses")}};
    for (Row& row : grouped(c, by)) {
        const db::Tally& t = row.tally;
        r.table.rows.push_back({key_cell(row.key), std::move(row.label), t.activities,
                                Duration{t.minutes}, t.questions, t.reached,
                                t.reached_professionals, t.referrals, t.after_hours,
                                Km{t.km_tenths}, Money{t.expenses_cents}});
    }
    const db::Tally& t = c.totals();
    r.totals = {{"activities", t.activities},
                {"minutes", Duration{t.minutes}},
                {"questions", t.questions},
                {"reached", t.reached},
                {"reached_professionals", t.reached_professionals},
                {"referrals", t.referrals},
                {"after_hours", t.after_hours},
                {"km", Km{t.km_tenths}},
                {"expenses_cents", Money{t.expenses_cents}}};
    return r;
}

Report reach(const Context& c, const std::string& by) {
    Report r;
    r.kind = "reach";
    r.group_by = by;
    r.title = tr(c.lang, "Reach");
    r.table.columns = {{"key", key_heading(c, by)},
                       {"label", tr(c.lang, "name")},
                       {"activities", tr(c.lang, "activities")},
                       {"reached", tr(c.lang, "reached")},
                       {"reached_professionals", tr(c.lang, "professionals")},
                       {"questions", tr(c.lang, "questions")}};
    for (Row& row : grouped(c, by))
        r.table.rows.push_back({key_cell(row.key), std::move(row.label), row.tally.activities,
                                row.tally.reached, row.tally.reached_professionals,
                                row.tally.questions});
    const db::Tally& t = c.totals();
    r.totals = {{"activities", t.activities},
                {"reached", t.reached},
                {"reached_professionals", t.reached_professionals},
                {"questions", t.questions}};
    return r;
}

Report referrals(const Context& c) {
    Report r;
    r.kind = "referrals";
    r.group_by = "target";
    r.title = tr(c.lang, "Referrals");
    r.table.columns = {{"key", tr(c.lang, "target")},
                       {"label", tr(c.lang, "name")},
                       {"referrals", tr(c.lang, "referrals")},
                       {"activities", tr(c.lang, "activities")}};
    for (const db::TargetCount& t : db::referrals_by_target(c.store, c.scope))
        r.table.rows.push_back(
            {t.target, config_label(c.config, "target", t.target), t.referrals, t.activities});
    const db::TargetCount total = db::referral_totals(c.store, c.scope);
    r.totals = {{"referrals", total.referrals}, {"activities", total.activities}};
    return r;
}

} // namespace sleutel::report

namespace sleutel {

std::vector<std::string> report_dimensions() {
    std::vector<std::string> names;
    for (const auto& entry : report::dimension_names)
        names.emplace_back(entry.first);
    return names;
}

} // namespace sleutel
