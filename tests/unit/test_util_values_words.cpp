// Dates, periods and moments in words, for the header of a document.
#include "test_dates.hpp"
#include "util/values.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

using namespace sleutel;

namespace {

// Sets TZ for one test and puts the old value back.
struct TimeZone {
    explicit TimeZone(const char* zone) {
        if (const char* old = std::getenv("TZ"))
            saved = old;
        setenv("TZ", zone, 1);
        tzset();
    }
    ~TimeZone() {
        if (saved)
            setenv("TZ", saved->c_str(), 1);
        else
            unsetenv("TZ");
        tzset();
    }
    TimeZone(const TimeZone&) = delete;
    TimeZone& operator=(const TimeZone&) = delete;
    std::optional<std::string> saved;
};

} // namespace

TEST_CASE("a date in words: Dutch months in lower case, English ones capitalised") {
    CHECK(format_date_in_words(d(2026, 12, 1), Language::nl) == "1 december 2026");
    CHECK(format_date_in_words(d(2026, 12, 1), Language::en) == "1 December 2026");
    CHECK(format_date_in_words(d(2027, 3, 31), Language::nl) == "31 maart 2027");
    CHECK(format_month_in_words(d(2026, 11, 5), Language::nl) == "november 2026");
}

TEST_CASE("a period in words") {
    const Date today = d(2026, 12, 1);
    CHECK(format_period_in_words(parse_period("2026-11", today), Language::nl) == "november 2026");
    CHECK(format_period_in_words(parse_period("2026-11", today), Language::en) == "November 2026");
    CHECK(format_period_in_words(parse_period("2026-W47", today), Language::nl) == "week 47 2026");
    // Week 1 of 2026 begins on 29 December 2025: it is named by its ISO year.
    CHECK(format_period_in_words(parse_period("2026-W01", today), Language::en) == "week 1 2026");
    CHECK(format_period_in_words(parse_period("2026", today), Language::nl) == "2026");
    CHECK(format_period_in_words(parse_period("2026-11-23", today), Language::nl) ==
          "23 november 2026");
    CHECK(format_period_in_words(parse_period("2026-11-01..2026-11-15", today), Language::nl) ==
          "1 – 15 november 2026");
    CHECK(format_period_in_words(parse_period("2026-11-20..2026-12-03", today), Language::en) ==
          "20 November 2026 – 3 December 2026");
    CHECK(format_period_in_words(parse_period("2026-10-01..2026-11-30", today), Language::nl) ==
          "oktober 2026 – november 2026");
}

TEST_CASE("a moment in words, in local time") {
    const TimeZone amsterdam("Europe/Amsterdam");
    // 09:18 UTC is 10:18 in Amsterdam in winter.
    CHECK(format_moment_in_words("2026-12-01T09:18:00Z", Language::nl) ==
          "1 december 2026 om 10:18");
    CHECK(format_moment_in_words("2026-12-01T09:18:00Z", Language::en) ==
          "1 December 2026 at 10:18");
    // Just before midnight UTC is already the next day in Amsterdam.
    CHECK(format_moment_in_words("2026-12-31T23:30:59Z", Language::nl) ==
          "1 januari 2027 om 00:30");
    CHECK(format_moment_in_words("not a moment", Language::nl) == "not a moment");
}
