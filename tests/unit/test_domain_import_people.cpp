// `register import`: the header is refused before any row, every bad row is reported, and rows
// are written all or none.
#include "domain/config.hpp"
#include "domain/import_people.hpp"
#include "store/people_store.hpp"
#include "temp_dir.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

using namespace sleutel;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {
const Date today = Date{year{2026}, November, day{23}};

struct Fixture {
    TempDir dir;
    Store store{dir.file("i.db"), OpenMode::create, 0ms};
    Config config = config::load_default();
};
} // namespace

TEST_CASE("the KIND words name the kinds") {
    CHECK(people_kind("persons") == PeopleKind::persons);
    CHECK(people_kind("orgs") == PeopleKind::organisations);
    CHECK_FALSE(people_kind("people").has_value());
}

TEST_CASE("a header with an unknown column or without handle is refused at line 1") {
    CHECK_THROWS_WITH_AS(read_people_csv("handle,name,shoe_size\n", "p.csv", PeopleKind::persons),
                         "p.csv:1: unknown column 'shoe_size'", DataError);
    CHECK_THROWS_WITH_AS(read_people_csv("name,municipality\n", "p.csv", PeopleKind::persons),
                         "p.csv:1: the header has no 'handle' column", DataError);
    // Person columns are not organisation columns.
    CHECK_THROWS_AS(read_people_csv("handle,name,gender\n", "o.csv", PeopleKind::organisations),
                    DataError);
}

TEST_CASE("good rows are checked, normalised and saved in one go") {
    Fixture fx;
    PeopleImport import = read_people_csv(
        "handle,name,municipality,langs\namira,Amira,Haarlem,ar:native;nl:B1\nbo,Bo,,\n", "p.csv",
        PeopleKind::persons);
    check_people_rows(import, fx.store, fx.config, today);
    REQUIRE(import.rows.size() == 2);
    CHECK(import.rows[0].handle == "amira");
    CHECK(import.rows[0].person.municipality == "GM0392"); // a name becomes its code
    CHECK(import.rows[0].person.languages.size() == 2);
    CHECK_FALSE(import.rows[1].person.municipality.has_value()); // an empty cell is absent
    CHECK(db::all_handles(fx.store, db::Kind::person).empty());  // checking writes nothing
    save_people_rows(import, fx.store, fx.config, today);
    CHECK(db::all_handles(fx.store, db::Kind::person) == std::vector<std::string>{"amira", "bo"});
}

TEST_CASE("every bad row is reported with its line, and nothing is kept") {
    Fixture fx;
    PeopleImport first =
        read_people_csv("handle,name\namira,Amira\n", "p.csv", PeopleKind::persons);
    check_people_rows(first, fx.store, fx.config, today);
    save_people_rows(first, fx.store, fx.config, today);

    PeopleImport import = read_people_csv("handle,name\nbo,Bo\namira,Again\ncas\ndex,\nbo,Twice\n",
                                          "p.csv", PeopleKind::persons);
    try {
        check_people_rows(import, fx.store, fx.config, today);
        FAIL("the rows were accepted");
    } catch (const RowsRejected& e) {
        CHECK(std::string(e.what()) == "4 of 5 rows rejected; nothing was imported");
        CHECK(e.problems() == std::vector<std::string>{
                                  "p.csv:3: 'amira' is already registered",
                                  "p.csv:4: 1 fields where the header has 2",
                                  "p.csv:5: the name is missing",
                                  "p.csv:6: 'bo' appears twice in this file",
                              });
        CHECK(e.code() == ExitCode::data);
    }
}

TEST_CASE("organisations need a name and a type") {
    Fixture fx;
    PeopleImport import = read_people_csv("handle,name,type\nggd,GGD,ggd\nwijk,Wijkteam,\n",
                                          "o.csv", PeopleKind::organisations);
    CHECK_THROWS_AS(check_people_rows(import, fx.store, fx.config, today), RowsRejected);
}

TEST_CASE("in a file separated by ';' the dates of a person may have the day first") {
    Fixture fx;
    PeopleImport import =
        read_people_csv("handle;name;since;birth_date;trainings\n"
                        "amira;Amira;1-3-2024;05/04/1990;\"Basis@10-2-2024;EHBO\"\n",
                        "p.csv", PeopleKind::persons);
    check_people_rows(import, fx.store, fx.config, today);
    REQUIRE(import.rows.size() == 1);
    const PersonFields& p = import.rows[0].person;
    CHECK(p.since == Date{std::chrono::year{2024}, std::chrono::March, std::chrono::day{1}});
    CHECK(p.birth_date == Date{std::chrono::year{1990}, std::chrono::April, std::chrono::day{5}});
    REQUIRE(p.trainings.size() == 2);
    CHECK(p.trainings[0].completed_on ==
          Date{std::chrono::year{2024}, std::chrono::February, std::chrono::day{10}});
    CHECK_FALSE(p.trainings[1].completed_on);

    PeopleImport bad =
        read_people_csv("handle;name;since\nbo;Bo;30-2-2024\n", "p.csv", PeopleKind::persons);
    try {
        check_people_rows(bad, fx.store, fx.config, today);
        FAIL("a day that does not exist was accepted");
    } catch (const RowsRejected& e) {
        CHECK(e.problems() ==
              std::vector<std::string>{"p.csv:2: column 'since': the date '30-2-2024' does not "
                                       "exist (write the day first, D-M-YYYY, or YYYY-MM-DD)"});
    }
    // A comma file keeps the ISO date only.
    PeopleImport comma =
        read_people_csv("handle,name,since\nbo,Bo,1-3-2024\n", "p.csv", PeopleKind::persons);
    CHECK_THROWS_AS(check_people_rows(comma, fx.store, fx.config, today), RowsRejected);
}
