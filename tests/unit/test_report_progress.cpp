// The progress report (report/progress.cpp): which targets a period shows, the pro-rata
// expectation, the status band at its edges, the worded label, and several databases added up.
#include "report/builders.hpp"
#include "store/connection.hpp"
#include "test_report_fixture.hpp"

#include <doctest/doctest.h>

using namespace report_test;

namespace {

Target target(const std::string& id, int year, Measure measure, std::int64_t value) {
    Target t;
    t.id = id;
    t.year = year;
    t.measure = measure;
    t.value = value;
    return t;
}

const Report& progress_of(const ReportDocument& doc) {
    REQUIRE(doc.sections.size() == 1);
    REQUIRE(doc.sections.front().kind == "progress");
    return doc.sections.front();
}

std::vector<std::string> keys(const Report& r) {
    std::vector<std::string> out;
    for (std::size_t row = 0; row < r.table.rows.size(); ++row)
        out.push_back(std::get<std::string>(cell(r, row, "key")));
    return out;
}

double ratio_at(const Report& r, std::size_t row) {
    return std::get<Ratio>(cell(r, row, "ratio")).value;
}

// Nine activities of 55 minutes in December 2025: 9 activities, 495 minutes.
void nine_in_december(Fixture& fx) {
    fx.person("ana", "volunteer", 480);
    for (unsigned day = 1; day <= 9; ++day)
        fx.log("ana", d(2025, 12, day), 55, {"gezondheid"});
}

} // namespace

TEST_CASE("on 31 December expected is the whole target, and the band's edges are on track") {
    Fixture fx;
    nine_in_december(fx);
    // 9 of 10 is a ratio of exactly 0.9; 495 of 450 minutes exactly 1.1: both on track. 9 of
    // 11 is 0.82, behind; 495 of 449 is 1.102, ahead.
    fx.config.targets = {target("act-10", 2025, Measure::activities, 10),
                         target("act-11", 2025, Measure::activities, 11),
                         target("min-450", 2025, Measure::minutes, 450),
                         target("min-449", 2025, Measure::minutes, 449)};
    const ReportDocument doc = fx.report(ReportKind::progress, "2025-12");
    const Report& r = progress_of(doc);
    REQUIRE(keys(r) == std::vector<std::string>{"act-10", "act-11", "min-450", "min-449"});
    CHECK(std::get<std::int64_t>(cell(r, 0, "actual")) == 9);
    CHECK(std::get<Ratio>(cell(r, 0, "expected")).value == doctest::Approx(10.0));
    CHECK(ratio_at(r, 0) == doctest::Approx(0.9));
    CHECK(std::get<std::string>(cell(r, 0, "status")) == "on_track");
    CHECK(std::get<std::string>(cell(r, 1, "status")) == "behind");
    CHECK(std::get<Duration>(cell(r, 2, "actual")).minutes == 495);
    CHECK(std::get<Duration>(cell(r, 2, "target")).minutes == 450);
    CHECK(std::get<Duration>(cell(r, 2, "expected")).minutes == 450);
    CHECK(ratio_at(r, 2) == doctest::Approx(1.1));
    CHECK(std::get<std::string>(cell(r, 2, "status")) == "on_track");
    CHECK(std::get<std::string>(cell(r, 3, "status")) == "ahead");
    CHECK(std::get<std::int64_t>(total(r, "targets")) == 4);
    CHECK(std::get<std::int64_t>(total(r, "ahead")) == 1);
    CHECK(std::get<std::int64_t>(total(r, "on_track")) == 2);
    CHECK(std::get<std::int64_t>(total(r, "behind")) == 1);
}

TEST_CASE("a running period is judged today: expected is pro rata of the days so far") {
    Fixture fx;
    fx.person("ana", "volunteer", 480);
    fx.log("ana", d(2026, 1, 5), 60);
    fx.log("ana", d(2026, 1, 20), 60);
    fx.log("ana", d(2025, 12, 31), 60); // last year: not counted for 2026
    // Today is 2026-01-20: 20 days of 365, so a target of 365 expects 20; 2 done is 0.1.
    fx.config.targets = {target("act", 2026, Measure::activities, 365)};
    const ReportDocument r_doc = fx.report(ReportKind::progress, "2026-01");
    const Report& r = progress_of(r_doc);
    REQUIRE(r.table.rows.size() == 1);
    CHECK(std::get<std::int64_t>(cell(r, 0, "actual")) == 2);
    CHECK(std::get<Ratio>(cell(r, 0, "expected")).value == doctest::Approx(20.0));
    CHECK(ratio_at(r, 0) == doctest::Approx(0.1));
    CHECK(std::get<std::string>(cell(r, 0, "status")) == "behind");
}

