// Numbers with a unit: durations, hours per week, money, distances, seconds and counts.
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/values.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace sleutel;
using namespace std::chrono;

TEST_CASE("durations") {
    CHECK(parse_duration("90m") == 90);
    CHECK(parse_duration("1h") == 60);
    CHECK(parse_duration("1h30") == 90);
    CHECK(parse_duration("1h30m") == 90);
    CHECK(parse_duration("1.5h") == 90);
    CHECK(parse_duration("1,5u") == 90);
    CHECK(parse_duration("0.25h") == 15);
    CHECK(parse_duration("1:30") == 90);
    CHECK(parse_duration("1u30") == 90);
    CHECK(parse_duration("24h") == 1440);
    CHECK(parse_duration("0:05") == 5);
    CHECK(format_duration(90) == "1:30");
    CHECK(format_duration(5) == "0:05");
    CHECK(format_duration(6000) == "100:00");
    for (const char* bad : {"",      "0m",     "0h",    "0:00",   "25h",
                            "24h01", "1441m",  "25:00", "1.5.3h", "1h60",
                            "1:5",   "1:60",   "h",     "m",      "90",
                            "1.5m",  "1.333h", "1h30x", "-1h",    "99999999999999999999m",
                            "1hm",   "1h 30"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(parse_duration(bad), DataError);
    }
}

TEST_CASE("weekly hours") {
    CHECK(parse_hours("18") == 18 * 60);
    CHECK(parse_hours("4.5") == 270);
    CHECK(parse_hours("4,5") == 270);
    CHECK(parse_hours("0") == 0);
    CHECK(parse_hours("8h") == 480);
    for (const char* bad : {"", "169", "-4", "4.567", "x", "1e3"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(parse_hours(bad), DataError);
    }
}

TEST_CASE("money") {
    CHECK(parse_money("12,50") == 1250);
    CHECK(parse_money("12.50") == 1250);
    CHECK(parse_money("12.5") == 1250);
    CHECK(parse_money("12") == 1200);
    CHECK(parse_money("0") == 0);
    CHECK(parse_money("\xE2\x82\xAC 3,10") == 310);
    CHECK(parse_money("\xE2\x82\xAC"
                      "3") == 300);
    CHECK(format_money(1250, Language::nl) == "\xE2\x82\xAC 12,50");
    CHECK(format_money(1250, Language::en) == "\xE2\x82\xAC"
                                              "12.50");
    CHECK(format_money(123456789, Language::nl) == "\xE2\x82\xAC 1.234.567,89");
    CHECK(format_money(5, Language::en) == "\xE2\x82\xAC"
                                           "0.05");
    for (const char* bad :
         {"", "-5", "12,505", "1.234,50", "abc", "12,", ",50", "99999999999999999999"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(parse_money(bad), DataError);
    }
}

TEST_CASE("km and counts") {
    CHECK(parse_km_tenths("12") == 120);
    CHECK(parse_km_tenths("7.5") == 75);
    CHECK(parse_km_tenths("7,5") == 75);
    CHECK(format_km(75) == "7.5");
    CHECK(format_km(120) == "12");
    CHECK_THROWS_AS(parse_km_tenths("7.55"), DataError);
    CHECK_THROWS_AS(parse_km_tenths("-1"), DataError);
    CHECK(parse_count("0", "people") == 0);
    CHECK(parse_count("25", "people") == 25);
    CHECK_THROWS_AS(parse_count("-1", "people"), DataError);
    CHECK_THROWS_AS(parse_count("1.5", "people"), DataError);
    CHECK_THROWS_AS(parse_count("9999999999999", "people"), DataError);
}

TEST_CASE("seconds to wait") {
    CHECK(parse_seconds_ms("5") == 5000);
    CHECK(parse_seconds_ms("0") == 0);
    CHECK(parse_seconds_ms("0.5") == 500);
    CHECK(parse_seconds_ms("1,25") == 1250);
    CHECK(parse_seconds_ms("3600") == 3'600'000);
    for (const char* bad : {"", "-1", "abc", "5s", "nan", "inf", "3601", "1e3", "0.0001"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(parse_seconds_ms(bad), DataError);
    }
}

TEST_CASE("a well-formed number past the limit is too large, not malformed") {
    CHECK(number_too_large("99999999999999999999", 1e9));
    CHECK(number_too_large("1e30", 99999));
    CHECK(number_too_large("1e309", 99999));
    CHECK(number_too_large("12,5", 10));
    CHECK_FALSE(number_too_large("12", 99));
    CHECK_FALSE(number_too_large("abc", 1));
    CHECK_FALSE(number_too_large("-5", 1));
    CHECK_FALSE(number_too_large("inf", 1));
    CHECK_FALSE(number_too_large("1.2.3", 1));
    CHECK_THROWS_WITH_AS(parse_count("99999999999999999999", "people reached"),
                         "too large a count of people reached: '99999999999999999999'", DataError);
    CHECK_THROWS_WITH_AS(parse_count("x1", "people reached"), "not a count of people reached: 'x1'",
                         DataError);
    CHECK_THROWS_WITH_AS(parse_km_tenths("1e30"), "too large a distance in km: '1e30'", DataError);
    CHECK_THROWS_WITH_AS(parse_money("99999999999999999999"),
                         "too large an amount of money: '99999999999999999999'", DataError);
    CHECK_THROWS_WITH_AS(parse_hours("99999999999999999999"),
                         "too many hours per week: '99999999999999999999'", DataError);
    CHECK_THROWS_WITH_AS(parse_duration("999999h"), "a duration can be at most 24 hours: '999999h'",
                         DataError);
    CHECK_THROWS_WITH_AS(parse_duration("99999999999999999999m"),
                         "a duration can be at most 24 hours: '99999999999999999999m'", DataError);
}

TEST_CASE("rounded division goes to the nearest whole number, halves up") {
    CHECK(rounded_div(149, 100) == 1);
    CHECK(rounded_div(150, 100) == 2);
    CHECK(rounded_div(90 * 450, 60) == 675); // 1:30 at 4,50 an hour
    CHECK(rounded_div(0, 60) == 0);
}

TEST_CASE("a refused amount is told in the user's language, the hint too") {
    set_message_language(Language::nl);
    std::string message, hint;
    try {
        (void)parse_duration("5x");
    } catch (const DataError& e) {
        message = e.what();
        hint = e.hint();
    }
    std::string counted;
    try {
        (void)parse_count("x", "people reached");
    } catch (const DataError& e) {
        counted = e.what();
    }
    set_message_language(Language::en);
    CHECK(message == "geen duur: '5x'");
    CHECK(hint == "schrijf 90m, 1h, 1h30, 1.5h, 1:30 of 1u30");
    // What is counted is named in Dutch too, not left in English inside a Dutch sentence.
    CHECK(counted == "geen aantal bereikte mensen: 'x'");
}
