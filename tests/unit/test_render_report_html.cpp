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
        build_report({{&p.store, "r"}}, p.config, ReportKind::weekly, request, true);
    const std::string page = html::page(doc, RenderOptions{});
    CHECK(page.find("<svg") != std::string::npos);
    CHECK(page.find("src=") == std::string::npos);
    CHECK(page.find("href=") == std::string::npos);
    CHECK(page.find("Tijd per thema") != std::string::npos);
    CHECK(page.find("Bereikt per week") != std::string::npos);
    CHECK(page.find("Uren tegen contract") != std::string::npos);
}
