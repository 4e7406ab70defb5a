// The supervision card and key-person matching.
#include "domain/profile.hpp"

#include "domain/agreement.hpp"
#include "domain/alerts.hpp"
#include "domain/allowance.hpp"
#include "domain/signals.hpp"

#include "store/activity_store.hpp"
#include "store/agreement_store.hpp"
#include "store/organisation_store.hpp"
#include "store/people_store.hpp"
#include "store/report_store.hpp"
#include "store/signal_store.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sleutel {

namespace {

// The card shows the latest signals a key person raised; older ones are in `signal list`.
constexpr std::size_t card_signals = 10;

int level_rank(std::optional<Level> level) {
    return static_cast<int>(level.value_or(Level::b1));
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    return s;
}

Date months_before(Date day, int months) {
    const std::chrono::year_month ym =
        std::chrono::year_month{day.year(), day.month()} - std::chrono::months{months};
    const Date candidate{ym.year(), ym.month(), day.day()};
    return candidate.ok() ? candidate : Date{ym.year() / ym.month() / std::chrono::last};
}

std::vector<Alert> person_alerts(const ProfileCard& card, const Config& config, Date today) {
    const Language lang = config.programme.language;
    std::vector<Alert> alerts;
    const std::string& who = card.person.handle;
    if (card.person.status != "active")
        return alerts;
    // The card judges the four weeks against the contract alone; the availability it shows
    // is not part of the card's overload.
    const RecentWork& recent = card.last_4_weeks;
    if (auto overloaded =
            overload_alert(who, {recent.minutes, recent.contracted_minutes, std::nullopt}, config,
                           WorkSpan::last_4_weeks))
        alerts.push_back(std::move(*overloaded));
    const Date intervision_due = months_before(today, config.alerts.intervision_months);
    if (!card.last_intervision)
        alerts.push_back({AlertKind::intervision_overdue, who, tr(lang, "no intervision recorded"),
                          Severity::warning});
    else if (to_days(*card.last_intervision) < to_days(intervision_due))
        alerts.push_back(
            {AlertKind::intervision_overdue, who,
             tr_f(lang, "last intervision {}, more than {} months ago",
                  format_date(*card.last_intervision), config.alerts.intervision_months),
             Severity::warning});
    for (const Goal& goal : card.goals)
        if (to_days(goal.created_on) <= to_days(today) &&
            goal_state(goal, today) == GoalState::overdue)
            alerts.push_back({AlertKind::goal_overdue, who,
                              tr_f(lang, "goal {} was due {}", goal.id, format_date(*goal.due)),
                              Severity::info});
    const Date horizon = add_days(today, config.alerts.assignment_ending_days);
    for (const Assignment& a : card.assignments)
        if (a.active_on(today) && a.until && to_days(*a.until) <= to_days(horizon) &&
            (!a.until_known_on || to_days(*a.until_known_on) <= to_days(today)))
            alerts.push_back({AlertKind::assignment_ending, who,
                              tr_f(lang, "assignment {} at {} as {} ends {}", a.id, a.organisation,
                                   a.role, format_date(*a.until)),
                              Severity::info});
    return alerts;
}

} // namespace

bool is_intervision(const std::string& training_name) {
    const std::string name = lower(training_name);
    return name.find("intervisie") != std::string::npos ||
           name.find("intervision") != std::string::npos;
}

Minutes contracted_minutes(const Assignment& a, Date from, Date to) {
    const auto start = std::max(to_days(from), to_days(a.from));
    const auto end = a.until ? std::min(to_days(to), to_days(*a.until)) : to_days(to);
    if (end < start)
        return 0;
    const auto days = (end - start).count() + 1;
    // Weekly hours spread over seven days; rounded to whole minutes only at the end.
    return (a.minutes_per_week * days + 3) / 7;
}

