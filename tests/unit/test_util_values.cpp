// Parsers for what users type, with the bad inputs that must be refused.
#include "util/error.hpp"
#include "util/values.hpp"

#include <doctest/doctest.h>

using namespace sleutel;
using namespace std::chrono;

namespace {
Date d(int y, unsigned m, unsigned day) {
    return Date{year{y}, month{m}, std::chrono::day{day}};
}
const Date today = d(2026, 11, 23); // a Monday

void check_period(std::string_view text, Date from, Date to, std::string_view label) {
    CAPTURE(text);
    const Period p = parse_period(text, today);
    CHECK(p.from == from);
    CHECK(p.to == to);
    CHECK(p.label == label);
}
} // namespace

TEST_CASE("handles") {
    CHECK(is_handle("amira"));
    CHECK(is_handle("ab"));
    CHECK(is_handle("a-1"));
    CHECK(is_handle(std::string(32, 'a')));
    CHECK_FALSE(is_handle(""));
    CHECK_FALSE(is_handle("a"));
    CHECK_FALSE(is_handle(std::string(33, 'a')));
    CHECK_FALSE(is_handle("Amira"));
    CHECK_FALSE(is_handle("1abc"));
    CHECK_FALSE(is_handle("-abc"));
    CHECK_FALSE(is_handle("am ira"));
    CHECK_FALSE(is_handle("amira'; DROP TABLE person;--"));
    CHECK_FALSE(is_handle("\xC3\xA9lise"));
    CHECK_THROWS_AS(parse_handle("Bad"), DataError);
}

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

