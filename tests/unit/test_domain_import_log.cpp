// `log import`: columns by name in any order, all rows or none, known refs skipped.
#include "domain/config.hpp"
#include "domain/import_log.hpp"
#include "domain/people.hpp"
#include "store/activity_store.hpp"
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
    Store store{dir.file("l.db"), OpenMode::create, 0ms};
    Config config = config::load_default();

    Fixture() {
        PersonFields f;
        f.name = "Amira";
        register_person(store, config, "amira", f, false, today);
        const Id org =
            register_organisation(store, config, "ggd", {"GGD", "ggd", {}, {}}, false).id;
        Assignment a;
        a.person_id = resolve(store, db::Kind::person, "amira").id;
        a.organisation_id = org;
        a.role = "voorlichter";
        a.from = Date{year{2026}, January, day{1}};
        assign(store, config, a);
    }

    ActivityImportCount import(std::string_view text, bool dry_run = false) {
        ActivityImportOptions options;
        options.file = "a.csv";
        options.dry_run = dry_run;
        return import_activities(store, config, text, options, today);
    }
    std::vector<Activity> all() {
        return db::list_activities(store, {Date{year{2026}, January, day{1}}, today, {}, {}, {}});
    }
};
} // namespace

TEST_CASE("columns are read by their name, in any order") {
    Fixture fx;
    const auto count =
        fx.import("minutes,type,note,person,date,themes,ref\n"
                  "1h30,groepsvoorlichting,'=1+1,am,2026-11-20,gezondheid;taal,x-1\n");
    CHECK(count.accepted == 1);
    CHECK(count.skipped == 0);
    const std::vector<Activity> logged = fx.all();
    REQUIRE(logged.size() == 1);
    CHECK(logged[0].person == "amira"); // a unique prefix is enough
    CHECK(logged[0].minutes == 90);
    CHECK(logged[0].themes == std::vector<std::string>{"gezondheid", "taal"});
    CHECK(logged[0].note == "=1+1");        // the spreadsheet guard is taken off again
    CHECK(logged[0].role == "voorlichter"); // from the only assignment
}

TEST_CASE("a header lacking a required column, or naming an unknown one, is refused") {
    Fixture fx;
    CHECK_THROWS_WITH_AS(fx.import("date,person,type\n"),
                         "a.csv:1: the header has no 'minutes' column", DataError);
    CHECK_THROWS_WITH_AS(fx.import("date,person,type,minutes,colour\n"),
                         "a.csv:1: unknown column 'colour'", DataError);
    CHECK_THROWS_WITH_AS(fx.import(""), "a.csv:1: the header has no 'date' column", DataError);
}

TEST_CASE("a dry run checks and counts but writes nothing") {
    Fixture fx;
    const auto count =
        fx.import("date,person,type,minutes\n2026-11-20,amira,groepsvoorlichting,60\n"
                  "2026-11-21,amira,groepsvoorlichting,30\n",
                  true);
    CHECK(count.accepted == 2);
    CHECK(fx.all().empty());
}

TEST_CASE("every bad row is reported and none is written") {
    Fixture fx;
    try {
        fx.import("date,person,type,minutes,after_hours\n"
                  "2026-11-20,amira,groepsvoorlichting,60,ja\n"
                  "2026-11-20,amira,groepsvoorlichting,,\n"
                  "2026-11-20,amira,groepsvoorlichting,60,misschien\n");
        FAIL("the rows were accepted");
    } catch (const RowsRejected& e) {
        CHECK(std::string(e.what()) == "2 of 3 rows rejected; nothing was imported");
        REQUIRE(e.problems().size() == 2);
        CHECK(e.problems()[0] == "a.csv:3: 'minutes' is empty");
        CHECK(e.problems()[1] == "a.csv:4: after_hours is true or false, not 'misschien'");
    }
    CHECK(fx.all().empty());
}

TEST_CASE("a ref already logged is skipped, a ref twice in the file is refused") {
    Fixture fx;
    const std::string file = "date,person,type,minutes,ref\n"
                             "2026-11-20,amira,groepsvoorlichting,60,r1\n";
    CHECK(fx.import(file).accepted == 1);
    const auto again = fx.import(file + "2026-11-21,amira,groepsvoorlichting,60,r2\n");
    CHECK(again.accepted == 1);
    CHECK(again.skipped == 1);
    CHECK(fx.all().size() == 2);
    CHECK_THROWS_AS(fx.import("date,person,type,minutes,ref\n"
                              "2026-11-20,amira,groepsvoorlichting,60,r3\n"
                              "2026-11-21,amira,groepsvoorlichting,60,r3\n"),
                    RowsRejected);
}

TEST_CASE("the progress callbacks see every record and the end") {
    Fixture fx;
    std::vector<std::size_t> lines;
    bool ended = false;
    ActivityImportOptions options;
    options.file = "a.csv";
    options.dry_run = true;
    options.on_record = [&](std::size_t line) { lines.push_back(line); };
    options.on_end = [&] { ended = true; };
    import_activities(fx.store, fx.config,
                      "date,person,type,minutes\n2026-11-20,amira,groepsvoorlichting,60\n\n"
                      "2026-11-21,amira,groepsvoorlichting,60\n",
                      options, today);
    CHECK(lines == std::vector<std::size_t>{2, 4});
    CHECK(ended);
}

TEST_CASE("in a file separated by ';' a date may have the day first, in a comma file not") {
    Fixture fx;
    CHECK(fx.import("date;person;type;minutes\n20-11-2026;amira;groepsvoorlichting;60\n"
                    "1/11/2026;amira;groepsvoorlichting;60\n")
              .accepted == 2);
    const std::vector<Activity> logged = fx.all();
    REQUIRE(logged.size() == 2);
    CHECK(logged[0].date == Date{year{2026}, November, day{1}});
    CHECK(logged[1].date == Date{year{2026}, November, day{20}});
    try {
        fx.import("date,person,type,minutes\n20-11-2026,amira,groepsvoorlichting,60\n");
        FAIL("a day-first date was read in a comma file");
    } catch (const RowsRejected& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].starts_with("a.csv:2: column 'date': not a date: '20-11-2026' ("));
    }
    try {
        fx.import("date;person;type;minutes\n30-2-2026;amira;groepsvoorlichting;60\n");
        FAIL("a day that does not exist was accepted");
    } catch (const RowsRejected& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].starts_with(
            "a.csv:2: column 'date': the date '30-2-2026' does not exist ("));
    }
    CHECK(fx.all().size() == 2);
}
