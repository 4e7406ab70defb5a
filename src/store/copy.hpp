// A whole programme copied from one database into a new one, and checked row for row.
#pragma once
#include "store/store.hpp"

#include <array>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sleutel::db {

// The tables a programme consists of, each after the tables its rows refer to.
inline constexpr std::array<std::string_view, 15> programme_tables{
    "person",   "organisation", "person_language", "person_status",  "agreement",
    "age_band", "assignment",   "activity",        "activity_theme", "activity_referral",
    "training", "goal",         "signal",          "signal_theme",   "audit"};
// The monthly totals: worked out again from the activities when a report first needs them, so
// a copy leaves them out.
inline constexpr std::array<std::string_view, 3> derived_tables{"tally_month", "month_tally",
                                                                "month_theme_tally"};

struct CopiedTable {
    std::string table;
    std::int64_t rows = 0;
};

// Copies every programme table of `source`, as one consistent snapshot, into a new database
// at `target`, with the same ids and the same next id per table, and one audit row for the copy.
// The copy is made under a temporary name beside `target`, compared row for row with the
// snapshot, and only then linked into place: a failure at any step leaves no file behind.
// An existing `target`, of whatever kind, is refused (CantCreateError).
std::vector<CopiedTable> copy_programme(Store& source, const std::string& target,
                                        std::chrono::milliseconds wait);

// Throws StorageError, naming the table and row, unless `copy` holds the same rows as `original`
// in every programme table, value for value and type for type.
void check_same_programme(Store& original, Store& copy);

} // namespace sleutel::db
