// The html report page: self-contained, charts per subject, every text escaped.
#include "render/report_render.hpp"
#include "test_report_fixture.hpp"

#include <doctest/doctest.h>

using namespace report_test;

TEST_CASE("the html page is self-contained, with a chart per subject") {
    Fixture p;
    const Id ana = p.person("ana", "employed", 480);
    p.assign_to(ana, "voorlichter", 480, d(2025, 1, 1));
    p.log("ana", d(2026, 1, 2), 60, {"gezondheid"});
    ReportRequest request;
    request.today = today;
    request.period = parse_period("2026-W01", today);
    const ReportDocument doc =
        build_report({{&p.store, "r"}}, p.config, ReportKind::weekly, request, Charts::with);
    const std::string page = html::page(doc, RenderOptions{});
    CHECK(page.find("<svg") != std::string::npos);
    CHECK(page.find("src=") == std::string::npos);
    CHECK(page.find("href=") == std::string::npos);
    CHECK(page.find("Tijd per thema") != std::string::npos);
    CHECK(page.find("Bereikt per week") != std::string::npos);
    CHECK(page.find("Uren tegen contract") != std::string::npos);
}

TEST_CASE("the html page escapes every text it was given") {
    ReportDocument doc;
    doc.kind = "summary";
    doc.programme = "<b>Sleutel & co</b>";
    doc.period = {d(2026, 1, 1), d(2026, 1, 7), "2026-W01"};
    doc.generated_at = "2026-01-08T09:00:00Z";
    Report r;
    r.kind = "summary";
    r.group_by = "person";
    r.title = "Per \"persoon\"";
    r.table.columns = {{"key", "persoon"}, {"label", "naam"}};
    r.table.rows.push_back({std::string("ana"), std::string("<script>alert(1)</script>")});
    r.notes = {"a < b"};
    doc.sections = {r};
    const std::string page = html::page(doc, RenderOptions{});
    CHECK(page.find("<script>") == std::string::npos);
    CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(page.find("&lt;b&gt;Sleutel &amp; co&lt;/b&gt;") != std::string::npos);
    CHECK(page.find("Per &quot;persoon&quot;") != std::string::npos);
    CHECK(page.find("a &lt; b") != std::string::npos);
    CHECK(page.find("<html lang=\"nl\"") != std::string::npos);
}

TEST_CASE("reached per week: a weekly report shows 8 weeks, a month marks its partial weeks") {
    Fixture p;
    const Id ana = p.person("ana", "employed", 480);
    p.assign_to(ana, "voorlichter", 480, d(2025, 1, 1));
    Activity a;
    a.person = "ana";
    a.type = "groepsvoorlichting";
    a.date = d(2025, 12, 30);
    a.minutes = 60;
    a.reached = 12;
    ActivityChecker(p.store, p.config, today).check(a, true);
    log_activity(p.store, a);
    ReportRequest request;
    request.today = today;
    request.period = parse_period("2026-W01", today);
    const std::string weekly = html::page(
        build_report({{&p.store, "r"}}, p.config, ReportKind::weekly, request, Charts::with),
        RenderOptions{});
    CHECK(weekly.find(">wk 46<") != std::string::npos); // 2025-W46, 8 weeks back
    CHECK(weekly.find(">wk 45<") == std::string::npos);
    CHECK(weekly.find(">wk 1<") != std::string::npos);
    CHECK(weekly.find("(deel)") == std::string::npos);
    CHECK(weekly.find("de laatste 8 weken") != std::string::npos);
    // December 2025 ends on a Wednesday: week 1 of 2026 lies partly inside it.
    request.period = parse_period("2025-12", today);
    const std::string monthly = html::page(
        build_report({{&p.store, "r"}}, p.config, ReportKind::monthly, request, Charts::with),
        RenderOptions{});
    CHECK(monthly.find(">wk 1 (deel)<") != std::string::npos);
    CHECK(monthly.find(">wk 49<") != std::string::npos);
    CHECK(monthly.find("fill-opacity=\"0.4\"") != std::string::npos);
    CHECK(monthly.find("<p class=\"period\">december 2025</p>") != std::string::npos);
}
