// Reading one TOML table against its schema: typed keys, ranges, fallbacks and unknown keys, each
// refusal pointing at FILE:LINE:COL.
#include "domain/table_reader.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace sleutel;
using config::TableReader;

namespace {

toml::table parse_text(std::string_view text) {
    return toml::parse(text, std::string_view("test.toml"));
}

// The message of the ConfigError `f` throws, or "" when it throws none.
template <class F> std::string refusal(F f) {
    try {
        f();
    } catch (const ConfigError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST_CASE("typed keys are read, and fallbacks stand in for missing ones") {
    const toml::table t = parse_text("name = \"Utrecht\"\ngroup = true\nyear = 2026\nratio = 1.5\n"
                                     "days = [\"mon\", \"tue\"]\nwhole = 2\n");
    TableReader r(t, "programme");
    CHECK(r.string("name") == "Utrecht");
    CHECK(r.string("region", "none") == "none");
    CHECK(r.boolean("group", false));
    CHECK_FALSE(r.boolean("missing", false));
    CHECK(r.integer("year", std::nullopt, 1900, 9999) == 2026);
    CHECK(r.integer("other", 7, 0, 10) == 7);
    CHECK(r.positive_number("ratio", 9.0) == 1.5);
    CHECK(r.positive_number("whole", 9.0) == 2.0);
    CHECK(r.positive_number("absent", 9.0) == 9.0);
    CHECK(r.strings("days") == std::vector<std::string>{"mon", "tue"});
    CHECK(r.strings("none").empty());
    CHECK_NOTHROW(r.finish());
}

TEST_CASE("a missing required key, a wrong type or a value out of range is refused where it is") {
    const toml::table t = parse_text("year = 1800\nname = 12\nratio = 0\ndays = [\"mon\", 3]\n");
    TableReader r(t, "allowance");
    CHECK(refusal([&] { (void)r.integer("year", std::nullopt, 1900, 9999); }) ==
          "test.toml:1:8: allowance.year: 1800 is outside 1900..9999");
    CHECK(refusal([&] { (void)r.string("name"); })
              .starts_with("test.toml:2:8: allowance.name: "
                           "expected a string, found "));
    CHECK(refusal([&] {
              (void)r.string("missing");
          }).ends_with("allowance.missing: required key is missing"));
    CHECK(refusal([&] {
              (void)r.positive_number("ratio", 1);
          }).ends_with("allowance.ratio: must be more than 0 (and below 1000)"));
    CHECK(refusal([&] {
              (void)r.strings("days");
          }).starts_with("test.toml:4:16: allowance.days: expected a string, found "));
}

TEST_CASE("finish refuses a key nobody asked for, naming the known ones") {
    const toml::table t = parse_text("name = \"x\"\ncolour = \"red\"\n");
    TableReader r(t, "");
    (void)r.string("name");
    (void)r.get("language");
    try {
        r.finish();
        FAIL("no error");
    } catch (const ConfigError& e) {
        CHECK(std::string(e.what()) == "test.toml:2:1: colour: unknown key");
        CHECK(e.hint() == "known keys here: language, name");
    }
}

TEST_CASE("fail points at the key when it is there, else at the table") {
    const toml::table t = parse_text("\n\nname = \"x\"\n");
    TableReader r(t, "output");
    CHECK(refusal([&] { r.fail("name", "not allowed"); }) ==
          "test.toml:3:8: output.name: not allowed");
    CHECK(refusal([&] { r.fail("other", "is needed"); }).ends_with("output.other: is needed"));
}
