// The text the detectors read: look-alike, invisible and foreign-script characters made plain.
#include "domain/privacy.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace sleutel;

TEST_CASE("privacy normalisation: look-alikes become plain characters") {
    CHECK(normalised_for_matching("\u0660\u0666") == "06");
    CHECK(normalised_for_matching("\u0966\u096C") == "06");
    CHECK(normalised_for_matching("\uFF10\uFF16") == "06");
    CHECK(normalised_for_matching("a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf") == "abcdef");
    CHECK(normalised_for_matching("\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068"
                                  "\u2069\u061Cx") == "x");
    CHECK(normalised_for_matching("so\u00ADft") == "soft");
    CHECK(normalised_for_matching("06\u201312\u201434\u221256") == "06-12-34-56");
    CHECK(normalised_for_matching("1\u00A02\u20093\u30004\t5") == "1 2 3 4 5");
    CHECK(normalised_for_matching("a\uFF20b\uFE6Bc") == "a@b@c");
    CHECK(normalised_for_matching("1\u00B72\u30023\uFF0E4") == "1.2.3.4");
    CHECK(normalised_for_matching("caf\u00E9") == "caf\u00E9");
    CHECK(normalised_for_matching("cafe\u0301") == "caf\u00E9");
    CHECK(normalised_for_matching("\xFF") == "\uFFFD"); // invalid UTF-8 does not crash
}

TEST_CASE("privacy normalisation is idempotent") {
    std::vector<std::string> texts{"e\u200B\u0301",
                                   "\xE2\xE2\x80\x8B\x80\x8B",
                                   "\xFF\xFE\xC0\x80",
                                   "a\u00AD\u0308",
                                   "\u1100\u200B\u1161",
                                   "\uFDFA",
                                   "\u00A8",
                                   "\u0661\u0301",
                                   "\u2011\u0301",
                                   std::string("nul\0byte", 8),
                                   "\u0301\u0301\u0327",
                                   "\u212B",
                                   "\uFB01"};
    for (const std::string& text : texts) {
        CAPTURE(text);
        const std::string once = normalised_for_matching(text);
        CHECK(normalised_for_matching(once) == once);
    }
}

TEST_CASE("plain ASCII comes out as the full normalisation gives it") {
    // ASCII alone takes a short way; with one accented letter after it, the whole text takes
    // the full one. Both must agree on every ASCII character.
    std::string all;
    for (int c = 0; c < 0x80; ++c) {
        const std::string one(1, static_cast<char>(c));
        all += one;
        CHECK(normalised_for_matching(one) + "\u00e9" == normalised_for_matching(one + "\u00e9"));
    }
    CHECK(normalised_for_matching(all) + "\u00e9" == normalised_for_matching(all + "\u00e9"));
    CHECK(normalised_for_matching("a\tb\nc\r\v\fd") == "a b c   d");
}
