// The runs of digits of a note, and which of them read as a year or a numeric date.
#include "domain/privacy.hpp"
#include "domain/privacy_detail.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

using namespace sleutel;
using namespace sleutel::privacy_detail;

TEST_CASE("digit groups are the runs of digits, in order") {
    const auto g = digit_groups("tel 06-123 en 7");
    REQUIRE(g.size() == 3);
    CHECK(g[0].begin == 4);
    CHECK(g[0].size() == 2);
    CHECK(g[1].size() == 3);
    CHECK(g[2].begin == 14);
    CHECK_FALSE(g[0].masked);
    CHECK(digit_groups("geen cijfers").empty());
}

TEST_CASE("numeric dates: day-month-year and year-month-day with one separator twice") {
    const auto date = [](std::string_view t, bool short_years = false) {
        return numeric_date(t, digit_groups(t), 0, short_years, "-/.");
    };
    CHECK(date("12-03-1984"));
    CHECK(date("1984/03/12"));
    CHECK(date("1.3.1984"));
    CHECK_FALSE(date("12-03/1984")); // two separators
    CHECK_FALSE(date("32-03-1984")); // no day 32
    CHECK_FALSE(date("12-13-1984")); // no month 13
    CHECK_FALSE(date("12-03-84"));   // short years only when asked
    CHECK(date("12-03-84", true));
    // Part of a longer run using the same separator: from the second group on, or followed by one.
    const std::string_view run = "1-12-03-1984";
    CHECK_FALSE(numeric_date(run, digit_groups(run), 1, false, "-/."));
    CHECK(numeric_date("12-03-1984", digit_groups("12-03-1984"), 0, false, "-/."));
    const std::string_view longer = "12-03-1984-5";
    CHECK_FALSE(numeric_date(longer, digit_groups(longer), 0, false, "-/."));
}

TEST_CASE("a year is four digits from 1900 to 2099") {
    const std::string t = "1899 1900 2099 2100 199";
    const auto g = digit_groups(t);
    CHECK_FALSE(year_like(t, g[0]));
    CHECK(year_like(t, g[1]));
    CHECK(year_like(t, g[2]));
    CHECK_FALSE(year_like(t, g[3]));
    CHECK_FALSE(year_like(t, g[4]));
}
