// What `report progress` counts for one target: a single aggregate over the activities, their
// referrals or the community signals of a span, narrowed by the target's filters and the request.
#pragma once
#include "model/config.hpp"
#include "model/entities.hpp"
#include "store/store.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sleutel::db {

struct ProgressQuery {
    Measure measure = Measure::activities;
    Date from;
    Date to; // inclusive
    // The target's own filters.
    std::optional<std::string> theme;
    std::optional<std::string> type;         // activity.type; never given for signals
    std::optional<std::string> municipality; // the key person's municipality
    std::optional<std::string> funding;      // the funding of the activity's assignment
    // What the report was asked for (--person, --municipality).
    std::optional<Id> person;
    std::optional<std::string> scope_municipality;
    // Internal activity types: never counted as reached, reached_professionals or questions.
    std::vector<std::string> internal_types;
};

// The measure over the span: a count, a sum of minutes or of people reached, the key persons
// active. One statement, on the date index (or the person's when one is asked for).
std::int64_t progress_count(Store& store, const ProgressQuery& query);

} // namespace sleutel::db
