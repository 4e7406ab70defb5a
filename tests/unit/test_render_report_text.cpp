// Reports as text, Markdown, CSV and JSON, and the file names of -o FOLDER.
#include "render/report_render.hpp"
#include "util/error.hpp"

#include "test_report_fixture.hpp"
#include <sstream>

#include <doctest/doctest.h>

using namespace report_test;

TEST_CASE("file names for -o FOLDER") {
    const Date t = d(2026, 11, 23);
    CHECK(report_file_name("hours", parse_period("lastweek", t)) == "sleutel-hours-2026-W47.csv");
    CHECK(report_file_name("summary", parse_period("2026-11", t)) == "sleutel-summary-2026-11.csv");
}

namespace {

ReportDocument weekly(Fixture& p) {
    const Id ana = p.person("ana", "employed", 480);
    p.assign_to(ana, "voorlichter", 480, d(2025, 1, 1));
    p.log("ana", d(2026, 1, 2), 90, {"gezondheid"});
    return p.report(ReportKind::weekly, "2026-W01");
}

std::string written(const ReportDocument& doc, Format format) {
    std::ostringstream out;
    render_report(doc, format, RenderOptions{}, out);
    return out.str();
}

} // namespace

TEST_CASE("a combined report: a heading per section in Markdown, JSON by section kind") {
    Fixture p;
    const ReportDocument doc = weekly(p);
    const std::string md = written(doc, Format::md);
    CHECK(md.rfind("# " + doc.programme + "\n\n", 0) == 0);
    for (const Report& r : doc.sections)
        CHECK(md.find("## " + r.title) != std::string::npos);
    const std::string json = written(doc, Format::json);
    CHECK(json.find("\"report\": \"weekly\"") != std::string::npos);
    CHECK(json.find("\"summary\": {") != std::string::npos);
    CHECK(json.find("\"hours\": {") != std::string::npos);
    CHECK(json.find("\"signals\": {") != std::string::npos);
    const std::string table = written(doc, Format::table);
    CHECK(table.find("1:30") != std::string::npos);
}

TEST_CASE("CSV holds one section: a combined report is refused, a single one is a table") {
    Fixture p;
    const ReportDocument doc = weekly(p);
    CHECK_THROWS_AS(written(doc, Format::csv), InternalError);
    ReportDocument one = doc;
    one.sections = {doc.sections.front()};
    one.combined = false;
    const std::string csv = written(one, Format::csv);
    CHECK(csv.find("ana") != std::string::npos);
    CHECK(csv.find("90") != std::string::npos); // minutes as a number for scripts
    CHECK_THROWS_AS(written(one, Format::xlsx), InternalError);
}
