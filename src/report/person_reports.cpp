// Reports per key person: hours against what their assignments agree, and the volunteer
// allowance against the legal ceilings. SQL sums the minutes; C++ only spreads the few
// assignments over the days of the period and walks the months of the year.
#include "report/builders.hpp"

#include "model/words.hpp"

#include "domain/profile.hpp"
#include "store/agreement_store.hpp"
#include "store/organisation_store.hpp"
#include "store/people_store.hpp"
#include "util/error.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sleutel::report {

namespace {

std::vector<const Person*> by_handle(const Context& c) {
    std::vector<const Person*> persons;
    for (const auto& [id, person] : c.persons)
        if (c.selected(person))
            persons.push_back(&person);
    std::sort(persons.begin(), persons.end(),
              [](const Person* a, const Person* b) { return a->handle < b->handle; });
    return persons;
}

// Half-up rounding of a/b for non-negative numbers.

} // namespace

const std::vector<HoursRow>& hours_rows(const Context& c) {
    if (c.hours_cache)
        return *c.hours_cache;
    std::map<Id, Minutes> contracted;
    for (const Assignment& a : db::assignments(c.store, {}))
        contracted[a.person_id] += contracted_minutes(a, c.scope.from, c.scope.to);
    std::map<std::string, db::Tally> logged;
    for (const db::Group& g : c.groups(db::Dimension::person))
        logged[*g.key] = g.tally;
    std::vector<HoursRow> rows;
    const double limit = c.config.alerts.overload_ratio;
    for (const Person* p : by_handle(c)) {
        HoursRow row;
        row.person = p;
        row.contracted = contracted[p->id];
        if (const auto it = logged.find(p->handle); it != logged.end()) {
            row.minutes = it->second.minutes;
            row.after_hours = it->second.after_hours;
        }
        if (row.contracted == 0 && row.minutes == 0)
            continue;
        row.available = available_minutes(c.agreements_of(p->id), c.scope.from, c.scope.to);
        row.overload = overload({row.minutes, row.contracted, row.available}, limit);
        row.status = row.overload == Overload::none ? "ok" : "over";
        if (row.contracted > 0) {
            row.ratio = static_cast<double>(row.minutes) / static_cast<double>(row.contracted);
            if (row.overload == Overload::none && *row.ratio < 1.0 / limit)
                row.status = "under";
        }
        rows.push_back(row);
    }
    return c.hours_cache.emplace(std::move(rows));
}

namespace {

// Hours per funding stream or scope: what the assignments of that stream agree, pro rata, against
// the minutes of the activities done in them. A financier pays for the stream as a whole, so there
// is no per-person availability here: over and under are judged on the ratio alone.
Report hours_by_assignment(const Context& c, const std::string& by) {
    Report r;
    r.kind = "hours";
    r.group_by = by;
    r.title = tr(c.lang, "Hours against contract");
    r.table.columns = {{"key", by == "funding" ? tr(c.lang, "funding") : tr(c.lang, "scope")},
                       {"label", tr(c.lang, "name")},
                       {"contracted_minutes", tr(c.lang, "contracted")},
                       {"minutes", tr(c.lang, "logged")},
                       {"ratio", tr(c.lang, "ratio")},
                       {"after_hours", tr(c.lang, "after hours")},
                       {"status", tr(c.lang, "status"), words::hours_status}};
    const bool funding = by == "funding";
    struct Sums {
        Minutes contracted = 0;
        Minutes minutes = 0;
        std::int64_t after_hours = 0;
    };
    // Null (no funding stream, no assignment) sorts last, as in the summary.
    std::map<std::pair<bool, std::string>, Sums> sums;
    const auto key_of = [](const std::optional<std::string>& k) {
        return std::pair{!k.has_value(), k.value_or("")};
    };
    for (const Assignment& a : db::assignments(c.store, {})) {
        const auto person = c.persons.find(a.person_id);
        if (person == c.persons.end() || !c.selected(person->second))
            continue;
        const Minutes m = contracted_minutes(a, c.scope.from, c.scope.to);
        if (m > 0)
            sums[key_of(funding ? a.funding : std::optional(a.scope))].contracted += m;
    }
    for (const db::Group& g : c.groups(funding ? db::Dimension::funding : db::Dimension::scope)) {
        Sums& s = sums[key_of(g.key)];
        s.minutes += g.tally.minutes;
        s.after_hours += g.tally.after_hours;
    }
    const double limit = c.config.alerts.overload_ratio;
    Sums total;
    for (const auto& [key, s] : sums) {
        std::optional<double> ratio;
        std::string status = "ok";
        if (s.contracted > 0) {
            ratio = static_cast<double>(s.minutes) / static_cast<double>(s.contracted);
            status = *ratio > limit ? "over" : *ratio < 1.0 / limit ? "under" : "ok";
        } else if (s.minutes > 0) {
            status = "over";
        }
        const std::optional<std::string> id =
            key.first ? std::nullopt : std::optional<std::string>(key.second);
        std::string label =
            !id       ? (funding ? tr(c.lang, "(no funding)") : tr(c.lang, "(no assignment)"))
            : funding ? config_label(c.config, "funding", *id)
                      : word_for(c.lang, words::scope, *id);
        r.table.rows.push_back({optional_cell(id), std::move(label), Duration{s.contracted},
                                Duration{s.minutes},
                                ratio ? Value{Ratio{*ratio}} : Value{std::monostate{}},
                                s.after_hours, std::move(status)});
        total.contracted += s.contracted;
        total.minutes += s.minutes;
        total.after_hours += s.after_hours;
    }
    r.totals = {{"contracted_minutes", Duration{total.contracted}},
                {"minutes", Duration{total.minutes}},
                {"ratio", total.contracted > 0 ? Value{Ratio{static_cast<double>(total.minutes) /
                                                             static_cast<double>(total.contracted)}}
                                               : Value{std::monostate{}}},
                {"after_hours", total.after_hours}};
    return r;
}

} // namespace

