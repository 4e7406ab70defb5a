// The named periods parse_period (util/values.hpp) understands besides years, quarters, months,
// ISO weeks, days and ranges: one list, for the parser's users that offer or name them.
#pragma once

namespace sleutel {

inline constexpr const char* period_keywords[] = {
    "today",     "yesterday",   "thisweek",    "lastweek", "thismonth",
    "lastmonth", "thisquarter", "lastquarter", "thisyear", "lastyear"};

} // namespace sleutel
