// Signals: what a coordinator should look at, judged on the report period.
#include "store/report_store.hpp"

#include "test_report_fixture.hpp"
#include <algorithm>

#include <doctest/doctest.h>

using namespace report_test;

TEST_CASE("unassigned activities: judged on the assignments' dates, one alert per person") {
    Fixture p;
    const Id ana = p.person("ana", "employed", 480);
    p.assign_to(ana, "voorlichter", 480, d(2025, 6, 1));
    p.log("ana", d(2025, 5, 30), 60); // before the assignment
    p.log("ana", d(2025, 5, 31), 60);
    p.log("ana", d(2025, 6, 2), 60); // within
    db::ActivityScope scope{d(2025, 1, 1), d(2025, 12, 31), {}, {}, {}};
    const auto found = db::unassigned_activities(p.store, scope);
    REQUIRE(found.size() == 1);
    CHECK(found[0].person == ana);
    CHECK(found[0].activities == 2);
    CHECK(found[0].first == d(2025, 5, 30));
    scope.from = d(2025, 5, 31);
    CHECK(db::unassigned_activities(p.store, scope).at(0).activities == 1);
    scope.from = d(2025, 6, 1);
    CHECK(db::unassigned_activities(p.store, scope).empty());

    const Report r = p.report(ReportKind::alerts, "2025-05").sections.front();
    std::vector<std::string> details;
    for (std::size_t row = 0; row < r.table.rows.size(); ++row)
        if (std::get<std::string>(cell(r, row, "kind")) == "unassigned_activity")
            details.push_back(std::get<std::string>(cell(r, row, "detail")));
    CHECK(details ==
          std::vector<std::string>{"2 activiteiten buiten elke inzet, de eerste op 2025-05-30"});
}

TEST_CASE("signals: overload over the period, inactive key persons, in person then kind order") {
    Fixture p;
    const Id ana = p.person("ana", "employed", 840);
    p.assign_to(ana, "adviseur", 840, d(2025, 12, 1));
    p.log("ana", d(2026, 1, 2), 780);
    const Id bo = p.person("bo", "employed", 240);
    p.assign_to(bo, "adviseur", 240, d(2025, 12, 1));
    p.log("bo", d(2025, 11, 3), 60); // long before the four-week window
    const Report r = p.report(ReportKind::alerts, "2026-W01").sections.front();
    const std::vector<std::string> lines = signal_lines(r);
    REQUIRE_FALSE(lines.empty());
    // 840 a week over 7 days is 120 a day; W01 holds 7 of them: 840 contracted, 780 logged.
    CHECK(std::find(lines.begin(), lines.end(),
                    "overload ana: 13:00 gelogd tegen 14:00 volgens contract (0,93)") ==
          lines.end());
    CHECK(std::find(lines.begin(), lines.end(),
                    "inactive bo: laatst actief 2025-11-03 (grens 4 weken)") != lines.end());
    // The card's own overload is of the last four weeks: the report leaves it out.
    for (const std::string& line : lines)
        CHECK(line.find("in 4 weken") == std::string::npos);

    p.config.alerts.overload_ratio = 0.5;
    const Report relaxed = p.report(ReportKind::alerts, "2026-W01").sections.front();
    // Overload comes first of a person's signals, and persons in handle order.
    CHECK(signal_lines(relaxed).front() ==
          "overload ana: 13:00 gelogd tegen 14:00 volgens contract (0,93)");
    CHECK(std::get<std::int64_t>(total(relaxed, "warnings")) ==
          std::get<std::int64_t>(total(r, "warnings")) + 1);
}
