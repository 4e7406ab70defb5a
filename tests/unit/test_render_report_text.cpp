// Reports as text, Markdown, CSV and JSON, and the file names of -o FOLDER.
#include "render/report_render.hpp"
#include "test_report_fixture.hpp"

#include <doctest/doctest.h>

using namespace report_test;

TEST_CASE("file names for -o FOLDER") {
    const Date t = d(2026, 11, 23);
    CHECK(report_file_name("hours", parse_period("lastweek", t)) == "sleutel-hours-2026-W47.csv");
    CHECK(report_file_name("summary", parse_period("2026-11", t)) == "sleutel-summary-2026-11.csv");
}
