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
