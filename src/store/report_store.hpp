// The aggregate queries behind the reports. Each is one SQL statement that groups in SQLite, so a
// report over millions of activities reads them once and hands C++ only the groups. Spans of
// whole months read the monthly totals kept beside the activities instead (month_tally.hpp).
#pragma once
#include "model/agreement.hpp"
#include "model/entities.hpp"
#include "store/store.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sleutel::db {

// Which activities a report looks at.
struct ActivityScope {
    Date from;
    Date to; // inclusive
    std::optional<Id> person;
    std::optional<std::string> municipality; // the key person's municipality code
    // Activity types that are the team's own work: their hours count, their reach and questions
    // never do.
    std::vector<std::string> internal_types = {};
};

// What a group of activities adds up to.
struct Tally {
    std::int64_t activities = 0;
    Minutes minutes = 0;
    std::int64_t questions = 0;
    std::int64_t reached = 0; // newcomers
    std::int64_t reached_professionals = 0;
    std::int64_t referrals = 0; // the sum of referral counts
    std::int64_t after_hours = 0;
    std::int64_t km_tenths = 0;
    Cents expenses_cents = 0;

    Tally& operator+=(const Tally& other);
};

// `funding` and `scope` are the activity's assignment's: who pays for it, local or regional work.
enum class Dimension { person, municipality, org, role, type, theme, day, month, funding, scope };

struct Group {
    std::optional<std::string> key;   // null: activities without an org, or without a theme
    std::optional<std::string> label; // a person's or organisation's name, when the key has one
    Tally tally;
};

// Groups in key order. By theme an activity counts once in each of its themes.
std::vector<Group> tally_by(Store& store, const ActivityScope& scope, Dimension by);
// Every activity once.
Tally tally_all(Store& store, const ActivityScope& scope);

struct TargetCount {
    std::string target;
    std::int64_t referrals = 0;  // the sum of the counts
    std::int64_t activities = 0; // activities that referred there
};
std::vector<TargetCount> referrals_by_target(Store& store, const ActivityScope& scope);
// Over all targets; an activity with two targets counts once in `activities`.
TargetCount referral_totals(Store& store, const ActivityScope& scope);

// One key person's work in one calendar month.
struct PersonMonth {
    Id person = 0;
    std::string month; // YYYY-MM
    Minutes minutes = 0;
    std::int64_t km_tenths = 0;
    std::int64_t after_hours = 0;
};
// In person, then month order.
std::vector<PersonMonth> person_months(Store& store, const ActivityScope& scope);

// Each person's work per day, in date order: what the allowance is computed from.
std::map<Id, std::vector<WorkDay>> person_days(Store& store, const ActivityScope& scope);
// Each person's work per calendar month of `scope` (whole months), in month order, each month as
// one WorkDay dated its first day, from the monthly totals. Nothing when those cannot be had (the
// span is not whole months, or the database is busy or read-only): then read person_days.
std::optional<std::map<Id, std::vector<WorkDay>>> person_month_work(Store& store,
                                                                    const ActivityScope& scope);

// The day of each person's latest activity on or before `up_to`.
std::vector<std::pair<Id, Date>> last_activity(Store& store, Date up_to);

// Per key person, the activities in the scope on a day that none of their assignments covers
// (none runs from on or before that day to on or after it): how many, and the first such day.
struct Unassigned {
    Id person = 0;
    std::int64_t activities = 0;
    Date first;
};
// In person order; persons without such activities are left out.
std::vector<Unassigned> unassigned_activities(Store& store, const ActivityScope& scope);

} // namespace sleutel::db