TEST_CASE("ISO weeks across year ends") {
    CHECK(iso_weeks_in_year(2026) == 53);
    CHECK(iso_weeks_in_year(2020) == 53);
    CHECK(iso_weeks_in_year(2025) == 52);
    CHECK(iso_weeks_in_year(2015) == 53);
    CHECK(iso_week_of(d(2027, 1, 3)).year == 2026);
    CHECK(iso_week_of(d(2027, 1, 3)).week == 53);
    CHECK(iso_week_of(d(2024, 12, 30)).year == 2025);
    CHECK(iso_week_of(d(2024, 12, 30)).week == 1);
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

TEST_CASE("languages") {
    const LanguageSkill ti = parse_language("ti:native");
    CHECK(ti.code == "ti");
    CHECK(ti.level == Level::native);
    CHECK(parse_language("nl:B1").level == Level::b1);
    CHECK(parse_language("NL:b1").code == "nl");
    CHECK(parse_language("prs:C2").code == "prs");
    CHECK_FALSE(parse_language("ar", false).level.has_value());
    CHECK(format_level(Level::b1) == "B1");
    for (const char* bad :
         {"", "ar", "a:B1", "arab:B1", "nl:B3", "nl:", "nl:fluent", "n1:B1", ":B1"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(parse_language(bad), DataError);
    }
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

TEST_CASE("phone numbers, e-mail addresses and refs") {
    CHECK(is_phone_number("06-12345678"));
    CHECK(is_phone_number("+31 6 12345678"));
    CHECK(is_phone_number("(020) 123 4567"));
    CHECK_FALSE(is_phone_number("1234567"));
    CHECK_FALSE(is_phone_number("0612345678901234"));
    CHECK_FALSE(is_phone_number("06+12345678"));
    CHECK_FALSE(is_phone_number("06.12345678"));
    CHECK(is_email_address("naam@ggd.example.nl"));
    CHECK_FALSE(is_email_address("naam@ggd"));
    CHECK_FALSE(is_email_address("a@b@c.nl"));
    CHECK_FALSE(is_email_address("a b@c.nl"));
    CHECK_FALSE(is_email_address("@c.nl"));
    CHECK(parse_ref(" R1\t") == "R1");
    CHECK(parse_ref("R 1") == "R 1");
    CHECK_THROWS_AS(parse_ref("R\n1"), DataError);
    CHECK_THROWS_AS(parse_ref("  "), DataError);
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

TEST_CASE("reachable times: days and one window") {
    CHECK(parse_reachable("mon-fri@09:00-17:00") == Reachable{{1, 2, 3, 4, 5}, 540, 1020});
    CHECK(parse_reachable("mon,wed,fri@18:00-21:30") == Reachable{{1, 3, 5}, 1080, 1290});
    CHECK(parse_reachable("za,zo@10:00-14:00") == Reachable{{6, 7}, 600, 840});
    CHECK(parse_reachable("Ma-Vr@9:00-17:00") == Reachable{{1, 2, 3, 4, 5}, 540, 1020});
    CHECK(parse_reachable("MON@00:00-24:00") == Reachable{{1}, 0, 1440});
    // A range may wrap past Sunday; overlaps and repeats make one sorted set.
    CHECK(parse_reachable("fri-mon@08:00-12:00") == Reachable{{1, 5, 6, 7}, 480, 720});
    CHECK(parse_reachable("sun-tue,mon,ma@08:00-12:00") == Reachable{{1, 2, 7}, 480, 720});
    CHECK(parse_reachable("mon-sun@08:00-08:01") == Reachable{{1, 2, 3, 4, 5, 6, 7}, 480, 481});
}

TEST_CASE("reachable times: the canonical text round-trips") {
    CHECK(format_reachable(parse_reachable("ma-vr@9:00-17:00")) == "mon-fri@09:00-17:00");
    CHECK(format_reachable(parse_reachable("za,zo@10:00-14:00")) == "sat,sun@10:00-14:00");
    CHECK(format_reachable(parse_reachable("fri-mon@08:00-24:00")) == "mon,fri-sun@08:00-24:00");
    CHECK(format_reachable(parse_reachable("mon,tue,wed,fri@18:00-21:30")) ==
          "mon-wed,fri@18:00-21:30");
    CHECK(format_reachable(parse_reachable("zo-za@00:00-24:00")) == "mon-sun@00:00-24:00");
    CHECK(format_reachable(parse_reachable("mon,wed,sun@07:05-07:06")) ==
          "mon,wed,sun@07:05-07:06");
    for (const char* text : {"mon-fri@09:00-17:00", "sat,sun@10:00-14:00", "mon,tue@00:00-24:00",
                             "tue-thu,sat@06:30-23:59", "sun@12:00-13:00"}) {
        CAPTURE(text);
        CHECK(format_reachable(parse_reachable(text)) == text);
        CHECK(parse_reachable(format_reachable(parse_reachable(text))) == parse_reachable(text));
    }
}

TEST_CASE("reachable times: a moment inside or outside the window") {
    const Reachable evenings = parse_reachable("mon-fri@18:00-21:30");
    const Date monday{year{2026}, November, day{23}};
    const Date saturday{year{2026}, November, day{28}};
    CHECK(is_reachable(evenings, monday, 18 * 60));            // start is inside
    CHECK(is_reachable(evenings, monday, 21 * 60 + 29));       //
    CHECK_FALSE(is_reachable(evenings, monday, 21 * 60 + 30)); // end is outside
    CHECK_FALSE(is_reachable(evenings, monday, 17 * 60 + 59));
    CHECK_FALSE(is_reachable(evenings, saturday, 19 * 60)); // not on that day
    CHECK(is_reachable(parse_reachable("za@00:00-24:00"), saturday, 23 * 60 + 59));
}

TEST_CASE("reachable times: bad text is refused, saying what is wrong") {
    CHECK_THROWS_WITH_AS(parse_reachable("mon-fri 09:00-17:00"),
                         "not a reachable time: 'mon-fri 09:00-17:00': no '@' between the days "
                         "and the hours",
                         DataError);
    CHECK_THROWS_WITH_AS(parse_reachable("mon-fry@09:00-17:00"),
                         "not a reachable time: 'mon-fry@09:00-17:00': 'fry' is not a weekday",
                         DataError);
    CHECK_THROWS_WITH_AS(parse_reachable("mon@17:00-09:00"),
                         "not a reachable time: 'mon@17:00-09:00': the hours must end after they "
                         "start, on the same day",
                         DataError);
    CHECK_THROWS_WITH_AS(parse_reachable("mon-mon@09:00-17:00"),
                         "not a reachable time: 'mon-mon@09:00-17:00': the range 'mon-mon' starts "
                         "and ends on one day",
                         DataError);
    CHECK_THROWS_WITH_AS(parse_reachable("mon@9-17"),
                         "not a reachable time: 'mon@9-17': '9' is not a time of day", DataError);
    bool example_in_hint = false;
    try {
        parse_reachable("x");
    } catch (const DataError& e) {
        example_in_hint = e.hint().find("mon-fri@09:00-17:00") != std::string::npos;
    }
    CHECK(example_in_hint);
    for (const char* bad : {"",
                            "@",
                            "@09:00-17:00",
                            "mon@",
                            "mon@09:00",
                            "mon@09:00-",
                            "mon@-17:00",
                            "mon,@09:00-17:00",
                            ",mon@09:00-17:00",
                            "mon,,tue@09:00-17:00",
                            "-fri@09:00-17:00",
                            "mon-@09:00-17:00",
                            "mon-tue-wed@09:00-17:00",
                            "monday@09:00-17:00",
                            "mon@24:00-24:00",
                            "mon@09:00-09:00",
                            "mon@22:00-02:00",
                            "mon@09:00-24:01",
                            "mon@09:00-25:00",
                            "mon@09:60-17:00",
                            "mon @09:00-17:00",
                            "mon@09:00 - 17:00",
                            "mon@09:00-17:00x",
                            "mon@09:00-17:00@x",
                            "mon@09.00-17.00"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(parse_reachable(bad), DataError);
    }
}
