// Summary, reach and referrals: what was done, grouped in SQL and folded into weeks.
#include "test_report_fixture.hpp"

#include <doctest/doctest.h>

using namespace report_test;

TEST_CASE("summary by week folds the days of an ISO week that spans the new year") {
    Fixture p;
    const Id ana = p.person("ana", "employed", 480);
    p.assign_to(ana, "voorlichter", 480, d(2025, 1, 1));
    p.log("ana", d(2025, 12, 29), 60);
    p.log("ana", d(2026, 1, 4), 30);
    p.log("ana", d(2026, 1, 5), 15);
    const Report r =
        p.report(ReportKind::summary, "2025-12-29..2026-01-05", "week").sections.front();
    REQUIRE(r.table.rows.size() == 2);
    CHECK(std::get<std::string>(cell(r, 0, "key")) == "2026-W01");
    CHECK(std::get<Duration>(cell(r, 0, "minutes")).minutes == 90);
    CHECK(std::get<std::string>(cell(r, 1, "key")) == "2026-W02");
    CHECK(std::get<std::int64_t>(total(r, "activities")) == 3);
}