Report hours(const Context& c, const std::string& by) {
    if (by != "person")
        return hours_by_assignment(c, by);
    Report r;
    r.kind = "hours";
    r.group_by = "person";
    r.title = tr(c.lang, "Hours against contract");
    r.table.columns = {{"key", tr(c.lang, "person")},
                       {"label", tr(c.lang, "name")},
                       {"contracted_minutes", tr(c.lang, "contracted")},
                       {"minutes", tr(c.lang, "logged")},
                       {"ratio", tr(c.lang, "ratio")},
                       {"after_hours", tr(c.lang, "after hours")},
                       {"status", tr(c.lang, "status"), words::hours_status},
                       {"available_minutes", tr(c.lang, "available")}};
    Minutes contracted = 0;
    Minutes minutes = 0;
    std::int64_t after_hours = 0;
    for (const HoursRow& row : hours_rows(c)) {
        r.table.rows.push_back(
            {row.person->handle, c.person_label(*row.person), Duration{row.contracted},
             Duration{row.minutes}, row.ratio ? Value{Ratio{*row.ratio}} : Value{std::monostate{}},
             row.after_hours, row.status,
             row.available ? Value{Duration{*row.available}} : Value{std::monostate{}}});
        contracted += row.contracted;
        minutes += row.minutes;
        after_hours += row.after_hours;
    }
    r.totals = {{"contracted_minutes", Duration{contracted}},
                {"minutes", Duration{minutes}},
                {"ratio", contracted > 0 ? Value{Ratio{static_cast<double>(minutes) /
                                                       static_cast<double>(contracted)}}
                                         : Value{std::monostate{}}},
                {"after_hours", after_hours}};
    return r;
}

