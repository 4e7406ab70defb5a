// The catalogue look-up and the choice of the message language from the environment.
#include "util/i18n.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace sleutel;

TEST_CASE("a locale name asks for Dutch only when it starts with the nl language code") {
    CHECK(language_of_locale("nl") == Language::nl);
    CHECK(language_of_locale("nl_NL.UTF-8") == Language::nl);
    CHECK(language_of_locale("nl_BE@euro") == Language::nl);
    CHECK(language_of_locale("C.UTF-8") == Language::en);
    CHECK(language_of_locale("en_GB.UTF-8") == Language::en);
    CHECK(language_of_locale("nld") == Language::en);
    CHECK(language_of_locale("") == Language::en);
}

TEST_CASE("English is the source language: a text is itself, translated or not") {
    CHECK(tr_f(Language::en, "not a date: '{}'", "x") == "not a date: 'x'");
    CHECK(std::string(tr(Language::en, "no such text in the catalogue")) ==
          "no such text in the catalogue");
    CHECK(std::string(tr(Language::nl, "no such text in the catalogue")) ==
          "no such text in the catalogue");
}

TEST_CASE("the Dutch catalogue is compiled in") {
    CHECK(tr_f(Language::nl, "the date '{}' does not exist", "2026-02-30") ==
          "de datum '2026-02-30' bestaat niet");
}

TEST_CASE("messages follow the language chosen, documents the one asked for") {
    set_message_language(Language::nl);
    CHECK(_f("not a date: '{}'", "x") == "geen datum: 'x'");
    CHECK(tr_f(Language::en, "not a date: '{}'", "x") == "not a date: 'x'");
    set_message_language(Language::en);
    CHECK(_f("not a date: '{}'", "x") == "not a date: 'x'");
}
