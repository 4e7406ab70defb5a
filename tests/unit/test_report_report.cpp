// Which sections a report holds, and how the same report of several databases merges.
#include "test_report_fixture.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

using namespace report_test;

TEST_CASE("several databases: persons apart, counts added, missing languages intersected") {
    Fixture a;
    Fixture b;
    const Id ana = a.person("ana", "employed", 480, {}, {{"ar", Level::native}});
    a.assign_to(ana, "voorlichter", 480, d(2025, 1, 1));
    a.log("ana", d(2026, 1, 2), 60, {"gezondheid"});
    const Id bo = b.person("ana", "employed", 240, {}, {{"ti", Level::b2}});
    b.assign_to(bo, "voorlichter", 240, d(2025, 1, 1));
    b.log("ana", d(2026, 1, 2), 120, {"gezondheid"});
    ReportRequest request;
    request.today = today;
    request.period = parse_period("2026-W01", today);
    const std::vector<ReportSource> both{{&a.store, "haarlem"}, {&b.store, "zandvoort"}};

    const Report hours =
        build_report(both, a.config, ReportKind::hours, request, Charts::without).sections.front();
    REQUIRE(hours.table.rows.size() == 2);
    CHECK(std::get<std::string>(cell(hours, 0, "key")) == "haarlem:ana");
    CHECK(std::get<std::string>(cell(hours, 1, "key")) == "zandvoort:ana");
    CHECK(std::get<Ratio>(total(hours, "ratio")).value == doctest::Approx(180.0 / 720.0));

    request.by = "theme";
    const Report themes =
        build_report(both, a.config, ReportKind::summary, request, Charts::without)
            .sections.front();
    REQUIRE(themes.table.rows.size() == 1);
    CHECK(std::get<Duration>(cell(themes, 0, "minutes")).minutes == 180);
    request.by.reset();

    const Report coverage =
        build_report(both, a.config, ReportKind::coverage, request, Charts::without)
            .sections.front();
    const auto& missing = std::get<TextList>(cell(coverage, 0, "languages_missing"));
    CHECK(missing == TextList{"fa", "so"}); // Haarlem needs ar, ti, fa, so
    CHECK(std::get<std::int64_t>(cell(coverage, 0, "active_persons")) == 2);
}

TEST_CASE("the summary groups by every dimension the reports name, and by nothing else") {
    Fixture p;
    const auto dims = report_dimensions();
    CHECK(dims == std::vector<std::string>{"person", "municipality", "org", "role", "type", "theme",
                                           "week", "month", "funding", "scope"});
    for (const std::string& by : dims)
        CHECK(p.report(ReportKind::summary, "2026-W01", by).sections.front().group_by == by);
    // The cli refuses other words first (`cannot group by`); reaching the report is a bug.
    CHECK_THROWS_AS(p.report(ReportKind::summary, "2026-W01", "colour"), InternalError);
}