TEST_CASE("a period across New Year shows last year's targets as they ended beside this year's") {
    Fixture fx;
    nine_in_december(fx);
    fx.log("ana", d(2026, 1, 2), 30);
    fx.config.targets = {target("y2024", 2024, Measure::activities, 10),
                         target("y2025", 2025, Measure::activities, 10),
                         target("y2026", 2026, Measure::activities, 365),
                         target("y2027", 2027, Measure::activities, 10)};
    const ReportDocument r_doc = fx.report(ReportKind::progress, "2025-12-15..2026-01-14");
    const Report& r = progress_of(r_doc);
    REQUIRE(keys(r) == std::vector<std::string>{"y2025", "y2026"});
    // 2025 up to 31 December: all nine against the whole 10.
    CHECK(std::get<std::int64_t>(cell(r, 0, "actual")) == 9);
    CHECK(std::get<Ratio>(cell(r, 0, "expected")).value == doctest::Approx(10.0));
    // 2026 up to the 14th: one activity against 365 x 14 / 365 = 14.
    CHECK(std::get<std::int64_t>(cell(r, 1, "actual")) == 1);
    CHECK(std::get<Ratio>(cell(r, 1, "expected")).value == doctest::Approx(14.0));
}

TEST_CASE("a target without a name is worded from its measure and filters, in the language") {
    Fixture fx;
    nine_in_december(fx);
    Target health = target("health", 2025, Measure::activities, 9);
    health.theme = "gezondheid";
    health.municipality = "GM0392";
    Target named = target("named", 2025, Measure::reached, 9);
    named.name = "Bereik";
    fx.config.targets = {health, named};
    fx.config.programme.language = Language::nl;
    const ReportDocument nl_doc = fx.report(ReportKind::progress, "2025-12");
    const Report& nl = progress_of(nl_doc);
    CHECK(std::get<std::string>(cell(nl, 0, "label")) ==
          "Activiteiten, thema Gezondheid, gemeente Haarlem, 2025");
    CHECK(std::get<std::string>(cell(nl, 1, "label")) == "Bereik");
    CHECK(std::get<std::int64_t>(cell(nl, 0, "actual")) == 9);
    fx.config.programme.language = Language::en;
    const ReportDocument en_doc = fx.report(ReportKind::progress, "2025-12");
    const Report& en = progress_of(en_doc);
    CHECK(std::get<std::string>(cell(en, 0, "label")) ==
          "Activities, theme Gezondheid, municipality Haarlem, 2025");
}

TEST_CASE("internal activity types never count as reached or questions") {
    Fixture fx;
    nine_in_december(fx);
    // Written past the rules, as an old import might have: the report must still leave it out.
    SQLite::Statement set(sqlite_connection(fx.store),
                          "UPDATE activity SET reached = 4, questions = 2, type = CASE WHEN "
                          "date = '2025-12-01' THEN 'intervisie' ELSE type END");
    set.exec();
    fx.config.targets = {target("reached", 2025, Measure::reached, 32),
                         target("questions", 2025, Measure::questions, 16),
                         target("all", 2025, Measure::activities, 9)};
    const ReportDocument r_doc = fx.report(ReportKind::progress, "2025-12");
    const Report& r = progress_of(r_doc);
    // Eight of the nine are not internal: 8 x 4 reached, 8 x 2 questions; all 9 are activities.
    CHECK(std::get<std::int64_t>(cell(r, 0, "actual")) == 32);
    CHECK(std::get<std::int64_t>(cell(r, 1, "actual")) == 16);
    CHECK(std::get<std::int64_t>(cell(r, 2, "actual")) == 9);
}

TEST_CASE("several databases add their actuals against the one target") {
    Fixture a;
    nine_in_december(a);
    Fixture b;
    b.person("bo", "volunteer", 480);
    b.log("bo", d(2025, 12, 3), 60);
    a.config.targets = {target("act", 2025, Measure::activities, 10)};
    ReportRequest request;
    request.today = today;
    request.period = parse_period("2025-12", today);
    const ReportDocument doc = build_report({{&a.store, "a"}, {&b.store, "b"}}, a.config,
                                            ReportKind::progress, request, Charts::without);
    const Report& r = progress_of(doc);
    REQUIRE(r.table.rows.size() == 1);
    // 9 + 1 = 10 against 10: the target is not doubled.
    CHECK(std::get<std::int64_t>(cell(r, 0, "target")) == 10);
    CHECK(std::get<std::int64_t>(cell(r, 0, "actual")) == 10);
    CHECK(ratio_at(r, 0) == doctest::Approx(1.0));
    CHECK(std::get<std::string>(cell(r, 0, "status")) == "on_track");
    CHECK(std::get<std::int64_t>(total(r, "targets")) == 1);
    CHECK(std::get<std::int64_t>(total(r, "on_track")) == 1);
}
