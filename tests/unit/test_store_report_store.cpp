// The aggregate queries behind the reports (store/report_store.cpp).
#include "store/activity_store.hpp"
#include "store/report_store.hpp"
#include "test_store_fixture.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using namespace store_test;

namespace {
struct ReportFixture : Fixture {
    Id amira = person("amira");
    Id yusuf = person("yusuf");
    Id ggd = organisation("ggd");
    ReportFixture() {
        assignment(amira, ggd, d(2026, 3, 1), d(2026, 3, 31));
        db::ActivityWriter writer(store);
        add(writer, amira, d(2026, 3, 2), 60, {"opvoeding"}, {{"ggd", 2}});
        add(writer, amira, d(2026, 4, 7), 30, {"opvoeding", "gezondheid"}, {});
        add(writer, yusuf, d(2026, 4, 8), 45, {}, {{"ggd", 1}, {"huisarts", 1}});
    }
    void add(db::ActivityWriter& writer, Id who, Date day, Minutes minutes,
             std::vector<std::string> themes, std::vector<Referral> referrals) {
        Activity a;
        a.person_id = who;
        a.date = day;
        a.type = "voorlichting";
        a.minutes = minutes;
        a.reached = 10;
        a.themes = std::move(themes);
        a.referrals = std::move(referrals);
        writer.insert(a);
    }
    db::ActivityScope year{d(2026, 1, 1), d(2026, 12, 31), {}, {}, {}};
};
} // namespace

TEST_CASE("tallies: all, by person and by theme (an activity once in each of its themes)") {
    ReportFixture fx;
    const db::Tally all = db::tally_all(fx.store, fx.year);
    CHECK(all.activities == 3);
    CHECK(all.minutes == 135);
    CHECK(all.reached == 30);
    CHECK(all.referrals == 4);
    const auto by_person = db::tally_by(fx.store, fx.year, db::Dimension::person);
    REQUIRE(by_person.size() == 2);
    CHECK(by_person[0].key == "amira");
    CHECK(by_person[0].tally.minutes == 90);
    const auto by_theme = db::tally_by(fx.store, fx.year, db::Dimension::theme);
    REQUIRE(by_theme.size() == 3); // gezondheid, opvoeding, and none for yusuf's
    for (const db::Group& g : by_theme)
        CHECK(g.tally.activities == (g.key == "opvoeding" ? 2 : 1));
    CHECK(std::count_if(by_theme.begin(), by_theme.end(),
                        [](const db::Group& g) { return !g.key; }) == 1);
    db::ActivityScope march{d(2026, 3, 1), d(2026, 3, 31), {}, {}, {}};
    CHECK(db::tally_all(fx.store, march).activities == 1);
}

TEST_CASE("referrals, months, days, last activity and unassigned work") {
    ReportFixture fx;
    const auto targets = db::referrals_by_target(fx.store, fx.year);
    REQUIRE(targets.size() == 2);
    CHECK(targets[0].target == "ggd");
    CHECK(targets[0].referrals == 3);
    CHECK(targets[0].activities == 2);
    CHECK(db::referral_totals(fx.store, fx.year).activities == 2);
    const auto months = db::person_months(fx.store, fx.year);
    REQUIRE(months.size() == 3);
    CHECK(months[0].month == "2026-03");
    CHECK(db::person_days(fx.store, fx.year).at(fx.amira).size() == 2);
    const auto last = db::last_activity(fx.store, d(2026, 4, 7));
    REQUIRE(last.size() == 1);
    CHECK(last[0] == std::pair{fx.amira, d(2026, 4, 7)});
    const auto unassigned = db::unassigned_activities(fx.store, fx.year);
    REQUIRE(unassigned.size() == 2);
    CHECK(unassigned[0].person == fx.amira);
    CHECK(unassigned[0].activities == 1); // the April one; March is inside the assignment
    CHECK(unassigned[0].first == d(2026, 4, 7));
}
