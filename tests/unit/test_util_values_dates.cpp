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

TEST_CASE("dates as a Dutch spreadsheet writes them: the day first") {
    CHECK(parse_day_month_year("1-3-2026") == d(2026, 3, 1));
    CHECK(parse_day_month_year("01-03-2026") == d(2026, 3, 1));
    CHECK(parse_day_month_year("30/11/2026") == d(2026, 11, 30));
    CHECK(parse_day_month_year("9/1/2026") == d(2026, 1, 9));
    CHECK(parse_day_month_year("29-2-2024") == d(2024, 2, 29));
    // Other shapes are not this parser's: no answer, no error.
    for (const char* other : {"", "2026-03-01", "1-3-26", "1-3/2026", "123-1-2026", "1--2026",
                              "1-3-2026x", "a-3-2026", "-1-3-2026", "1.3.2026", "today"}) {
        CAPTURE(other);
        CHECK_FALSE(parse_day_month_year(other));
    }
    // The right shape, a day that does not exist: said so, not taken for other text.
    for (const char* missing :
         {"30-2-2026", "29-02-2025", "31/4/2026", "0-1-2026", "1-13-2026", "1-1-0000"}) {
        CAPTURE(missing);
        CHECK_THROWS_WITH_AS(parse_day_month_year(missing),
                             ("the date '" + std::string(missing) + "' does not exist").c_str(),
                             DataError);
    }
}

TEST_CASE("a date in an imported file") {
    // Always: ISO and what parse_date reads.
    for (bool dutch : {false, true}) {
        CAPTURE(dutch);
        CHECK(parse_file_date("2026-11-20", today, dutch) == d(2026, 11, 20));
        CHECK(parse_file_date("yesterday", today, dutch) == d(2026, 11, 22));
        CHECK_THROWS_WITH_AS(parse_file_date("2026-02-30", today, dutch),
                             "the date '2026-02-30' does not exist", DataError);
    }
    // The day first only in a `;` file; elsewhere it is refused with a hint why.
    CHECK(parse_file_date("20-11-2026", today, true) == d(2026, 11, 20));
    CHECK(parse_file_date("1/3/2026", today, true) == d(2026, 3, 1));
    try {
        parse_file_date("20-11-2026", today, false);
        FAIL("a day-first date was read in a comma file");
    } catch (const DataError& e) {
        CHECK(std::string(e.what()) == "not a date: '20-11-2026'");
        CHECK(e.hint().find("';'") != std::string::npos);
    }
    CHECK_THROWS_WITH_AS(parse_file_date("30-2-2026", today, true),
                         "the date '30-2-2026' does not exist", DataError);
    // A spreadsheet's serial day number, in either kind of file: refused, with what to do.
    for (const char* serial : {"46000", "46000,5", "46000.25"}) {
        for (bool dutch : {false, true}) {
            CAPTURE(serial);
            try {
                parse_file_date(serial, today, dutch);
                FAIL("a serial day number was read as a date");
            } catch (const DataError& e) {
                CHECK(std::string(e.what()) == "not a date: '" + std::string(serial) + "'");
                CHECK(e.hint().find("format the column as a date") != std::string::npos);
            }
        }
    }
    // Not a serial number: the ordinary refusal.
    try {
        parse_file_date("4600", today, true);
        FAIL("4600 was read as a date");
    } catch (const DataError& e) {
        CHECK(e.hint().find("format the column") == std::string::npos);
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
    CHECK(parse_weekday("maandag") == 1u);
    CHECK(parse_weekday("Woensdag") == 3u);
    CHECK(parse_weekday("ZONDAG") == 7u);
    for (const char* bad : {"", "m", "monday", "maan", "maandagen", "mo", "su", " mon", "fri "}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_weekday(bad));
    }
}
