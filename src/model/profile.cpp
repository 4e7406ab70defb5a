// The state of a development goal on a day: it belongs to the goal, whoever shows it.
#include "model/profile.hpp"

namespace sleutel {

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
