// What a key person's card shows (for a supervision talk) and what a match against a need
// found: plain data, built in domain/profile.cpp and written by render/profile_card.cpp.
#pragma once
#include "model/agreement.hpp"
#include "model/entities.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sleutel {

// What a signal is about, in the order reports list them.
enum class AlertKind {
    overload,
    after_hours,
    allowance_over,
    allowance_near,
    inactive,
    intervision_overdue,
    assignment_ending,
    goal_overdue,
    unassigned_activity,
    signal_unanswered, // about a community signal: person is who raised it, or empty
};
// The id in JSON and CSV: `overload`, `intervision_overdue`, ...
std::string_view alert_kind_name(AlertKind kind);

enum class Severity { warning, info };
std::string_view severity_name(Severity severity);

struct Alert {
    AlertKind kind = AlertKind::overload;
    std::string person; // handle
    std::string detail; // one line for people
    Severity severity = Severity::warning;
};

enum class GoalState { open, overdue, done };
std::string_view goal_state_name(GoalState state);
GoalState goal_state(const Goal& goal, Date today);

struct RecentWork {
    Date from;
    Date to;
    Minutes minutes = 0;                      // logged
    Minutes contracted_minutes = 0;           // pro rata per day from the assignments active then
    std::optional<Minutes> available_minutes; // pro rata from the person's own agreement
};

// The current calendar month up to the card's day.
struct ThisMonth {
    std::string month; // YYYY-MM
    std::int64_t after_hours = 0;
    // The volunteer allowance so far, against the caps; none when not a volunteer this month or
    // the config has no ceilings.
    std::optional<MonthAllowance> allowance;
};

// A logged activity of a type that counts as training, shown among the card's trainings.
struct LoggedTraining {
    Id activity_id = 0;
    std::string name; // the activity type's name
    Date date;
};

// A community signal the key person raised, with where it stood on the card's day.
struct CardSignal {
    Signal signal;
    std::string status; // open, forwarded, answered or closed
};

struct ProfileCard {
    Person person;
    std::vector<Assignment> assignments;
    std::vector<Goal> goals;
    std::vector<StatusChange> status_history;
    std::vector<LoggedTraining> logged_trainings; // oldest first
    // The later of a recorded training named intervision and the latest logged activity, on or
    // before the card's date, of a type that counts as intervision.
    std::optional<Date> last_intervision;
    RecentWork last_4_weeks;
    std::vector<Agreement> agreements;
    ThisMonth this_month;
    std::vector<Alert> alerts;
    std::vector<CardSignal> signals; // the latest they raised, newest first
};

struct Need {
    std::vector<LanguageSkill> languages; // level: the minimum, if given
    std::optional<std::string> municipality;
    std::optional<std::string> role;
    std::optional<std::string> gender;
    std::optional<Minutes> minutes_per_week;
    Language language = Language::en; // of what fits and what misses
};

struct Match {
    Person person;
    Minutes available_minutes = 0; // hours a week minus hours in active assignments
    std::vector<std::string> fits;
    std::vector<std::string> misses;
};

} // namespace sleutel
