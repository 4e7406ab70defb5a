// Bank account numbers (IBAN) in a note, and the IBAN check itself.
#include "domain/privacy.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace sleutel;

TEST_CASE("the IBAN check") {
    CHECK(passes_iban_check("NL91ABNA0417164300"));
    CHECK(passes_iban_check("nl91abna0417164300"));
    CHECK(passes_iban_check("GB29NWBK60161331926819"));
    CHECK_FALSE(passes_iban_check("NL92ABNA0417164300"));
    CHECK_FALSE(passes_iban_check("NL91 ABNA 0417 1643 00")); // compact only
}

TEST_CASE("an IBAN is found compact, spaced and in lower case; a wrong check digit is not") {
    const std::string iban = "a bank account number (IBAN)";
    CHECK(personal_data_in("rekening NL91ABNA0417164300") == iban);
    CHECK(personal_data_in("rekening NL91 ABNA 0417 1643 00") == iban);
    CHECK(personal_data_in("nl91-abna-0417-1643-00 graag") == iban);
    CHECK(personal_data_in("GB29 NWBK 6016 1331 9268 19") == iban);
    CHECK(personal_data_in("rekening NL92ABNA0417164300") != iban);
}

TEST_CASE("the IBAN check refuses what is not letters and digits, and wrong lengths") {
    CHECK_FALSE(passes_iban_check("NL91-ABNA0417164300"));
    CHECK_FALSE(passes_iban_check("NL91"));
    CHECK_FALSE(passes_iban_check(std::string(35, '1')));
}
