// Hours against contract and the volunteer allowance against its ceilings.
#include "domain/people.hpp"
#include "test_report_fixture.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

using namespace report_test;

TEST_CASE("hours count an assignment from its first day and judge against overload_ratio") {
    Fixture p;
    const Id ana = p.person("ana", "employed", 840);
    p.assign_to(ana, "adviseur", 840, d(2025, 12, 31)); // Wednesday: 5 of 7 days in W01
    p.log("ana", d(2026, 1, 2), 780);
    const Report r = p.report(ReportKind::hours, "2026-W01").sections.front();
    REQUIRE(r.table.rows.size() == 1);
    CHECK(std::get<Duration>(cell(r, 0, "contracted_minutes")).minutes == 600);
    CHECK(std::get<std::string>(cell(r, 0, "status")) == "over");
    p.config.alerts.overload_ratio = 1.5;
    const Report relaxed = p.report(ReportKind::hours, "2026-W01").sections.front();
    CHECK(std::get<std::string>(cell(relaxed, 0, "status")) == "ok");
}

TEST_CASE("allowance: under-21 rate, monthly cap, and the year to date resets in January") {
    Fixture p;
    const Id young = p.person("bo", "volunteer", 420, 2006);
    p.assign_to(young, "tolk", 420, d(2025, 1, 1));
    p.log("bo", d(2025, 11, 3), 24 * 60);
    p.log("bo", d(2025, 12, 1), 20 * 60);
    p.log("bo", d(2025, 12, 2), 20 * 60);
    p.log("bo", d(2025, 12, 3), 20 * 60);
    p.log("bo", d(2026, 1, 5), 60);
    const Report dec = p.report(ReportKind::allowance, "2025-12").sections.front();
    REQUIRE(dec.table.rows.size() == 1);
    // 60 h x 330 = 19800: under the 21000 cap; year to date adds November's 24 h x 330 = 7920.
    CHECK(std::get<Money>(cell(dec, 0, "allowance_cents")).cents == 19800);
    CHECK(std::get<Money>(cell(dec, 0, "year_to_date_cents")).cents == 27720);
    CHECK_FALSE(std::get<bool>(cell(dec, 0, "exceeds")));
    p.log("bo", d(2025, 12, 4), 4 * 60); // 64 h x 330 = 21120: over the cap
    const Report over = p.report(ReportKind::allowance, "2025-12").sections.front();
    CHECK(std::get<Money>(cell(over, 0, "allowance_cents")).cents == 21000);
    CHECK(std::get<bool>(cell(over, 0, "exceeds")));
    const Report jan = p.report(ReportKind::allowance, "2026-01").sections.front();
    // Born 2006: 20 in 2026, still the under-21 rate; a new year starts from zero.
    CHECK(std::get<Money>(cell(jan, 0, "allowance_cents")).cents == 330);
    CHECK(std::get<Money>(cell(jan, 0, "year_to_date_cents")).cents == 330);
    CHECK(jan.notes.size() == 1);
}

TEST_CASE("allowance without any ceiling in the config is a config error") {
    Fixture p;
    p.config.allowance.ceilings.clear();
    CHECK_THROWS_AS(p.report(ReportKind::allowance, "2025-12"), ConfigError);
}

TEST_CASE("hours: over the person's own availability is overload, even within the contract") {
    Fixture p;
    const Id ana = p.person("ana", "employed", 840);
    p.assign_to(ana, "adviseur", 840, d(2025, 12, 1));
    AgreementChange change;
    change.from = d(2025, 12, 1);
    change.available_minutes = 420;
    set_agreement(p.store, resolve(p.store, db::Kind::person, "ana"), change);
    p.log("ana", d(2026, 1, 2), 600);
    const Report r = p.report(ReportKind::hours, "2026-W01").sections.front();
    REQUIRE(r.table.rows.size() == 1);
    CHECK(std::get<Duration>(cell(r, 0, "contracted_minutes")).minutes == 840);
    CHECK(std::get<Duration>(cell(r, 0, "available_minutes")).minutes == 420);
    CHECK(std::get<std::string>(cell(r, 0, "status")) == "over");
    const Report signals = p.report(ReportKind::alerts, "2026-W01").sections.front();
    const std::vector<std::string> lines = signal_lines(signals);
    REQUIRE_FALSE(lines.empty());
    CHECK(lines.front() == "overload ana: 10:00 gelogd tegen 7:00 beschikbaar");
}

TEST_CASE("hours: under when well below the contract, with the total ratio summed") {
    Fixture p;
    const Id ana = p.person("ana", "employed", 840);
    p.assign_to(ana, "adviseur", 840, d(2025, 12, 1));
    p.log("ana", d(2026, 1, 2), 120);
    const Report r = p.report(ReportKind::hours, "2026-W01").sections.front();
    CHECK(std::get<std::string>(cell(r, 0, "status")) == "under");
    CHECK(std::get<Ratio>(cell(r, 0, "ratio")).value == doctest::Approx(120.0 / 840.0));
    CHECK(std::get<Ratio>(total(r, "ratio")).value == doctest::Approx(120.0 / 840.0));
}
