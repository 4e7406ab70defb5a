// Phone numbers and citizen service numbers among the numbers of a note, and the eleven test.
#include "domain/privacy.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace sleutel;

TEST_CASE("the BSN eleven test") {
    CHECK(passes_eleven_test("111222333"));
    CHECK(passes_eleven_test("123456782"));
    CHECK_FALSE(passes_eleven_test("123456789"));
    CHECK_FALSE(passes_eleven_test("000000000"));
    CHECK_FALSE(passes_eleven_test("12345678"));
}

TEST_CASE("citizen service numbers are found, numbers failing the test are not") {
    CHECK(personal_data_in("BSN 111222333 gecontroleerd") == "a citizen service number (BSN)");
    CHECK_FALSE(personal_data_in("dossier 123456789")); // fails the eleven test
    CHECK_FALSE(personal_data_in("1112223330 stuks"));  // ten digits, no leading zero
    CHECK(personal_data_in("bsn111222333") ==
          "a citizen service number (BSN)"); // glued to letters still counts
}

TEST_CASE("phone numbers are found in their Dutch and international shapes") {
    const std::string phone = "a phone number";
    CHECK(personal_data_in("bel 06-12345678") == phone);
    CHECK(personal_data_in("bel 0612345678") == phone);
    CHECK(personal_data_in("+31 6 12345678") == phone);
    CHECK(personal_data_in("0031 6 1234 5678") == phone);
    CHECK(personal_data_in("(555) 123-4567") == phone);
    CHECK(personal_data_in("1-555-123-4567") == phone);
}

TEST_CASE("dates, clock times, year ranges and amounts are never phone numbers") {
    CHECK_FALSE(personal_data_in("op 12-03-2026 om 14.00 uur"));
    CHECK_FALSE(personal_data_in("van 9.30 tot 11.00"));
    CHECK_FALSE(personal_data_in("in 2025-2026 gestart"));
    CHECK_FALSE(personal_data_in("\u20AC 1.250,00 subsidie"));
    CHECK_FALSE(personal_data_in("12 deelnemers, 3 kinderen"));
}

TEST_CASE("a BSN is named before a phone number in the same note") {
    CHECK(personal_data_in("bel 0612345678, bsn 111222333") == "a citizen service number (BSN)");
}
