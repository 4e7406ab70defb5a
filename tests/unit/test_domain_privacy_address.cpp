// Postcodes and street addresses in a note, and the look-alikes that must pass.
#include "domain/privacy.hpp"
#include "domain/privacy_detail.hpp"

#include <doctest/doctest.h>

using namespace sleutel;
using namespace sleutel::privacy_detail;

TEST_CASE("postcodes with and without a space are found") {
    CHECK(postcode_in("woont in 3811 AB Amersfoort"));
    CHECK(postcode_in("3811ab"));
    CHECK_FALSE(postcode_in("0811 AB")); // no postcode starts with 0
    CHECK_FALSE(postcode_in("3811 SS")); // SA, SD and SS are never used
}

TEST_CASE("four digits before a short word or unit are not a postcode") {
    CHECK_FALSE(postcode_in("1500 km gefietst"));
    CHECK_FALSE(postcode_in("2026 in gesprek"));
    CHECK_FALSE(postcode_in("3000 EU"));
    CHECK_FALSE(postcode_in("12.3811 AB"));
    CHECK_FALSE(postcode_in("38111 AB"));
}

TEST_CASE("a street with a house number is an address") {
    CHECK(street_in("Kerkstraat 5a", "kerkstraat 5a"));
    CHECK(street_in("Leusderweg 12", "leusderweg 12"));
    CHECK(street_in("Oude Gracht 12-2", "oude gracht 12-2"));
    CHECK(street_in("Dorpsstraat nr. 7", "dorpsstraat nr. 7"));
    CHECK(personal_data_in("bezoek aan Kerkstraat 5a") == "a street address");
}

TEST_CASE("street-like words with a count, a year or a time are no address") {
    CHECK_FALSE(street_in("snelweg 12", "snelweg 12"));
    CHECK_FALSE(street_in("Markt 2026", "markt 2026"));
    CHECK_FALSE(street_in("Kerkstraat 3 keer", "kerkstraat 3 keer"));
    CHECK_FALSE(street_in("Kerkstraat 14:00", "kerkstraat 14:00"));
    CHECK_FALSE(street_in("Kerkstraat 0", "kerkstraat 0"));
    CHECK_FALSE(street_in("Kerkstraat", "kerkstraat"));
}
