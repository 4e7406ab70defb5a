// "Today" from the system, or fixed by $SLEUTEL_TODAY.
#include "util/clock.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

using namespace sleutel;

TEST_CASE("a fixed today") {
    CHECK(format_date(Clock(std::string("2026-11-23")).today()) == "2026-11-23");
    CHECK_THROWS_AS(Clock(std::string("2026-02-30")), DataError);
    CHECK_THROWS_AS(Clock(std::string("tomorrow")), DataError);
}

TEST_CASE("the system today and a UTC timestamp") {
    const Date today = Clock().today();
    CHECK(today.ok());
    CHECK(static_cast<int>(today.year()) >= 2024);
    const std::string now = Clock::now_utc();
    CHECK(now.size() == 20);
    CHECK(now[10] == 'T');
    CHECK(now.back() == 'Z');
}
