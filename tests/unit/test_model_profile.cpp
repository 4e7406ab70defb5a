// A goal's state on a day: done once it is done, overdue after its due day, else open.
#include "model/profile.hpp"
#include "test_dates.hpp"

#include <doctest/doctest.h>

using namespace sleutel;
using namespace std::chrono;

TEST_CASE("a goal is open until its due day, overdue after it") {
    Goal g;
    g.due = d(2026, 11, 30);
    CHECK(goal_state(g, d(2026, 11, 30)) == GoalState::open);
    CHECK(goal_state(g, d(2026, 12, 1)) == GoalState::overdue);
    g.due.reset();
    CHECK(goal_state(g, d(2099, 1, 1)) == GoalState::open);
}

TEST_CASE("a goal is done from the day it was done, even when that was late") {
    Goal g;
    g.due = d(2026, 11, 1);
    g.done_on = d(2026, 11, 20);
    CHECK(goal_state(g, d(2026, 11, 19)) == GoalState::overdue); // not yet done then
    CHECK(goal_state(g, d(2026, 11, 20)) == GoalState::done);
    CHECK(goal_state(g, d(2027, 1, 1)) == GoalState::done);
}

TEST_CASE("goal states have their names") {
    CHECK(goal_state_name(GoalState::open) == "open");
    CHECK(goal_state_name(GoalState::overdue) == "overdue");
    CHECK(goal_state_name(GoalState::done) == "done");
}

TEST_CASE("signal kinds and severities have one id each, in the order reports list them") {
    std::vector<std::string_view> names;
    for (int k = 0; k <= static_cast<int>(AlertKind::unassigned_activity); ++k)
        names.push_back(alert_kind_name(static_cast<AlertKind>(k)));
    CHECK(names == std::vector<std::string_view>{"overload", "after_hours", "allowance_over",
                                                 "allowance_near", "inactive",
                                                 "intervision_overdue", "assignment_ending",
                                                 "goal_overdue", "unassigned_activity"});
    CHECK(alert_kind_name(AlertKind::overload) == "overload");
    CHECK(alert_kind_name(AlertKind::unassigned_activity) == "unassigned_activity");
    CHECK(AlertKind::overload < AlertKind::goal_overdue);
    CHECK(severity_name(Severity::warning) == "warning");
    CHECK(severity_name(Severity::info) == "info");
}
