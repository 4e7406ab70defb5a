// Names with a title in a note, and the titles that are followed by no name.
#include "domain/privacy.hpp"
#include "domain/privacy_detail.hpp"

#include <doctest/doctest.h>

using namespace sleutel;
using namespace sleutel::privacy_detail;

TEST_CASE("a title before a capitalised name is a name") {
    CHECK(titled_name_in("mevrouw Yusuf", "mevrouw yusuf"));
    CHECK(titled_name_in("dhr. Jansen", "dhr. jansen"));
    CHECK(titled_name_in("mevrouw van Dijk", "mevrouw van dijk"));
    CHECK(titled_name_in("dhr. de Vries", "dhr. de vries"));
    CHECK(titled_name_in("Mrs. \u00C9lise", "mrs. \u00C9lise"));
    CHECK(personal_data_in("gesprek met mevrouw Yusuf") == "a name with a title");
}

TEST_CASE("offices, lower-case words and capitals abbreviations are no name") {
    CHECK_FALSE(titled_name_in("mevrouw Wethouder opende", "mevrouw wethouder opende"));
    CHECK_FALSE(titled_name_in("mevrouw van de gemeente", "mevrouw van de gemeente"));
    CHECK_FALSE(titled_name_in("MR Utrecht", "mr utrecht"));
    CHECK_FALSE(titled_name_in("dank u meneer.", "dank u meneer."));
    CHECK_FALSE(titled_name_in("mevrouwen Jansen", "mevrouwen jansen"));
}