namespace {

// What the card derives from its records: the last intervision (a recorded training, or a
// logged session of a type that counts as intervision), the last four weeks against the
// contract, and the signals.
void complete_card(ProfileCard& card, const Config& config, Date today, Minutes recent_minutes,
                   std::optional<Date> logged_intervision) {
    card.last_intervision = logged_intervision;
    for (const Training& t : card.person.fields.trainings)
        if (is_intervision(t.name) && t.completed_on &&
            to_days(*t.completed_on) <= to_days(today) &&
            (!card.last_intervision || to_days(*t.completed_on) > to_days(*card.last_intervision)))
            card.last_intervision = t.completed_on;
    RecentWork& recent = card.last_4_weeks;
    recent.minutes = recent_minutes;
    for (const Assignment& a : card.assignments)
        recent.contracted_minutes += contracted_minutes(a, recent.from, recent.to);
    card.alerts = person_alerts(card, config, today);
}

// The display name of one of the config's activity types.
std::string activity_type_name(const Config& config, const std::string& id) {
    for (const ActivityType& t : config.activity_types)
        if (t.id == id)
            return t.name;
    return id;
}

RecentWork recent_window(Date today) {
    RecentWork recent;
    recent.to = today;
    recent.from = add_days(today, -27);
    return recent;
}

} // namespace

namespace {

// After-hours work and the allowance of the month so far: what a supervision talk looks at.
ThisMonth this_month(Store& store, const Config& config, const ProfileCard& card, Date today) {
    ThisMonth month;
    const Id id = card.person.id;
    const Date first{today.year(), today.month(), std::chrono::day{1}};
    month.month = format_date(first).substr(0, 7);
    for (const db::PersonMonth& pm : db::person_months(store, {first, today, id, {}}))
        month.after_hours += pm.after_hours;
    if (config.allowance.ceilings.empty())
        return month;
    const CeilingFor ceiling = [&config](int year) -> const AllowanceCeiling& {
        const AllowanceCeiling* found = config.ceiling_for(year);
        return found ? *found : config.allowance.ceilings.front();
    };
    Age age;
    age.adult_from = adult_from(card.person.fields.birth_date, card.person.fields.birth_year);
    age.bands = db::age_bands_by_person(store, id)[id];
    const Date january{today.year(), std::chrono::January, std::chrono::day{1}};
    const auto days = db::person_days(store, {january, today, id, {}})[id];
    for (const MonthAllowance& m : monthly_allowance(days, card.agreements, age, ceiling))
        if (m.month == month.month)
            month.allowance = m;
    return month;
}

} // namespace

ProfileCard profile_card(Store& store, const Config& config, Id person, Date today) {
    ProfileCard card;
    card.person = db::load_person(store, person);
    card.assignments = db::assignments(store, {person, std::nullopt, std::nullopt, std::nullopt});
    card.goals = db::goals(store, person);
    card.status_history = db::status_history(store, person);
    card.last_4_weeks = recent_window(today);
    card.agreements = db::agreements(store, person);
    card.last_4_weeks.available_minutes =
        available_minutes(card.agreements, card.last_4_weeks.from, card.last_4_weeks.to);
    for (const db::TypedActivity& a : db::activities_of_types(
             store, person, config.types_counting_as(CountsAs::training), today))
        card.logged_trainings.push_back({a.id, activity_type_name(config, a.type), a.date});
    complete_card(card, config, today,
                  db::minutes_logged(store, person, card.last_4_weeks.from, card.last_4_weeks.to),
                  db::last_activity_of_types(
                      store, person, config.types_counting_as(CountsAs::intervision), today));
    card.this_month = this_month(store, config, card, today);
    // The signals they raised and what became of them: what a key person wants to hear back.
    db::SignalFilter theirs;
    theirs.to = today;
    theirs.person = person;
    theirs.limit = card_signals;
    for (Signal& s : db::list_signals(store, theirs)) {
        std::string status(signal_status(s, today));
        card.signals.push_back({std::move(s), std::move(status)});
    }
    return card;
}

