// Checks on text users type: handles, phone numbers, e-mail addresses and refs.
#include "util/error.hpp"
#include "util/values.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace sleutel;
using namespace std::chrono;

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
