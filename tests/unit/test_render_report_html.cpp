// The html report page: self-contained, charts per subject, every text escaped.
#include "model/words.hpp"
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

TEST_CASE("progress: a bar per target on its own scale, the expected mark, the status colour") {
    ReportDocument doc;
    doc.kind = "progress";
    doc.programme = "P";
    doc.period = {d(2026, 3, 1), d(2026, 3, 31), "2026-03"};
    doc.generated_at = "2026-04-01T09:00:00Z";
    Report r;
    r.kind = "progress";
    r.group_by = "target";
    r.title = "Voortgang";
    r.table.columns = {{"key", "doel"},
                       {"label", "naam"},
                       {"target", "beloofd"},
                       {"actual", "behaald"},
                       {"expected", "v"},
                       {"ratio", "verhouding"},
                       {"status", "status", words::progress_status}};
    // 130 of 600, expecting 147.95: the outline fills the 380 px bar, the fill is 380 x 130 /
    // 600 = 82.3, the mark at 170 + 380 x 147.95 / 600 = 263.7, orange for behind.
    r.table.rows.push_back({std::string("reach"), std::string("Bereik <2026>"), std::int64_t{600},
                            std::int64_t{130}, Ratio{147.95}, Ratio{0.88}, std::string("behind")});
    // 20 of 10, expecting 5: done is the longer bar now, so the scale is 20: the outline is
    // 190.0, the fill 380.0, the mark at 170 + 95 = 265.0, green for ahead.
    r.table.rows.push_back({std::string("more"), std::string("Meer"), std::int64_t{10},
                            std::int64_t{20}, Ratio{5.0}, Ratio{4.0}, std::string("ahead")});
    doc.sections = {r};
    const std::string page = html::page(doc, RenderOptions{});
    auto count = [&](std::string_view what) {
        std::size_t n = 0;
        for (auto at = page.find(what); at != std::string::npos; at = page.find(what, at + 1))
            ++n;
        return n;
    };
    CHECK(count("<g class=\"target\">") == 2);
    CHECK(page.find("Bereik &lt;2026&gt;") != std::string::npos);
    CHECK(page.find(R"(width="380.0" height="14" fill="none")") != std::string::npos);
    CHECK(page.find(R"(width="82.3" height="8" fill="#c26d2c")") != std::string::npos);
    CHECK(page.find(R"(x1="263.7")") != std::string::npos);
    CHECK(page.find(R"(width="190.0" height="14" fill="none")") != std::string::npos);
    CHECK(page.find(R"(width="380.0" height="8" fill="#5b8c3a")") != std::string::npos);
    CHECK(page.find(R"(x1="265.0")") != std::string::npos);
    CHECK(page.find("130 / 600") != std::string::npos);
    // The status in the table is the programme's word, not the id.
    CHECK(page.find("achter op schema") != std::string::npos);
}
