// ISO 8601 calendar and week arithmetic on std::chrono dates.
#include "util/date.hpp"

#include <fmt/format.h>

namespace sleutel {

using namespace std::chrono;

std::string format_date(Date d) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()),
                       static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

unsigned iso_weekday(Date d) {
    return weekday{to_days(d)}.iso_encoding();
}

Date iso_week_monday(int year, unsigned week) {
    // ISO week 1 is the week holding 4 January.
    const sys_days jan4{std::chrono::year{year} / January / 4};
    const sys_days week1_monday = jan4 - days{weekday{jan4}.iso_encoding() - 1};
    return Date{week1_monday + weeks{week - 1}};
}

IsoWeek iso_week_of(Date d) {
    // The ISO year of a date is the calendar year of the Thursday in its week.
    const sys_days day = to_days(d);
    const sys_days thursday = day + days{4 - static_cast<int>(iso_weekday(d))};
    const int iso_year = static_cast<int>(Date{thursday}.year());
    const sys_days monday1 = to_days(iso_week_monday(iso_year, 1));
    const auto week = static_cast<unsigned>((day - monday1).count() / 7 + 1);
    return {iso_year, week};
}

unsigned iso_weeks_in_year(int year) {
    // A year has 53 ISO weeks when 28 December (always in the last week) is in week 53.
    return iso_week_of(Date{std::chrono::year{year} / December / 28}).week;
}

} // namespace sleutel
