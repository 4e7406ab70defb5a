// Tables line up in any script, CSV quotes per RFC 4180, JSON keeps types, Markdown escapes
// (render/render.cpp).
#include "model/words.hpp"
#include "render/cells.hpp"
#include "render/render.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>
#include <sstream>

using namespace sleutel;
using namespace std::chrono;

namespace {
Table people() {
    Table t;
    t.columns = {{"key", "persoon"},
                 {"minutes", "uren"},
                 {"expenses_cents", "kosten"},
                 {"themes", "thema's"}};
    t.rows.push_back(
        {std::string("amira"), Duration{90}, Money{1250}, TextList{"gezondheid", "taal"}});
    // Arabic and Ge'ez (Tigrinya) names: one terminal column per letter.
    t.rows.push_back({std::string("\xD8\xB3\xD9\x84\xD9\x85\xD9\x89"), Duration{605}, Money{0},
                      TextList{"taal"}});
    t.rows.push_back({std::string("\xE1\x8B\xB3\xE1\x8A\x95\xE1\x8A\xA4\xE1\x88\x8D"), Duration{5},
                      Money{123456}, TextList{"werk"}});
    return t;
}
std::string rendered(const Table& t, Format f, RenderOptions o = {}) {
    std::ostringstream out;
    render(t, f, o, out);
    return out.str();
}
std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}
} // namespace

TEST_CASE("table columns line up with Arabic and Ge'ez names") {
    const auto out = lines(rendered(people(), Format::table));
    REQUIRE(out.size() == 5);
    // Every data row has the same display width up to the end of the money column.
    std::vector<std::size_t> money_ends;
    for (std::size_t i : {0u, 2u, 3u, 4u}) {
        const std::string& line = out[i];
        const auto themes_at = line.rfind("  ");
        money_ends.push_back(display_width(line.substr(0, themes_at)));
    }
    CHECK(money_ends[1] == money_ends[2]);
    CHECK(money_ends[2] == money_ends[3]);
    CHECK(out[2].find("1:30") != std::string::npos);
    CHECK(out[2].find("\xE2\x82\xAC 12,50") != std::string::npos);
    CHECK(out[4].find("\xE2\x82\xAC 1.234,56") != std::string::npos);
    for (const std::string& line : out)
        CHECK(line.back() != ' ');
}

TEST_CASE("no trailing blanks, also after an empty last cell") {
    Table t;
    t.columns = {{"key", "k"}, {"note", "n"}};
    t.rows.push_back({std::string("amira"), std::monostate{}});
    t.rows.push_back({std::string("b"), std::string("x")});
    for (const std::string& line : lines(rendered(t, Format::table)))
        CHECK(line.back() != ' ');
}

TEST_CASE("an empty table says so in the programme's language") {
    Table t;
    t.columns = {{"key", "persoon"}};
    CHECK(rendered(t, Format::table).find("(geen rijen)") != std::string::npos);
    CHECK(rendered(t, Format::table, {Language::en}).find("(no rows)") != std::string::npos);
    CHECK(rendered(t, Format::json) == "[]\n");
    CHECK(rendered(t, Format::csv) == "key\n");
}

TEST_CASE("CSV quotes per RFC 4180 and writes plain numbers") {
    Table t;
    t.columns = {{"key", "k"}, {"note", "n"}, {"minutes", "m"}, {"after_hours", "a"}};
    t.rows.push_back(
        {std::string("amira"), std::string("zei \"hoi\", toen\nweg"), Duration{90}, true});
    CHECK(rendered(t, Format::csv) ==
          "key,note,minutes,after_hours\namira,\"zei \"\"hoi\"\", toen\nweg\",90,true\n");
}

TEST_CASE("CSV for Dutch Excel: separator, byte order mark, CRLF") {
    Table t;
    t.columns = {{"key", "k"}, {"label", "l"}};
    t.rows.push_back({std::string("a"), std::string("x;y")});
    RenderOptions excel{Language::nl, ';', true, false};
    // Dutch Excel is read by people: the headings are the labels, not the keys.
    CHECK(rendered(t, Format::csv, excel) == "\xEF\xBB\xBFk;l\r\na;\"x;y\"\r\n");
    Table km;
    km.columns = {{"km", "km"}};
    km.rows.push_back({Km{85}});
    CHECK(rendered(km, Format::csv, excel) == "\xEF\xBB\xBFkm\r\n8,5\r\n"); // not a date in Excel
    CHECK(rendered(km, Format::csv) == "km\n8.5\n");
}

TEST_CASE("JSON keeps keys, numbers, lists and nulls") {
    Table t;
    t.columns = {{"key", "k"},    {"minutes", "m"},     {"expenses_cents", "e"}, {"ratio", "r"},
                 {"themes", "t"}, {"after_hours", "a"}, {"date", "d"},           {"ref", "x"}};
    t.rows.push_back({std::string("amira"), Duration{90}, Money{1250}, Ratio{1.0 / 3.0},
                      TextList{"gezondheid"}, false, Date{year{2026}, November, day{20}},
                      std::monostate{}});
    CHECK(rendered(t, Format::json) == R"([
  {
    "key": "amira",
    "minutes": 90,
    "expenses_cents": 1250,
    "ratio": 0.33,
    "themes": [
      "gezondheid"
    ],
    "after_hours": false,
    "date": "2026-11-20",
    "ref": null
  }
]
)");
}

