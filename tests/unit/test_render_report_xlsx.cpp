// The xlsx workbook: a zip with one worksheet per section.
#include "test_report_fixture.hpp"

#include "render/report_render.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <iterator>

using namespace report_test;

namespace {

std::string bytes_of(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("xlsx: a zip with one sheet per section, named after the section") {
    Fixture p;
    const Id ana = p.person("ana", "employed", 480);
    p.assign_to(ana, "voorlichter", 480, d(2025, 1, 1));
    p.log("ana", d(2026, 1, 2), 90);
    const ReportDocument doc = p.report(ReportKind::weekly, "2026-W01");
    REQUIRE(doc.sections.size() == 4);
    const std::string path = p.dir.file("week.xlsx");
    write_xlsx(doc, RenderOptions{}, path);
    const std::string zip = bytes_of(path);
    REQUIRE(zip.size() > 4);
    CHECK(zip.substr(0, 4) == std::string("PK\x03\x04", 4));
    // The names of a zip's members are stored as they are, also when the contents are packed.
    CHECK(zip.find("xl/worksheets/sheet1.xml") != std::string::npos);
    CHECK(zip.find("xl/worksheets/sheet4.xml") != std::string::npos);
    CHECK(zip.find("xl/worksheets/sheet5.xml") == std::string::npos);
}
