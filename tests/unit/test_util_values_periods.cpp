// Periods: named ones, years, quarters, months, ISO weeks, days and ranges.
#include "test_dates.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/values.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace sleutel;
using namespace std::chrono;

namespace {

const Date today = d(2026, 11, 23); // a Monday

void check_period(std::string_view text, Date from, Date to, std::string_view label) {
    CAPTURE(text);
    const Period p = parse_period(text, today);
    CHECK(p.from == from);
    CHECK(p.to == to);
    CHECK(p.label == label);
}

} // namespace

TEST_CASE("periods") {
    check_period("today", today, today, "2026-11-23");
    check_period("yesterday", d(2026, 11, 22), d(2026, 11, 22), "2026-11-22");
    check_period("thisweek", d(2026, 11, 23), d(2026, 11, 29), "2026-W48");
    check_period("lastweek", d(2026, 11, 16), d(2026, 11, 22), "2026-W47");
    check_period("thismonth", d(2026, 11, 1), d(2026, 11, 30), "2026-11");
    check_period("lastmonth", d(2026, 10, 1), d(2026, 10, 31), "2026-10");
    check_period("thisquarter", d(2026, 10, 1), d(2026, 12, 31), "2026-Q4");
    check_period("lastquarter", d(2026, 7, 1), d(2026, 9, 30), "2026-Q3");
    check_period("thisyear", d(2026, 1, 1), d(2026, 12, 31), "2026");
    check_period("lastyear", d(2025, 1, 1), d(2025, 12, 31), "2025");
    check_period("2024-02", d(2024, 2, 1), d(2024, 2, 29), "2024-02");
    check_period("2026-Q1", d(2026, 1, 1), d(2026, 3, 31), "2026-Q1");
    check_period("2026-11-20", d(2026, 11, 20), d(2026, 11, 20), "2026-11-20");
    check_period("2026-10..2026-11", d(2026, 10, 1), d(2026, 11, 30), "2026-10-01..2026-11-30");
    check_period("lastmonth..today", d(2026, 10, 1), today, "2026-10-01..2026-11-23");
    const Period open = parse_period("2026-11-01..", today);
    CHECK(open.from == d(2026, 11, 1));
    CHECK(open.label == "2026-11-01..");
    CHECK(parse_period("..2026", today).to == d(2026, 12, 31));
    check_period("-3d..today", d(2026, 11, 20), today, "2026-11-20..2026-11-23");
    check_period("fri..", d(2026, 11, 20), Date{year{9999}, December, std::chrono::day{31}},
                 "2026-11-20..");

    SUBCASE("a January today reaches back into last year") {
        const Date jan = d(2027, 1, 2);
        CHECK(parse_period("lastmonth", jan).from == d(2026, 12, 1));
        CHECK(parse_period("lastquarter", jan).label == "2026-Q4");
        CHECK(parse_period("thisweek", jan).label == "2026-W53");
    }
    for (const char* bad : {"", "lastweeks", "2026-13", "2026-Q5", "2026-Q0", "2026-11-31",
                            "2026-11..2026-10", "x..2026", "2026..y", "....", "20261"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(parse_period(bad, today), DataError);
    }
}

TEST_CASE("periods at the end of the calendar end on 9999-12-31 or are refused") {
    const Date today{year{2026}, November, day{23}};
    CHECK(format_date(parse_period("9999-12", today).to) == "9999-12-31");
    CHECK(format_date(parse_period("9999", today).to) == "9999-12-31");
    CHECK(format_date(parse_period("9999-Q4", today).to) == "9999-12-31");
    CHECK(format_date(parse_period("9999-W51", today).to) == "9999-12-26");
    CHECK_THROWS_AS(parse_period("9999-W52", today), DataError);
    CHECK_THROWS_AS(parse_period("9999-W53", today), DataError);
    CHECK_THROWS_AS(parse_period("2026-01..9999-W52", today), DataError);
    CHECK_THROWS_AS(parse_period("10000", today), DataError);
}

TEST_CASE("ISO week periods across year ends") {
    check_period("2026-W53", d(2026, 12, 28), d(2027, 1, 3), "2026-W53");
    check_period("2020-W53", d(2020, 12, 28), d(2021, 1, 3), "2020-W53");
    check_period("2025-W01", d(2024, 12, 30), d(2025, 1, 5), "2025-W01");
    check_period("2026-w47", d(2026, 11, 16), d(2026, 11, 22), "2026-W47");
    CHECK_THROWS_WITH_AS(parse_period("2025-W53", today),
                         "not a period: 2025 has only 52 ISO weeks", DataError);
    CHECK_THROWS_WITH_AS(parse_period("2026-02-30", today),
                         "not a period: '2026-02-30' is not a date", DataError);
    CHECK_THROWS_WITH_AS(parse_period("2026-13", today), "not a period: there is no month 13",
                         DataError);
    CHECK_THROWS_AS(parse_period("2026-W00", today), DataError);
    CHECK_THROWS_AS(parse_period("2026-W54", today), DataError);
}

TEST_CASE("the period hint is made in the user's language when it is given") {
    set_message_language(Language::nl);
    std::string hint;
    try {
        (void)parse_period("nooit", today);
    } catch (const DataError& e) {
        hint = e.hint();
    }
    set_message_language(Language::en);
    CHECK(hint.starts_with("schrijf "));
    CHECK(hint.ends_with(" of VAN..TOT"));
}
