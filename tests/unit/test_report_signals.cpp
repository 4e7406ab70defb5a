// Signals: what a coordinator should look at, judged on the report period.
#include "store/report_store.hpp"
#include "test_report_fixture.hpp"

#include <doctest/doctest.h>

using namespace report_test;

TEST_CASE("unassigned activities: judged on the assignments' dates, one alert per person") {
    Fixture p;
    const Id ana = p.person("ana", "employed", 480);
    p.assign_to(ana, "voorlichter", 480, d(2025, 6, 1));
    p.log("ana", d(2025, 5, 30), 60); // before the assignment
    p.log("ana", d(2025, 5, 31), 60);
    p.log("ana", d(2025, 6, 2), 60); // within
    db::ActivityScope scope{d(2025, 1, 1), d(2025, 12, 31), {}, {}};
    const auto found = db::unassigned_activities(p.store, scope);
    REQUIRE(found.size() == 1);
    CHECK(found[0].person == ana);
    CHECK(found[0].activities == 2);
    CHECK(found[0].first == d(2025, 5, 30));
    scope.from = d(2025, 5, 31);
    CHECK(db::unassigned_activities(p.store, scope).at(0).activities == 1);
    scope.from = d(2025, 6, 1);
    CHECK(db::unassigned_activities(p.store, scope).empty());

    const Report r = p.report(ReportKind::signals, "2025-05").sections.front();
    std::vector<std::string> details;
    for (std::size_t row = 0; row < r.table.rows.size(); ++row)
        if (std::get<std::string>(cell(r, row, "kind")) == "unassigned_activity")
            details.push_back(std::get<std::string>(cell(r, row, "detail")));
    CHECK(details ==
          std::vector<std::string>{"2 activiteiten buiten elke inzet, de eerste op 2025-05-30"});
}
