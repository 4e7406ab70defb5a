// Signals: what a coordinator should look at this week. Judged on the report period, as of its
// last day (or today, when the period runs on).
#include "report/builders.hpp"

#include "model/words.hpp"

#include "domain/profile.hpp"
#include "store/signal_store.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <iterator>

namespace sleutel::report {

namespace {

// Activities on days that none of the person's assignments covers: their role, organisation
// and funding rest on nothing agreed, so the figures by role and organisation cannot be trusted
// until the log or the assignments are put right. An erased person's are left out: their log
// can no longer be put right.
void unassigned_activity(const Context& c, std::vector<Alert>& found) {
    for (const db::Unassigned& u : db::unassigned_activities(c.store, c.scope)) {
        const auto person = c.persons.find(u.person);
        if (person == c.persons.end() || !c.selected(person->second) || person->second.forgotten)
            continue;
        const std::string first = format_date(u.first);
        found.push_back({AlertKind::unassigned_activity, person->second.handle,
                         u.activities == 1
                             ? tr_f(c.lang, "1 activity outside every assignment, on {}", first)
                             : tr_f(c.lang,
                                    "{} activities outside every assignment, the "
                                    "first on {}",
                                    u.activities, first),
                         Severity::warning});
    }
}

// Work over what the person can carry, over the report's period.
void overload_alert(const Context& c, std::vector<Alert>& found) {
    for (const HoursRow& row : hours_rows(c))
        if (row.overload != Overload::none)
            found.push_back(*overload_alert(row.person->handle,
                                            {row.minutes, row.contracted, row.available}, c.config,
                                            WorkSpan::report_period));
}

// After-hours work counts per calendar month, also the part of the month before the period.
void after_hours_alerts(const Context& c, std::vector<Alert>& found) {
    const std::string first_month = format_date(c.scope.from).substr(0, 7);
    const int limit = c.config.alerts.after_hours_per_month;
    for (const db::PersonMonth& pm : c.year_months()) {
        const auto person = c.persons.find(pm.person);
        if (pm.month >= first_month && person != c.persons.end() && pm.after_hours > limit)
            found.push_back({AlertKind::after_hours, person->second.handle,
                             tr_f(c.lang, "{} times after hours in {} (limit {})", pm.after_hours,
                                  month_label(pm.month, c.config.programme.language), limit),
                             Severity::warning});
    }
}

void allowance_alerts(const Context& c, std::vector<Alert>& found) {
    if (c.config.allowance.ceilings.empty())
        return;
    for (const AllowanceRow& row : allowance_rows(c)) {
        const MonthAllowance& m = row.month;
        const std::string month = month_label(m.month, c.config.programme.language);
        if (m.exceeds)
            found.push_back({AlertKind::allowance_over, row.person->handle,
                             tr_f(c.lang, "allowance for {} above the ceiling", month),
                             Severity::warning});
        // Someone on a benefit risks it from 80% of the monthly ceiling on.
        else if (m.benefit_near)
            found.push_back({AlertKind::allowance_near, row.person->handle,
                             tr_f(c.lang,
                                  "allowance for {} at 80 percent of the ceiling, "
                                  "on a benefit",
                                  month),
                             Severity::warning});
        // Near: within 10% of the monthly or the yearly cap.
        else if (m.near)
            found.push_back({AlertKind::allowance_near, row.person->handle,
                             tr_f(c.lang, "allowance for {} close to the ceiling", month),
                             Severity::info});
    }
}

// Active key persons who logged nothing in the last weeks, and what their profile cards say:
// intervision, goals and ending assignments. Judged by the status of the day, so a later
// departure leaves this period's alerts be.
void inactive_and_card_alerts(const Context& c, std::vector<Alert>& found) {
    const Date as_of = c.as_of();
    const int weeks = c.config.alerts.inactive_weeks;
    const Date window = add_days(as_of, -7 * weeks + 1);
    std::map<Id, Date> last;
    for (const auto& [id, day] : db::last_activity(c.store, as_of))
        last[id] = day;
    std::map<Id, ProfileCard> cards = profile_cards(c.store, c.config, as_of);
    for (const auto& [id, person] : c.persons) {
        if (!c.selected(person) || c.status_on(person, as_of) != "active")
            continue;
        // Someone who joined within the window has not had the chance to be inactive.
        const auto& since = person.fields.since;
        if (since && to_days(*since) > to_days(window))
            continue;
        const auto it = last.find(id);
        if (it == last.end() || to_days(it->second) < to_days(window))
            found.push_back({AlertKind::inactive, person.handle,
                             it == last.end()
                                 ? tr_f(c.lang, "nothing logged yet (limit {} weeks)", weeks)
                                 : tr_f(c.lang, "last active {} (limit {} weeks)",
                                        format_date(it->second), weeks),
                             Severity::info});
        // The card's overload is of the last four weeks; the report's is of its period.
        for (Alert& s : cards[id].alerts)
            if (s.kind != AlertKind::overload)
                found.push_back(std::move(s));
    }
}

// Community signals an organisation has had longer than the programme allows without answering:
// the key person who raised them is waiting to hear back. As the report's day saw them.
void signal_unanswered(const Context& c, std::vector<Alert>& found) {
    const Date as_of = c.as_of();
    const int limit = c.config.alerts.answer_within_days;
    const bool narrowed = c.scope.person || c.scope.municipality;
    for (const Signal& s : db::awaiting_answer(c.store, as_of)) {
        const std::int64_t days = (to_days(as_of) - to_days(*s.forwarded_on)).count();
        if (days <= limit)
            continue;
        std::string person;
        if (s.person_id) {
            const auto it = c.persons.find(*s.person_id);
            if (it == c.persons.end() || !c.selected(it->second))
                continue;
            person = it->second.handle;
        } else if (narrowed) {
            continue;
        }
        found.push_back(
            {AlertKind::signal_unanswered, person,
             tr_f(c.lang, "signal {} forwarded to {} on {}, no answer after {} days", s.id,
                  s.organisation.value_or(""), format_date(*s.forwarded_on), days),
             Severity::warning});
    }
}

} // namespace

Report alerts(const Context& c) {
    Report r;
    r.kind = "alerts";
    r.group_by = "person";
    r.title = tr(c.lang, "Alerts");
    r.table.columns = {{"kind", tr(c.lang, "kind"), words::alert_kind},
                       {"person", tr(c.lang, "person")},
                       {"detail", tr(c.lang, "detail")},
                       {"severity", tr(c.lang, "severity"), words::severity}};
    std::vector<Alert> found;
    overload_alert(c, found);
    after_hours_alerts(c, found);
    allowance_alerts(c, found);
    inactive_and_card_alerts(c, found);
    unassigned_activity(c, found);
    signal_unanswered(c, found);

    std::stable_sort(found.begin(), found.end(), [](const Alert& a, const Alert& b) {
        if (a.person != b.person)
            return a.person < b.person;
        return a.kind < b.kind;
    });
    std::int64_t warnings = 0;
    for (const Alert& s : found) {
        r.table.rows.push_back({std::string(alert_kind_name(s.kind)), s.person, s.detail,
                                std::string(severity_name(s.severity))});
        warnings += s.severity == Severity::warning ? 1 : 0;
    }
    // The allowance alerts rest on the ceilings: one borrowed from another year is said here too.
    r.notes = c.allowance_notes;
    r.totals = {{"alerts", static_cast<std::int64_t>(found.size())},
                {"warnings", warnings},
                {"info", static_cast<std::int64_t>(found.size()) - warnings}};
    return r;
}

} // namespace sleutel::report
