// Reachable times: weekdays and one window of hours.
#include "util/error.hpp"
#include "util/values.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace sleutel;
using namespace std::chrono;

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