std::map<Id, ProfileCard> profile_cards(Store& store, const Config& config, Date today) {
    const RecentWork window = recent_window(today);
    auto trainings = db::trainings_by_person(store, std::nullopt);
    auto goals = db::goals_by_person(store, std::nullopt);
    auto minutes = db::minutes_logged_by_person(store, window.from, window.to);
    const auto intervisions =
        db::last_activity_of_types(store, config.types_counting_as(CountsAs::intervision), today);
    std::map<Id, ProfileCard> cards;
    auto statuses = db::status_histories(store);
    for (Person& person : db::list_persons(store, std::nullopt)) {
        ProfileCard& card = cards[person.id];
        card.person = std::move(person);
        // The status of the day the cards are for, not of today.
        for (const StatusChange& change : statuses[card.person.id])
            if (to_days(change.since) <= to_days(today) ||
                &change == &statuses[card.person.id].front())
                card.person.status = change.status;
        card.person.fields.trainings = std::move(trainings[card.person.id]);
        card.goals = std::move(goals[card.person.id]);
        card.last_4_weeks = window;
    }
    for (Assignment& a : db::assignments(store, {}))
        if (const auto it = cards.find(a.person_id); it != cards.end())
            it->second.assignments.push_back(std::move(a));
    for (auto& [id, card] : cards) {
        const auto logged = intervisions.find(id);
        complete_card(card, config, today, minutes[id],
                      logged == intervisions.end() ? std::nullopt
                                                   : std::optional<Date>(logged->second));
    }
    return cards;
}

std::vector<Match> match_persons(Store& store, const Need& need, Date today) {
    std::vector<Match> matches;
    const auto all_assignments = db::assignments(store, {});
    for (Person& person : db::list_persons(store, std::string("active"))) {
        if (person.forgotten)
            continue;
        Match m;
        Minutes assigned = 0;
        bool had_role = false;
        for (const Assignment& a : all_assignments) {
            if (a.person_id != person.id)
                continue;
            if (a.active_on(today))
                assigned += a.minutes_per_week;
            if (need.role && a.role == *need.role)
                had_role = true;
        }
        m.available_minutes =
            std::max<Minutes>(0, person.fields.minutes_per_week.value_or(0) - assigned);
        auto judge = [&m](bool ok, std::string what) {
            (ok ? m.fits : m.misses).push_back(std::move(what));
        };
        for (const LanguageSkill& wanted : need.languages) {
            const auto it =
                std::find_if(person.fields.languages.begin(), person.fields.languages.end(),
                             [&](const LanguageSkill& s) { return s.code == wanted.code; });
            const std::string label =
                wanted.level ? fmt::format("{}:{}", wanted.code, format_level(*wanted.level))
                             : wanted.code;
            if (it == person.fields.languages.end())
                judge(false, label);
            else
                judge(!wanted.level || level_rank(it->level) >= level_rank(wanted.level),
                      fmt::format("{} ({})", label,
                                  it->level == Level::native
                                      ? trc(need.language, "language level", "native")
                                      : format_level(it->level.value_or(Level::b1))));
        }
        if (need.municipality)
            judge(person.fields.municipality == need.municipality, *need.municipality);
        if (need.role)
            judge(had_role, tr_f(need.language, "role {}", *need.role));
        if (need.gender)
            judge(person.fields.gender == need.gender,
                  tr_f(need.language, "gender {}", *need.gender));
        if (need.minutes_per_week)
            judge(m.available_minutes >= *need.minutes_per_week,
                  tr_f(need.language, "{} h/week free", format_duration(m.available_minutes)));
        m.person = std::move(person);
        matches.push_back(std::move(m));
    }
    std::stable_sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
        if (a.fits.size() != b.fits.size())
            return a.fits.size() > b.fits.size();
        return a.available_minutes > b.available_minutes;
    });
    return matches;
}

} // namespace sleutel
