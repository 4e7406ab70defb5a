// Did-you-mean suggestions.
#include "util/suggest.hpp"

#include <doctest/doctest.h>

using namespace sleutel;

TEST_CASE("edit distance") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("--perid", "--period") == 1);
    CHECK(edit_distance("amiar", "amira") == 1); // a swap of neighbours is one typo
    CHECK(edit_distance("ab", "ba") == 1);
}

TEST_CASE("closest candidate within reach of a typo") {
    const std::vector<std::string> options{"--period", "--person", "--format"};
    CHECK(closest("--perid", options) == "--period");
    CHECK(closest("--fromat", options) == "--format");
    CHECK_FALSE(closest("--colour", options));
    CHECK(closest("gezondhied", {"gezondheid", "geld"}) == "gezondheid");
    CHECK_FALSE(closest("xyz", {"gezondheid"}));
}