TEST_CASE("Markdown escapes pipes and aligns numbers right") {
    Table t;
    t.columns = {{"key", "Naam"}, {"minutes", "Uren"}};
    t.rows.push_back({std::string("a|b"), Duration{60}});
    CHECK(rendered(t, Format::md) == "| Naam | Uren |\n| --- | ---: |\n| a\\|b | 1:00 |\n");
}

TEST_CASE("CSV text that begins like a formula gets a leading quote; numbers do not") {
    Table t;
    t.columns = {{"key", "k"}, {"name", "n"}, {"reached", "r"}, {"themes", "t"}};
    for (const char* text : {"=HYPERLINK(\"http://x\")", "+cmd", "-2+3", "@SUM(1)", "\tx", "\rx"})
        t.rows.push_back(
            {std::string("a"), std::string(text), std::int64_t{-3}, TextList{"=1", "b"}});
    const std::vector<std::string> out = lines(rendered(t, Format::csv));
    REQUIRE(out.size() == 7);
    CHECK(out[1] == "a,\"'=HYPERLINK(\"\"http://x\"\")\",-3,'=1;b");
    CHECK(out[2] == "a,'+cmd,-3,'=1;b");
    CHECK(out[3] == "a,'-2+3,-3,'=1;b");
    CHECK(out[4] == "a,'@SUM(1),-3,'=1;b");
    CHECK(out[5] == "a,'\tx,-3,'=1;b");
}

TEST_CASE("formats by name and by file extension") {
    CHECK(format_from_name("csv") == Format::csv);
    CHECK_FALSE(format_from_name("pdf"));
    CHECK(format_from_extension("out/week.json") == Format::json);
    CHECK(format_from_extension("week.md") == Format::md);
    CHECK(format_from_extension("week.txt") == Format::table);
    CHECK(format_from_extension("week.xlsx") == Format::xlsx);
    CHECK_FALSE(format_from_extension("week"));
    CHECK_FALSE(format_from_extension("dir.d/week"));
    // The cli offers html and xlsx for reports only; reaching here is a bug.
    CHECK_THROWS_AS(rendered(people(), Format::html), InternalError);
}

TEST_CASE("Markdown tables make no tag, link or image of a cell") {
    Table t;
    t.columns = {{"name", "Naam"}};
    t.rows.push_back({std::string("<b>[x](http://y)</b>")});
    CHECK(rendered(t, Format::md) ==
          "| Naam |\n| --- |\n| &lt;b&gt;\\[x\\](http://y)&lt;/b&gt; |\n");
}

TEST_CASE("ids of a vocabulary are words for people and ids for scripts") {
    Table t;
    t.columns = {{"severity", "ernst", words::severity}, {"exceeds", "boven"}};
    t.rows.push_back({std::string("warning"), true});
    RenderOptions dutch{Language::nl, ',', false, false};
    const std::string table = rendered(t, Format::table, dutch);
    CHECK(table.find("waarschuwing") != std::string::npos);
    CHECK(table.find("ja") != std::string::npos);
    CHECK(table.find("warning") == std::string::npos);
    CHECK(rendered(t, Format::csv, dutch) == "severity,exceeds\nwarning,true\n");
    CHECK(rendered(t, Format::json, dutch).find("\"warning\"") != std::string::npos);
    RenderOptions excel{Language::nl, ';', false, false};
    CHECK(rendered(t, Format::csv, excel) == "ernst;boven\nwaarschuwing;ja\n");
    RenderOptions english{Language::en, ',', false, false};
    CHECK(rendered(t, Format::md, english).find("| warning | yes |") != std::string::npos);
}

TEST_CASE("language codes in a language column read as names beside the codes") {
    Table t;
    t.columns = {{"languages_missing", "ontbreekt", words::language}};
    t.rows.push_back({TextList{"ar", "ti", "zz"}});
    const std::string table =
        rendered(t, Format::table, RenderOptions{Language::nl, ',', false, false});
    CHECK(table.find("Arabisch (ar), Tigrinya (ti), zz") != std::string::npos);
    CHECK(rendered(t, Format::json, RenderOptions{}).find("\"ar\"") != std::string::npos);
    CHECK(rendered(t, Format::csv, RenderOptions{}) == "languages_missing\nar;ti;zz\n");
}

TEST_CASE("rows written one at a time: JSON as the whole array would be, passes as few as can be") {
    Table t = people();
    t.columns.push_back({"referrals", "doorverwijzingen"});
    for (auto& row : t.rows)
        row.push_back(Referrals{});
    std::get<Referrals>(t.rows[0].back()).items = {{"huisarts", 2}, {"ggd", 1}};
    // What a whole nlohmann array of the same objects dumps as: the layout scripts have read.
    auto whole = nlohmann::ordered_json::array();
    for (const auto& row : t.rows) {
        auto object = nlohmann::ordered_json::object();
        for (std::size_t c = 0; c < t.columns.size(); ++c)
            object[t.columns[c].key] = json_value(row[c]);
        whole.push_back(object);
    }
    CHECK(rendered(t, Format::json) == whole.dump(2) + "\n");
    CHECK(rendered(Table{t.columns, {}}, Format::json) == "[]\n");

    for (const auto& [format, passes] : {std::pair{Format::json, 1}, std::pair{Format::csv, 1},
                                         std::pair{Format::table, 2}, std::pair{Format::md, 2}}) {
        int runs = 0;
        std::ostringstream out;
        render_rows(
            t.columns,
            [&](const std::function<void(const std::vector<Value>&)>& row) {
                ++runs;
                for (const auto& r : t.rows)
                    row(r);
            },
            format, {}, out);
        CHECK(runs == passes);
        CHECK(out.str() == rendered(t, format));
    }
}
