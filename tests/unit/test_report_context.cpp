// What a report reads of one database: its people and who is selected, the period's aggregates,
// the agreements and statuses that held when, and the day the period is judged on
// (report/context.cpp).
#include "report/builders.hpp"
#include "store/connection.hpp"
#include "test_report_fixture.hpp"

#include <doctest/doctest.h>

using namespace report_test;
using sleutel::report::Context;

namespace {
ReportRequest request_for(const std::string& period) {
    ReportRequest request;
    request.today = today;
    request.period = parse_period(period, today);
    return request;
}
} // namespace

TEST_CASE("the context reads everyone, labels them and selects by person and municipality") {
    Fixture fx;
    const Id ana = fx.person("ana", "volunteer", 480);
    const Id bo = fx.person("bo", "employed", 600);
    PersonFields elsewhere;
    elsewhere.municipality.emplace("Amsterdam");
    register_person(fx.store, fx.config, "bo", elsewhere, true, today);
    const ReportRequest request = request_for("2026-01");
    const Context all({fx.store, fx.config, request, std::nullopt});
    REQUIRE(all.persons.size() == 2);
    CHECK(all.person_label(all.persons.at(ana)) == "ana");
    Person nameless = all.persons.at(ana);
    nameless.fields.name.reset();
    nameless.handle = "anon";
    CHECK(all.person_label(nameless) == "anon");
    CHECK(all.selected(all.persons.at(ana)));
    CHECK(all.selected(all.persons.at(bo)));
    CHECK(all.scope.from == d(2026, 1, 1));
    CHECK(all.scope.to == d(2026, 1, 31));

    const Context one({fx.store, fx.config, request, bo});
    CHECK(one.persons.size() == 2); // read all the same: labels need them
    CHECK_FALSE(one.selected(one.persons.at(ana)));
    CHECK(one.selected(one.persons.at(bo)));

    ReportRequest haarlem = request;
    haarlem.municipality = all.persons.at(ana).fields.municipality;
    const Context local({fx.store, fx.config, haarlem, std::nullopt});
    CHECK(local.selected(local.persons.at(ana)));
    CHECK_FALSE(local.selected(local.persons.at(bo)));
}

TEST_CASE("a person's status on a day is the one that held then; the first reaches back") {
    Fixture fx;
    const Id ana = fx.person("ana", "volunteer", 480); // active since 2025-01-01
    change_status(fx.store, {ana, "ana"}, "paused", d(2025, 6, 1));
    change_status(fx.store, {ana, "ana"}, "left", d(2026, 1, 10));
    const ReportRequest request = request_for("2026-01");
    const Context c({fx.store, fx.config, request, std::nullopt});
    const Person& p = c.persons.at(ana);
    CHECK(p.status == "left"); // what holds now
    CHECK(c.status_on(p, d(2024, 1, 1)) == "active");
    CHECK(c.status_on(p, d(2025, 5, 31)) == "active");
    CHECK(c.status_on(p, d(2025, 6, 1)) == "paused");
    CHECK(c.status_on(p, d(2026, 1, 9)) == "paused");
    CHECK(c.status_on(p, d(2026, 1, 10)) == "left");
}

TEST_CASE("without a status history a person's own status counts") {
    Fixture fx;
    const Id ana = fx.person("ana", "volunteer", 480);
    sqlite_connection(fx.store).exec("DELETE FROM person_status");
    sqlite_connection(fx.store).exec("UPDATE person SET status = 'paused'");
    const ReportRequest request = request_for("2026-01");
    const Context c({fx.store, fx.config, request, std::nullopt});
    CHECK(c.status_on(c.persons.at(ana), d(2025, 1, 1)) == "paused");
}

TEST_CASE("the agreements of a person, in order; none for a person without them") {
    Fixture fx;
    const Id ana = fx.person("ana", "volunteer", 480);
    const Id bo = fx.person("bo", "employed", 600);
    AgreementChange change;
    change.from = d(2025, 9, 1);
    change.minutes_per_week = 240;
    set_agreement(fx.store, {ana, "ana"}, change);
    const ReportRequest request = request_for("2026-01");
    const Context c({fx.store, fx.config, request, std::nullopt});
    const auto& of_ana = c.agreements_of(ana);
    REQUIRE(of_ana.size() == 2);
    CHECK(of_ana[0].from == d(2025, 1, 1));
    CHECK(of_ana[0].minutes_per_week == 480);
    CHECK(of_ana[1].from == d(2025, 9, 1));
    CHECK(of_ana[1].minutes_per_week == 240);
    CHECK(of_ana[1].contract == "volunteer"); // carried over
    REQUIRE(c.agreements_of(bo).size() == 1);
    CHECK(c.agreements_of(bo)[0].contract == "employed");
    CHECK(c.agreements_of(9999).empty());
    CHECK(c.agreements().size() == 2);
}

TEST_CASE("a period is judged on its last day, or on today while it runs") {
    Fixture fx;
    const ReportRequest past = request_for("2025-12");
    CHECK(Context({fx.store, fx.config, past, std::nullopt}).as_of() == d(2025, 12, 31));
    const ReportRequest running = request_for("2026-01");
    CHECK(Context({fx.store, fx.config, running, std::nullopt}).as_of() == today);
    ReportRequest ended_today = request_for("2026-01");
    ended_today.today = d(2026, 1, 31);
    CHECK(Context({fx.store, fx.config, ended_today, std::nullopt}).as_of() == d(2026, 1, 31));
}

TEST_CASE("the period's totals, and the work of its year from 1 January, per day and month") {
    Fixture fx;
    const Id ana = fx.person("ana", "volunteer", 480);
    fx.log("ana", d(2025, 12, 15), 30);
    fx.log("ana", d(2026, 1, 5), 60);
    fx.log("ana", d(2026, 1, 5), 15);
    fx.log("ana", d(2026, 1, 12), 45);
    const ReportRequest request = request_for("2026-W02"); // 5 to 11 January
    const Context c({fx.store, fx.config, request, std::nullopt});
    CHECK(c.totals().activities == 2);
    CHECK(c.totals().minutes == 75);
    // The year runs from 1 January to the period's end: not December, not the 12th.
    const auto& days = c.year_days().at(ana);
    REQUIRE(days.size() == 1);
    CHECK(days[0].date == d(2026, 1, 5));
    CHECK(days[0].minutes == 75);
    REQUIRE(c.year_months().size() == 1);
    CHECK(c.year_months()[0].month == "2026-01");
    CHECK(c.year_months()[0].minutes == 75);

    const ReportRequest december = request_for("2025-12");
    const Context last_year({fx.store, fx.config, december, std::nullopt});
    REQUIRE(last_year.year_months().size() == 1);
    CHECK(last_year.year_months()[0].month == "2025-12");
    CHECK(last_year.year_months()[0].minutes == 30);
}
