// The state of a development goal on a day: it belongs to the goal, whoever shows it.
#include "model/profile.hpp"

namespace sleutel {

namespace {
// In the order of AlertKind.
constexpr std::string_view alert_kinds[] = {
    "overload",          "after_hours",  "allowance_over",
    "allowance_near",    "inactive",     "intervision_overdue",
    "assignment_ending", "goal_overdue", "unassigned_activity",
    "signal_unanswered"};
static_assert(std::size(alert_kinds) == static_cast<std::size_t>(AlertKind::signal_unanswered) + 1);
} // namespace

std::string_view alert_kind_name(AlertKind kind) {
    return alert_kinds[static_cast<std::size_t>(kind)];
}

std::string_view severity_name(Severity severity) {
    return severity == Severity::warning ? "warning" : "info";
}

std::string_view goal_state_name(GoalState state) {
    switch (state) {
    case GoalState::open:
        return "open";
    case GoalState::overdue:
        return "overdue";
    case GoalState::done:
        return "done";
    }
    return "open";
}

GoalState goal_state(const Goal& goal, Date today) {
    // Done later than `today` was still open then.
    if (goal.done_on && to_days(*goal.done_on) <= to_days(today))
        return GoalState::done;
    if (goal.due && to_days(*goal.due) < to_days(today))
        return GoalState::overdue;
    return GoalState::open;
}

} // namespace sleutel
