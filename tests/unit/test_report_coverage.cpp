// Coverage: per municipality, the languages its newcomers need that an active key person speaks.
#include "test_report_fixture.hpp"

#include "domain/people.hpp"

#include <doctest/doctest.h>

using namespace report_test;

TEST_CASE("coverage: B1 or better of an active key person, per municipality in config order") {
    Fixture p;
    p.person("ana", "employed", 480, {}, {{"ar", Level::native}, {"fa", Level::a2}});
    p.person("bo", "employed", 480, {}, {{"ti", Level::b1}});
    change_status(p.store, resolve(p.store, db::Kind::person, "bo"), "paused", d(2025, 6, 1));
    const Report r = p.report(ReportKind::coverage, "2026-W01").sections.front();
    REQUIRE(r.table.rows.size() >= 2);
    CHECK(std::get<std::string>(cell(r, 0, "key")) == "GM0392"); // Haarlem, first in the config
    CHECK(std::get<std::string>(cell(r, 1, "key")) == "GM0363"); // then Amsterdam
    CHECK(std::get<TextList>(cell(r, 0, "languages_covered")) == TextList{"ar"});
    // fa only at A2; ti only by someone no longer active.
    CHECK(std::get<TextList>(cell(r, 0, "languages_missing")) == TextList{"ti", "fa", "so"});
    CHECK(std::get<std::int64_t>(cell(r, 0, "active_persons")) == 1);
    CHECK(std::get<std::int64_t>(total(r, "active_persons")) == 1);
    CHECK(std::get<Counts>(cell(r, 0, "gender")).items.front() ==
          std::pair<std::string, std::int64_t>{"f", 1});
}

TEST_CASE("coverage of several databases keeps the config's order, not the codes' order") {
    Fixture a;
    Fixture b;
    a.person("ana", "employed", 480, {}, {{"ar", Level::native}});
    b.person("bo", "employed", 480, {}, {{"so", Level::c1}});
    ReportRequest request;
    request.today = today;
    request.period = parse_period("2026-W01", today);
    const Report r = build_report({{&a.store, "a"}, {&b.store, "b"}}, a.config,
                                  ReportKind::coverage, request, Charts::without)
                         .sections.front();
    CHECK(std::get<std::string>(cell(r, 0, "key")) == "GM0392");
    CHECK(std::get<std::string>(cell(r, 1, "key")) == "GM0363");
    CHECK(std::get<TextList>(cell(r, 0, "languages_covered")) == TextList{"ar", "so"});
    CHECK(std::get<TextList>(cell(r, 0, "languages_missing")) == TextList{"ti", "fa"});
    CHECK(std::get<std::int64_t>(total(r, "active_persons")) == 2);
}
