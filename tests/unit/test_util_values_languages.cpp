// Language skills: an ISO 639 code and a level.
#include "util/error.hpp"
#include "util/values.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace sleutel;
using namespace std::chrono;

TEST_CASE("languages") {
    const LanguageSkill ti = parse_language("ti:native");
    CHECK(ti.code == "ti");
    CHECK(ti.level == Level::native);
    CHECK(parse_language("nl:B1").level == Level::b1);
    CHECK(parse_language("NL:b1").code == "nl");
    CHECK(parse_language("prs:C2").code == "prs");
    CHECK_FALSE(parse_language("ar", false).level.has_value());
    CHECK(format_level(Level::b1) == "B1");
    for (const char* bad :
         {"", "ar", "a:B1", "arab:B1", "nl:B3", "nl:", "nl:fluent", "n1:B1", ":B1"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(parse_language(bad), DataError);
    }
}

TEST_CASE("language names: Dutch or English beside the code, an unknown code as it is") {
    CHECK(language_name("ar", Language::nl) == "Arabisch");
    CHECK(language_name("ar", Language::en) == "Arabic");
    CHECK(language_name("uk", Language::nl) == "Oekraïens");
    CHECK(language_name("fa", Language::nl) == "Perzisch/Farsi");
    CHECK(language_name("prs", Language::en) == "Dari");
    CHECK(language_name("nl", Language::en) == "Dutch");
    CHECK(language_label("ti", Language::nl) == "Tigrinya (ti)");
    CHECK(language_label("so", Language::nl) == "Somalisch (so)");
    CHECK(language_label("am", Language::en) == "Amharic (am)");
    CHECK(language_name("xx", Language::nl) == "xx");
    CHECK(language_label("xx", Language::en) == "xx");
    CHECK(language_label("", Language::nl).empty());
}

TEST_CASE("language names: every code of the default config and of newcomers has both names") {
    for (const char* code : {"ar", "ti",  "am",  "fa", "prs", "ps", "so", "tr", "uk", "ru", "pl",
                             "ku", "ckb", "kmr", "en", "fr",  "nl", "es", "pt", "de", "zh", "ur",
                             "hi", "bn",  "ta",  "sq", "ro",  "bg", "hy", "ka", "az"}) {
        CAPTURE(code);
        CHECK(is_language_code(code));
        CHECK(language_name(code, Language::nl) != code);
        CHECK(language_name(code, Language::en) != code);
        CHECK(language_label(code, Language::nl).ends_with(std::string(" (") + code + ")"));
    }
}
