// The note guard: true positives and the look-alikes that must pass.
#include "sleutel/privacy.hpp"

#include <doctest/doctest.h>

using namespace sleutel;

TEST_CASE("the BSN eleven test") {
    CHECK(passes_eleven_test("111222333"));
    CHECK(passes_eleven_test("123456782"));
    CHECK_FALSE(passes_eleven_test("123456789"));
    CHECK_FALSE(passes_eleven_test("000000000"));
    CHECK_FALSE(passes_eleven_test("12345678"));
}

TEST_CASE("citizen service numbers are found, numbers failing the test are not") {
    const std::string bsn = "a citizen service number (BSN)";
    CHECK(personal_data_in("BSN 111222333 gecontroleerd") == bsn);
    CHECK(personal_data_in("nummer 1234.56.782") == bsn);
    CHECK(personal_data_in("123 456 782") == bsn);
    CHECK_FALSE(personal_data_in("dossier 123456789")); // fails the eleven test
    CHECK_FALSE(personal_data_in("1112223330 stuks"));  // ten digits, no leading zero
    CHECK(personal_data_in("bsn111222333") == bsn);     // glued to letters still counts
}

TEST_CASE("phone numbers, Dutch and international") {
    const std::string phone = "a phone number";
    CHECK(personal_data_in("bel 0612345678") == phone);
    CHECK(personal_data_in("06-12345678") == phone);
    CHECK(personal_data_in("06 1234 5678") == phone);
    CHECK(personal_data_in("(020) 123 4567") == phone);
    CHECK(personal_data_in("020-1234567") == phone);
    CHECK(personal_data_in("+31 6 12345678") == phone);
    CHECK(personal_data_in("+251 91 123 4567") == phone);
    CHECK(personal_data_in("0031612345678") == phone);
    CHECK(personal_data_in("bel 06\xE2\x80\x93"
                           "12345678") == phone); // en dash
    CHECK(personal_data_in("bel 06\xE2\x80\x91"
                           "12345678") == phone); // no-break hyphen
    CHECK(personal_data_in("bel 06/12345678") == phone);
    CHECK(personal_data_in("bel 612345678") == phone); // the 0 dropped by a spreadsheet
    // Arabic-Indic and Persian digits
    CHECK(personal_data_in("\xD9\xA0\xD9\xA6\xD9\xA1\xD9\xA2\xD9\xA3\xD9\xA4\xD9\xA5"
                           "\xD9\xA6\xD9\xA7\xD9\xA8") == phone);
    CHECK(personal_data_in("\xDB\xB0\xDB\xB6\xDB\xB1\xDB\xB2\xDB\xB3\xDB\xB4\xDB\xB5"
                           "\xDB\xB6\xDB\xB7\xDB\xB8") == phone);
}

TEST_CASE("e-mail addresses") {
    CHECK(personal_data_in("mail naar fatima.b@gmail.com") == "an e-mail address");
    CHECK(personal_data_in("x@wijkteam-noord.nl.") == "an e-mail address");
    CHECK_FALSE(personal_data_in("@GGD op twitter"));
    CHECK_FALSE(personal_data_in("afspraak @ 14:00"));
}

TEST_CASE("ordinary notes pass") {
    for (const char* note :
         {"Voorlichting over vaccinaties, 12 deelnemers", "Afspraak 2026-11-23 om 14:30",
          "Kosten \xE2\x82\xAC 12,50 voor koffie", "Postcode 2011 AB, wijk Noord",
          "3 moeders, 7 kinderen", "Jaar 2026, week 47", "Verwezen naar huisarts en GGD",
          "Tijd 09:30-11:00", "Bedrag 1.234,56", "Huisnummer 12-14"}) {
        CAPTURE(note);
        CHECK_FALSE(personal_data_in(note));
    }
}
