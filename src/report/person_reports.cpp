// Reports per key person: hours against what their assignments agree, and the volunteer
// allowance against the legal ceilings. SQL sums the minutes; C++ only spreads the few
// assignments over the days of the period and walks the months of the year.
#include "builders.hpp"

#include "sleutel/error.hpp"
#include "sleutel/people_store.hpp"
#include "sleutel/profile.hpp"

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
std::int64_t rounded_div(std::int64_t a, std::int64_t b) {
    return (a + b / 2) / b;
}

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
    const double limit = c.config.signals.overload_ratio;
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
        row.status = "ok";
        if (row.contracted > 0) {
            row.ratio = static_cast<double>(row.minutes) / static_cast<double>(row.contracted);
            if (*row.ratio > limit)
                row.status = "over";
            else if (*row.ratio < 1.0 / limit)
                row.status = "under";
        }
        rows.push_back(row);
    }
    return c.hours_cache.emplace(std::move(rows));
}

Report hours(const Context& c) {
    Report r;
    r.kind = "hours";
    r.group_by = "person";
    r.title = c.text("Uren tegen contract", "Hours against contract");
    r.table.columns = {{"key", c.text("persoon", "person")},
                       {"label", c.text("naam", "name")},
                       {"contracted_minutes", c.text("contract", "contracted")},
                       {"minutes", c.text("gelogd", "logged")},
                       {"ratio", c.text("verhouding", "ratio")},
                       {"after_hours", c.text("buiten werktijd", "after hours")},
                       {"status", "status"}};
    Minutes contracted = 0;
    Minutes minutes = 0;
    std::int64_t after_hours = 0;
    for (const HoursRow& row : hours_rows(c)) {
        r.table.rows.push_back({row.person->handle, c.person_label(*row.person),
                                Duration{row.contracted}, Duration{row.minutes},
                                row.ratio ? Value{Ratio{*row.ratio}} : Value{std::monostate{}},
                                row.after_hours, row.status});
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
        throw ConfigError("the config has no [[allowance.ceilings]]",
                          "add the yearly volunteer-allowance ceilings; see sleutel.toml(5)");
    std::map<Id, bool> volunteer;
    for (const auto& [id, person] : c.persons)
        volunteer[id] = person.fields.contract == "volunteer";
    for (const Assignment& a : db::assignments(c.store, {}))
        if (a.contract == "volunteer")
            volunteer[a.person_id] = true;

    // The law counts the whole calendar year, so months before the period count towards the
    // year-to-date too (Context::year_months); only the period's months are shown.
    const std::string first_month = format_date(c.scope.from).substr(0, 7);
    std::map<int, const AllowanceCeiling*> ceilings;
    auto ceiling = [&](int y) {
        if (const auto it = ceilings.find(y); it != ceilings.end())
            return it->second;
        const AllowanceCeiling* found = c.config.ceiling_for(y);
        if (!found)
            found = &c.config.allowance.ceilings.front();
        if (found->year != y)
            notes.push_back(fmt::format(
                fmt::runtime(c.text("geen plafond voor {} in de config: dat van {} is gebruikt",
                                    "no ceiling for {} in the config: {}'s is used")),
                y, found->year));
        ceilings[y] = found;
        return found;
    };
    // Each year of the period up to this one that lacks its own row is named, also before anyone
    // has worked in it: the figures of that year will rest on another year's ceiling.
    const int last_year =
        std::min(static_cast<int>(c.scope.to.year()), static_cast<int>(c.request.today.year()));
    for (int y = std::max(static_cast<int>(c.scope.from.year()),
                          c.config.allowance.ceilings.front().year);
         y <= last_year; ++y)
        ceiling(y);

    std::vector<AllowanceRow> rows;
    Id current = -1;
    int current_year = 0;
    Cents year_to_date = 0;
    for (const db::PersonMonth& pm : c.year_months()) {
        const auto person = c.persons.find(pm.person);
        if (person == c.persons.end() || !volunteer[pm.person] || !c.selected(person->second))
            continue;
        const int y = std::stoi(pm.month.substr(0, 4));
        if (pm.person != current || y != current_year) {
            current = pm.person;
            current_year = y;
            year_to_date = 0;
        }
        const AllowanceCeiling* cap = ceiling(y);
        const auto& birth = person->second.fields.birth_year;
        const bool under_21 = birth && y - *birth < 21;
        AllowanceRow row;
        row.person = &person->second;
        row.month = pm.month;
        row.minutes = pm.minutes;
        row.uncapped_cents = rounded_div(
            pm.minutes * (under_21 ? cap->hourly_cents_under_21 : cap->hourly_cents), 60);
        row.month_cap_cents = cap->monthly_cents;
        row.year_cap_cents = cap->yearly_cents;
        row.allowance_cents = std::min(row.uncapped_cents, row.month_cap_cents);
        year_to_date += row.allowance_cents;
        row.year_to_date_cents = year_to_date;
        row.km_tenths = pm.km_tenths;
        row.travel_cents = rounded_div(pm.km_tenths * c.config.allowance.travel_cents_per_km, 10);
        row.exceeds =
            row.uncapped_cents > row.month_cap_cents || row.year_to_date_cents > row.year_cap_cents;
        if (pm.month >= first_month)
            rows.push_back(row);
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
    r.title = c.text("Vrijwilligersvergoeding", "Volunteer allowance");
    r.table.columns = {{"key", c.text("persoon", "person")},
                       {"label", c.text("naam", "name")},
                       {"month", c.text("maand", "month")},
                       {"minutes", c.text("duur", "time")},
                       {"allowance_cents", c.text("vergoeding", "allowance")},
                       {"month_cap_cents", c.text("max. per maand", "month cap")},
                       {"year_to_date_cents", c.text("dit jaar", "year to date")},
                       {"year_cap_cents", c.text("max. per jaar", "year cap")},
                       {"km", "km"},
                       {"travel_cents", c.text("reiskosten", "travel")},
                       {"exceeds", c.text("boven plafond", "exceeds")}};
    Minutes minutes = 0;
    Cents allowance_cents = 0;
    std::int64_t km = 0;
    Cents travel = 0;
    bool exceeds = false;
    for (const AllowanceRow& row : allowance_rows(c)) {
        r.table.rows.push_back(
            {row.person->handle, c.person_label(*row.person), row.month, Duration{row.minutes},
             Money{row.allowance_cents}, Money{row.month_cap_cents}, Money{row.year_to_date_cents},
             Money{row.year_cap_cents}, Km{row.km_tenths}, Money{row.travel_cents}, row.exceeds});
        minutes += row.minutes;
        allowance_cents += row.allowance_cents;
        km += row.km_tenths;
        travel += row.travel_cents;
        exceeds = exceeds || row.exceeds;
    }
    r.notes = c.allowance_notes;
    r.totals = {{"minutes", Duration{minutes}},
                {"allowance_cents", Money{allowance_cents}},
                {"km", Km{km}},
                {"travel_cents", Money{travel}},
                {"exceeds", exceeds}};
    return r;
}

} // namespace sleutel::report
