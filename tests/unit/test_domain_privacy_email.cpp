// E-mail addresses in a note, plain, spaced and written out in words.
#include "domain/privacy.hpp"
#include "domain/privacy_detail.hpp"

#include <doctest/doctest.h>

using namespace sleutel;
using namespace sleutel::privacy_detail;

TEST_CASE("plain e-mail addresses are found") {
    CHECK(email_in("mail jan.jansen@example.nl", false));
    CHECK(email_in("\"jan jansen\"@example.com", false));
    CHECK(email_in("root@[192.168.1.1]", false));
    CHECK(email_in("jan@10.0.0.1", false));
}

TEST_CASE("what is not an e-mail address is not taken for one") {
    CHECK_FALSE(email_in("@gemeente overleg", false));
    CHECK_FALSE(email_in("a@b", false));
    CHECK_FALSE(email_in("jan@example.c", false));
    CHECK_FALSE(email_in("om 12@13.30", false));
}

TEST_CASE("a spaced or spelled-out address needs a known top-level domain") {
    CHECK(email_in("jan @ example.nl", false));
    CHECK_FALSE(email_in("jan @ example.xyzzy", false));
    CHECK(email_in("jan@example.xyzzy", false));
    CHECK(email_in("jan@example.nl", true));
    CHECK_FALSE(email_in("j@example.nl", true)); // a spelled local part has two characters
}

TEST_CASE("written-out at and dot become the characters") {
    CHECK(unspelled("jan [at] example [punt] nl") == "jan@example.nl");
    CHECK(unspelled("jan at example dot com") == "jan@example.com");
    CHECK_FALSE(unspelled("gewoon een zin"));
    CHECK(personal_data_in("jan [at] example [punt] nl") == "an e-mail address");
    CHECK_FALSE(personal_data_in("we zijn at home"));
}
