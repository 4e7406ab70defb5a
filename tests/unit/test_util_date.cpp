// Calendar helpers: ISO dates, weekdays and ISO weeks across year ends.
#include "test_dates.hpp"
#include "util/date.hpp"

#include <doctest/doctest.h>

using namespace sleutel;
using namespace std::chrono;

TEST_CASE("dates are written YYYY-MM-DD with leading zeros") {
    CHECK(format_date(d(2026, 3, 7)) == "2026-03-07");
    CHECK(format_date(d(1, 1, 1)) == "0001-01-01");
    CHECK(format_date(d(9999, 12, 31)) == "9999-12-31");
}

TEST_CASE("day arithmetic crosses months, leap days and years") {
    CHECK(add_days(d(2024, 2, 28), 1) == d(2024, 2, 29));
    CHECK(add_days(d(2025, 2, 28), 1) == d(2025, 3, 1));
    CHECK(add_days(d(2026, 1, 1), -1) == d(2025, 12, 31));
    CHECK(from_days(to_days(d(2026, 11, 23))) == d(2026, 11, 23));
}

TEST_CASE("ISO weekdays run from Monday 1 to Sunday 7") {
    CHECK(iso_weekday(d(2026, 11, 23)) == 1); // a Monday
    CHECK(iso_weekday(d(2026, 11, 28)) == 6);
    CHECK(iso_weekday(d(2026, 11, 29)) == 7);
}

TEST_CASE("ISO weeks across year ends") {
    CHECK(iso_weeks_in_year(2026) == 53);
    CHECK(iso_weeks_in_year(2020) == 53);
    CHECK(iso_weeks_in_year(2025) == 52);
    CHECK(iso_weeks_in_year(2015) == 53);
    CHECK(iso_week_of(d(2027, 1, 3)).year == 2026);
    CHECK(iso_week_of(d(2027, 1, 3)).week == 53);
    CHECK(iso_week_of(d(2024, 12, 30)).year == 2025);
    CHECK(iso_week_of(d(2024, 12, 30)).week == 1);
}

TEST_CASE("the Monday of an ISO week, and back") {
    CHECK(iso_week_monday(2025, 1) == d(2024, 12, 30));
    CHECK(iso_week_monday(2026, 1) == d(2025, 12, 29));
    CHECK(iso_week_monday(2026, 47) == d(2026, 11, 16));
    CHECK(iso_week_monday(2026, 53) == d(2026, 12, 28));
    for (int y : {2019, 2020, 2021, 2026, 2027})
        for (unsigned w = 1; w <= iso_weeks_in_year(y); ++w) {
            const IsoWeek back = iso_week_of(add_days(iso_week_monday(y, w), 6));
            CHECK(back.year == y);
            CHECK(back.week == w);
        }
}
