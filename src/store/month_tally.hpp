// The monthly totals kept beside the activity log (schema version 5): a report of whole months
// adds up a few thousand of them instead of every activity. Internal to the store's sources.
#pragma once
#include "model/entities.hpp"
#include "store/store.hpp"

#include <functional>
#include <optional>
#include <string>

namespace sleutel::db::tallies {

// A span of whole calendar months, as `YYYY-MM` text.
struct Months {
    std::string first;
    std::string last;
    int count = 0;
};

// The months of [from, to] when the span is whole months (the 1st of one to the last day of
// another), else nothing.
std::optional<Months> whole_months(Date from, Date to);

// Runs `query` against `month_tally` and `month_theme_tally` when every month of `months` is
// added up there, in one read transaction with that check, and returns true. Missing months are
// added up first, each in its own short write transaction; where that cannot be done now (a
// read-only database, another writer at work, a full disk) it returns false without running
// `query`, and the caller adds up the activities themselves.
bool on_tallies(Store& store, const Months& months, const std::function<void()>& query);

// on_tallies() for the span [from, to] when it is whole months: `query` gets the months.
bool on_whole_months(Store& store, Date from, Date to,
                     const std::function<void(const Months&)>& query);

} // namespace sleutel::db::tallies
