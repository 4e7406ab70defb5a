// Reports built in-process on temporary databases: the numbers, the merge of several databases,
// and the html page.
#include "domain/activities.hpp"
#include "domain/config.hpp"
#include "domain/people.hpp"
#include "render/report_render.hpp"
#include "report/report.hpp"
#include "store/report_store.hpp"
#include "temp_dir.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>
#include <sstream>

using namespace sleutel;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

Date d(int y, unsigned m, unsigned day) {
    return Date{year{y}, month{m}, std::chrono::day{day}};
}
const Date today = d(2026, 1, 20);

struct Fixture {
    TempDir dir;
    Store store{dir.file("r.db"), OpenMode::create, 0ms};
    Config config = config::load_default();
    Id org = 0;

    Fixture() {
        org = register_organisation(store, config, "ggd", {"GGD", "ggd", {}, {}}, false).id;
    }
    Id person(const std::string& handle, const std::string& contract, Minutes hours,
              std::optional<int> birth_year = {}, std::vector<LanguageSkill> languages = {}) {
        PersonFields f;
        f.name = handle;
        f.municipality.emplace("Haarlem");
        f.contract = contract;
        f.minutes_per_week = hours;
        f.birth_year = birth_year;
        f.languages = std::move(languages);
        f.gender.emplace("f");
        f.since = d(2025, 1, 1);
        return register_person(store, config, handle, f, false, today).id;
    }
    void assign_to(Id person_id, const std::string& role, Minutes minutes, Date from) {
        Assignment a;
        a.person_id = person_id;
        a.organisation_id = org;
        a.role = role;
        a.minutes_per_week = minutes;
        a.from = from;
        assign(store, config, a);
    }
    void log(const std::string& handle, Date date, Minutes minutes,
             std::vector<std::string> themes = {}) {
        Activity a;
        a.person = handle;
        a.type = "individueel-contact";
        a.date = date;
        a.minutes = minutes;
        a.themes = std::move(themes);
        ActivityChecker checker(store, config, today);
        checker.check(a, true);
        log_activity(store, a);
    }
    ReportDocument report(ReportKind kind, const std::string& period,
                          std::optional<std::string> by = {}) {
        ReportRequest request;
        request.today = today;
        request.period = parse_period(period, today);
        request.by = std::move(by);
        return build_report({{&store, "r"}}, config, kind, request, false);
    }
};

const Value& cell(const Report& r, std::size_t row, std::string_view key) {
    for (std::size_t c = 0; c < r.table.columns.size(); ++c)
        if (r.table.columns[c].key == key)
            return r.table.rows.at(row).at(c);
    FAIL("no column ", key);
    return r.table.rows.at(row).at(0);
}

const Value& total(const Report& r, std::string_view key) {
    for (const auto& [name, value] : r.totals)
        if (name == key)
            return value;
    FAIL("no total ", key);
    return r.totals.front().second;
}

} // namespace

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

TEST_CASE("hours count an assignment from its first day and judge against overload_ratio") {
    Fixture p;
    const Id ana = p.person("ana", "employed", 840);
    p.assign_to(ana, "adviseur", 840, d(2025, 12, 31)); // Wednesday: 5 of 7 days in W01
    p.log("ana", d(2026, 1, 2), 780);
    const Report r = p.report(ReportKind::hours, "2026-W01").sections.front();
    REQUIRE(r.table.rows.size() == 1);
    CHECK(std::get<Duration>(cell(r, 0, "contracted_minutes")).minutes == 600);
    CHECK(std::get<std::string>(cell(r, 0, "status")) == "over");
    p.config.signals.overload_ratio = 1.5;
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
        build_report(both, a.config, ReportKind::hours, request, false).sections.front();
    REQUIRE(hours.table.rows.size() == 2);
    CHECK(std::get<std::string>(cell(hours, 0, "key")) == "haarlem:ana");
    CHECK(std::get<std::string>(cell(hours, 1, "key")) == "zandvoort:ana");
    CHECK(std::get<Ratio>(total(hours, "ratio")).value == doctest::Approx(180.0 / 720.0));

    request.by = "theme";
    const Report themes =
        build_report(both, a.config, ReportKind::summary, request, false).sections.front();
    REQUIRE(themes.table.rows.size() == 1);
    CHECK(std::get<Duration>(cell(themes, 0, "minutes")).minutes == 180);
    request.by.reset();

    const Report coverage =
        build_report(both, a.config, ReportKind::coverage, request, false).sections.front();
    const auto& missing = std::get<TextList>(cell(coverage, 0, "languages_missing"));
    CHECK(missing == TextList{"fa", "so"}); // Haarlem needs ar, ti, fa, so
    CHECK(std::get<std::int64_t>(cell(coverage, 0, "active_persons")) == 2);
}

TEST_CASE("--by is refused where it means nothing") {
    Fixture p;
    CHECK_THROWS_AS(p.report(ReportKind::hours, "2026-W01", "theme"), UsageError);
    CHECK_THROWS_AS(p.report(ReportKind::summary, "2026-W01", "colour"), UsageError);
}

TEST_CASE("the html page is self-contained, with a chart per subject") {
    Fixture p;
    const Id ana = p.person("ana", "employed", 480);
    p.assign_to(ana, "voorlichter", 480, d(2025, 1, 1));
    p.log("ana", d(2026, 1, 2), 60, {"gezondheid"});
    ReportRequest request;
    request.today = today;
    request.period = parse_period("2026-W01", today);
    const ReportDocument doc =
        build_report({{&p.store, "r"}}, p.config, ReportKind::weekly, request, true);
    const std::string page = html::page(doc, RenderOptions{});
    CHECK(page.find("<svg") != std::string::npos);
    CHECK(page.find("src=") == std::string::npos);
    CHECK(page.find("href=") == std::string::npos);
    CHECK(page.find("Tijd per thema") != std::string::npos);
    CHECK(page.find("Bereikt per week") != std::string::npos);
    CHECK(page.find("Uren tegen contract") != std::string::npos);
}

TEST_CASE("file names for -o FOLDER") {
    const Date t = d(2026, 11, 23);
    CHECK(report_file_name("hours", parse_period("lastweek", t)) == "sleutel-hours-2026-W47.csv");
    CHECK(report_file_name("summary", parse_period("2026-11", t)) == "sleutel-summary-2026-11.csv");
}

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
