// Calendar dates as std::chrono::year_month_day, with the few helpers every layer needs.
#pragma once
#include <chrono>
#include <string>

namespace sleutel {

using Date = std::chrono::year_month_day;

// Days since 1970-01-01, convenient for arithmetic and comparisons.
inline std::chrono::sys_days to_days(Date d) {
    return std::chrono::sys_days{d};
}
inline Date from_days(std::chrono::sys_days d) {
    return Date{d};
}
inline Date add_days(Date d, int n) {
    return from_days(to_days(d) + std::chrono::days{n});
}

// ISO 8601 `YYYY-MM-DD`.
std::string format_date(Date d);

// ISO weekday: 1 = Monday .. 7 = Sunday.
unsigned iso_weekday(Date d);

struct IsoWeek {
    int year;
    unsigned week;
};
IsoWeek iso_week_of(Date d);
// Monday of ISO week `week` of ISO year `year` (week must be valid for that year).
Date iso_week_monday(int year, unsigned week);
// 52 or 53.
unsigned iso_weeks_in_year(int year);

} // namespace sleutel
