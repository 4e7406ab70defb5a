// The CSV reader: quoting, separators, BOM, line numbers for errors.
#include "util/csv.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

using namespace sleutel;

TEST_CASE("RFC 4180 quoting, CRLF and line numbers") {
    const CsvFile f = parse_csv("a,b\r\n1,\"x, \"\"y\"\"\"\r\n\r\n2,\"two\nlines\"\n3,z", "f.csv");
    CHECK(f.separator == ',');
    CHECK(f.header == std::vector<std::string>{"a", "b"});
    REQUIRE(f.records.size() == 3);
    CHECK(f.records[0].line == 2);
    CHECK(f.records[0].fields[1] == "x, \"y\"");
    CHECK(f.records[1].line == 4); // the blank line 3 is skipped
    CHECK(f.records[1].fields[1] == "two\nlines");
    CHECK(f.records[2].line == 6);
    CHECK(f.records[2].fields[1] == "z");
}

TEST_CASE("Dutch Excel: BOM and semicolons") {
    const CsvFile f = parse_csv("\xEF\xBB\xBFHandle;Birth-Year\r\namira;1985\r\n", "f.csv");
    CHECK(f.separator == ';');
    CHECK(f.header == std::vector<std::string>{"handle", "birth_year"});
    CHECK(f.records[0].fields == std::vector<std::string>{"amira", "1985"});
}

TEST_CASE("empty fields and a last line without a line break") {
    // A row of only empty fields is a blank row and skipped.
    const CsvFile f = parse_csv("a,b,c\n,,\n,,z\nx,,y", "f.csv");
    REQUIRE(f.records.size() == 2);
    CHECK(f.records[0].fields == std::vector<std::string>{"", "", "z"});
    CHECK(f.records[1].fields == std::vector<std::string>{"x", "", "y"});
}

TEST_CASE("Excel's sep= line and trailing empty rows") {
    const CsvFile f = parse_csv("sep=;\na;b\n1;2\n;\n;\n", "f.csv");
    CHECK(f.separator == ';');
    CHECK(f.header == std::vector<std::string>{"a", "b"});
    REQUIRE(f.records.size() == 1);
    CHECK(f.records[0].line == 3);
    CHECK_THROWS_WITH_AS(parse_csv("a,b,A\n", "f.csv"),
                         "f.csv:1: column 'a' appears twice in the header", DataError);
}

TEST_CASE("broken CSV is a data error with FILE:LINE") {
    CHECK_THROWS_WITH_AS(parse_csv("a,b\n1,\"open\n2,3\n", "f.csv"),
                         "f.csv:2: a quote is not closed", DataError);
    CHECK_THROWS_WITH_AS(parse_csv("a,b\n1,\"x\"y\n", "f.csv"),
                         "f.csv:2: text after a closing quote", DataError);
    CHECK_THROWS_WITH_AS(parse_csv("a,b\n1,\xc3\x28\n", "f.csv"), "f.csv:2: not valid UTF-8 text",
                         DataError);
    try {
        (void)parse_csv("a,b\n1,\xc3\x28\n", "f.csv");
    } catch (const DataError& e) {
        CHECK(e.hint() == "save the file as \"CSV UTF-8\"");
    }
}

TEST_CASE("one record at a time: reused strings never carry over into the next record") {
    // Long fields first, then a shorter record, an empty field and a quoted one: each record must
    // hold exactly its own fields, however the strings of the one before were filled.
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> records;
    std::vector<std::size_t> lines;
    read_csv(
        "a;b;c\nlong text;more text;and more\nx\n;\"q;\"\"r\";\n", "f.csv",
        [&](const std::vector<std::string>& h, char sep) {
            header = h;
            CHECK(sep == ';');
        },
        [&](const CsvRecord& r) {
            records.push_back(r.fields);
            lines.push_back(r.line);
        });
    CHECK(header == std::vector<std::string>{"a", "b", "c"});
    REQUIRE(records.size() == 3);
    CHECK(records[0] == std::vector<std::string>{"long text", "more text", "and more"});
    CHECK(records[1] == std::vector<std::string>{"x"});
    CHECK(records[2] == std::vector<std::string>{"", "q;\"r", ""});
    CHECK(lines == std::vector<std::size_t>{2, 3, 4});
}

TEST_CASE("a file without a header calls nothing") {
    int calls = 0;
    read_csv(
        "\n\n", "f.csv", [&](const std::vector<std::string>&, char) { ++calls; },
        [&](const CsvRecord&) { ++calls; });
    CHECK(calls == 0);
}

TEST_CASE("an over-long field or record is refused where it is read") {
    const std::string at_limit(csv_max_field_bytes, 'x');
    const CsvFile f = parse_csv("a,b\n1," + at_limit + "\n", "f.csv");
    CHECK(f.records.at(0).fields.at(1).size() == csv_max_field_bytes);
    // Plain and quoted, on the line where the field is.
    CHECK_THROWS_WITH_AS(parse_csv("a,b\n1,2\n3," + at_limit + "x\n", "f.csv"),
                         "f.csv:3: a field is longer than 65536 bytes", DataError);
    CHECK_THROWS_WITH_AS(parse_csv("a,b\n1,\"" + at_limit + "\"\"\"\n", "f.csv"),
                         "f.csv:2: a field is longer than 65536 bytes", DataError);
    CHECK_THROWS_WITH_AS(parse_csv("a,b\n1,\"two\n" + at_limit + "\"\n", "f.csv"),
                         "f.csv:3: a field is longer than 65536 bytes", DataError);
    // Many short fields, or only separators, make a record that is too long.
    std::string wide = "a\n";
    for (std::size_t i = 0; i < 20; ++i)
        wide += std::string(60000, 'y') + ",";
    CHECK_THROWS_WITH_AS(parse_csv(wide, "f.csv"), "f.csv:2: a record is longer than 1048576 bytes",
                         DataError);
    CHECK_THROWS_WITH_AS(
        parse_csv("a\n" + std::string(2 * csv_max_record_bytes, ',') + "z\n", "f.csv"),
        "f.csv:2: a record is longer than 1048576 bytes", DataError);
}

TEST_CASE("a cell guarded against formulas reads back as it was written") {
    for (const char* text :
         {"=SUM(A1)", "+31 6", "-2+3", "@x", "\tx", "\rx", "plain", "", "'quoted", "a=b"}) {
        CAPTURE(text);
        CHECK(unguarded_spreadsheet_text(spreadsheet_text(text)) == text);
    }
    CHECK(spreadsheet_text("=1") == "'=1");
    CHECK(spreadsheet_text("a=b") == "a=b");
    // A quote the user typed before ordinary text is theirs, and stays.
    CHECK(unguarded_spreadsheet_text("'hello") == "'hello");
    CHECK(unguarded_spreadsheet_text("'") == "'");
}

TEST_CASE("spreadsheet text guards only a leading formula character") {
    CHECK(spreadsheet_text("a=b") == "a=b");
    CHECK(spreadsheet_text("").empty());
    CHECK(spreadsheet_text("'=x") == "'=x");
    for (const char* text : {"=1", "+1", "-1", "@x", "\tx", "\rx"})
        CHECK(spreadsheet_text(text) == std::string("'") + text);
}
