// Dates of birth: a full date next to a birth word or a genealogists' mark.
#include "domain/privacy.hpp"
#include "domain/privacy_detail.hpp"

#include <doctest/doctest.h>

using namespace sleutel;
using namespace sleutel::privacy_detail;

TEST_CASE("a full date next to a birth word is a date of birth") {
    CHECK(birth_date_in("geboren 12-03-1984", "geboren 12-03-1984"));
    CHECK(birth_date_in("12 maart 1984 geboren", "12 maart 1984 geboren"));
    CHECK(birth_date_in("DOB March 3, 1984", "dob march 3, 1984"));
    CHECK(birth_date_in("geb. 3-mrt-1984", "geb. 3-mrt-1984"));
    CHECK(personal_data_in("Geboortedatum: 1984-03-12") == "a date of birth");
}

TEST_CASE("the genealogists' marks before a date mean birth") {
    CHECK(birth_date_in("Jan * 12-03-1984", "jan * 12-03-1984"));
    CHECK(birth_date_in("\u00B0 12-03-1984", "\u00B0 12-03-1984"));
    CHECK(birth_date_in("*12-03-1984", "*12-03-1984"));
    CHECK_FALSE(birth_date_in("* 12-03-1984 overleg", "* 12-03-1984 overleg")); // a bullet
}

TEST_CASE("a date alone, or a birth word with only a year, is no date of birth") {
    CHECK_FALSE(birth_date_in("overleg op 12-03-2026", "overleg op 12-03-2026"));
    CHECK_FALSE(birth_date_in("geboren in 1984", "geboren in 1984"));
    CHECK_FALSE(birth_date_in("geboortezorg 12-03-2026", "geboortezorg 12-03-2026"));
    CHECK_FALSE(birth_date_in("geboren 31-13-1984", "geboren 31-13-1984"));
}
