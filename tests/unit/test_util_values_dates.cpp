// Dates, weekdays and times of day as users type them.
#include "test_dates.hpp"
#include "util/error.hpp"
#include "util/values.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace sleutel;
using namespace std::chrono;

namespace {

const Date today = d(2026, 11, 23); // a Monday

} // namespace

TEST_CASE("dates") {
    CHECK(parse_date("2026-02-28", today) == d(2026, 2, 28));
    CHECK(parse_date("2024-02-29", today) == d(2024, 2, 29));
    CHECK(parse_date("today", today) == today);
    CHECK(parse_date("yesterday", today) == d(2026, 11, 22));
    CHECK(parse_date("-3d", today) == d(2026, 11, 20));
    CHECK(parse_date("-0d", today) == today);
    CHECK(parse_date("mon", today) == today); // on or before today
    CHECK(parse_date("ma", today) == today);
    CHECK(parse_date("sun", today) == d(2026, 11, 22));
    CHECK(parse_date("vr", today) == d(2026, 11, 20));
    CHECK(parse_date("tue", today) == d(2026, 11, 17));
    for (const char* bad :
         {"", "2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-1-1", "26-11-01",
          "2026/11/01", "-d", "-3", "3d", "-99999999999d", "morgen", "2026-11-01x", "0000-01-01"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(parse_date(bad, today), DataError);
    }
}

TEST_CASE("times of day") {
    CHECK(parse_time_of_day("00:00") == 0);
    CHECK(parse_time_of_day("9:30") == 570);
    CHECK(parse_time_of_day("23:59") == 1439);
    CHECK(format_time_of_day(570) == "09:30");
    for (const char* bad : {"", "25:00", "24:00", "12:60", "12", "12:5", "ab:cd", "-1:00"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(parse_time_of_day(bad), DataError);
    }
}

TEST_CASE("weekday names, English and Dutch, in any case") {
    CHECK(parse_weekday("mon") == 1u);
    CHECK(parse_weekday("ma") == 1u);
    CHECK(parse_weekday("WO") == 3u);
    CHECK(parse_weekday("Sun") == 7u);
    CHECK(parse_weekday("zo") == 7u);
    for (const char* bad : {"", "m", "monday", "maandag", "mo", "su", " mon", "fri "}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_weekday(bad));
    }
}