const std::vector<AllowanceRow>& allowance_rows(const Context& c) {
    if (c.allowance_cache)
        return *c.allowance_cache;
    std::vector<std::string>& notes = c.allowance_notes;
    if (c.config.allowance.ceilings.empty())
        throw ConfigError(_("the config has no [[allowance.ceilings]]"),
                          _("add the yearly volunteer-allowance ceilings; see sleutel.toml(5)"));
    std::map<int, const AllowanceCeiling*> ceilings;
    const CeilingFor ceiling = [&](int y) -> const AllowanceCeiling& {
        if (const auto it = ceilings.find(y); it != ceilings.end())
            return *it->second;
        const AllowanceCeiling* found = c.config.ceiling_for(y);
        if (!found)
            found = &c.config.allowance.ceilings.front();
        if (found->year != y)
            notes.push_back(
                tr_f(c.lang, "no ceiling for {} in the config: {}'s is used", y, found->year));
        ceilings[y] = found;
        return *found;
    };
    // Each year of the period up to this one that lacks its own row is named, also before anyone
    // has worked in it: the figures of that year will rest on another year's ceiling.
    const int last_year =
        std::min(static_cast<int>(c.scope.to.year()), static_cast<int>(c.request.today.year()));
    for (int y = std::max(static_cast<int>(c.scope.from.year()),
                          c.config.allowance.ceilings.front().year);
         y <= last_year; ++y)
        ceiling(y);

    // The allowance is a monthly sum by law: the period covers each calendar month it touches
    // (build_report widens it), and the months before it in the same year count toward the
    // yearly ceiling.
    const std::string first_month = format_date(c.scope.from).substr(0, 7);
    const std::string last_month = format_date(c.scope.to).substr(0, 7);
    std::vector<AllowanceRow> rows;
    for (const auto& [id, days] : c.year_days()) {
        const auto person = c.persons.find(id);
        if (person == c.persons.end() || !c.selected(person->second))
            continue;
        for (const MonthAllowance& m :
             monthly_allowance(days, c.agreements_of(id), c.age_of(id), ceiling))
            if (m.month >= first_month && m.month <= last_month)
                rows.push_back(
                    {&person->second, m,
                     rounded_div(m.km_tenths * c.config.allowance.travel_cents_per_km, 10)});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const AllowanceRow& a, const AllowanceRow& b) {
        return a.person->handle < b.person->handle;
    });
    return c.allowance_cache.emplace(std::move(rows));
}

Report allowance(const Context& c) {
    Report r;
    r.kind = "allowance";
    r.group_by = "person";
    r.title = tr(c.lang, "Volunteer allowance");
    // The columns of the first contract keep their places; what agreements added comes after.
    r.table.columns = {{"key", tr(c.lang, "person")},
                       {"label", tr(c.lang, "name")},
                       {"month", tr(c.lang, "month")},
                       {"minutes", tr(c.lang, "time")},
                       {"allowance_cents", tr(c.lang, "allowance")},
                       {"month_cap_cents", tr(c.lang, "month cap")},
                       {"year_to_date_cents", tr(c.lang, "year to date")},
                       {"year_cap_cents", tr(c.lang, "year cap")},
                       {"km", "km"},
                       {"travel_cents", tr(c.lang, "travel")},
                       {"exceeds", tr(c.lang, "exceeds")},
                       {"agreed_cents", tr(c.lang, "agreed")},
                       {"cap", tr(c.lang, "capped by"), words::allowance_cap},
                       {"other_allowance_cents", tr(c.lang, "elsewhere")}};
    Minutes minutes = 0;
    Cents allowance_cents = 0;
    Cents agreed_cents = 0;
    Cents other_cents = 0;
    std::int64_t km = 0;
    Cents travel = 0;
    bool exceeds = false;
    for (const AllowanceRow& row : allowance_rows(c)) {
        const MonthAllowance& m = row.month;
        r.table.rows.push_back({row.person->handle, c.person_label(*row.person), m.month,
                                Duration{m.minutes}, Money{m.allowance_cents},
                                Money{m.month_cap_cents}, Money{m.year_to_date_cents},
                                Money{m.year_cap_cents}, Km{m.km_tenths}, Money{row.travel_cents},
                                m.exceeds, Money{m.agreed_cents}, m.cap, Money{m.other_cents}});
        minutes += m.minutes;
        allowance_cents += m.allowance_cents;
        agreed_cents += m.agreed_cents;
        other_cents += m.other_cents;
        km += m.km_tenths;
        travel += row.travel_cents;
        exceeds = exceeds || m.exceeds;
    }
    r.notes = c.allowance_notes;
    r.totals = {{"minutes", Duration{minutes}},
                {"allowance_cents", Money{allowance_cents}},
                {"km", Km{km}},
                {"travel_cents", Money{travel}},
                {"exceeds", exceeds},
                {"agreed_cents", Money{agreed_cents}},
                {"other_allowance_cents", Money{other_cents}}};
    return r;
}

} // namespace sleutel::report
