// Checking the database: SQLite's integrity and foreign-key checks, the schema objects the version
// promises, and rows that contradict each other (store/check.cpp).
#include "store/connection.hpp"
#include "test_store_fixture.hpp"
#include "util/error.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>

using namespace sleutel;
using namespace store_test;
using namespace std::chrono_literals;

TEST_CASE("a corrupt page is found by open or check") {
    TempDir dir;
    const std::string path = dir.file("c.db");
    {
        Store store(path, OpenMode::create, 0ms);
        store.write([&] {
            for (int i = 0; i < 2000; ++i)
                store.audit({"thing", std::to_string(i), "create"});
        });
        sqlite_connection(store).exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    {
        // Overwrite pages in the middle of the file, past the schema.
        REQUIRE(std::filesystem::file_size(path) > 4096 * 12);
        std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(4096 * 6);
        const std::string junk(4096 * 4, '\x5a');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    const ExitCode code = exit_code_of(path, [&] {
        Store store(path, OpenMode::existing, 0ms);
        if (!store.check().empty())
            throw StorageError("problems");
    });
    CHECK(code == ExitCode::io);
}

TEST_CASE("check finds broken foreign keys") {
    TempDir dir;
    Store store(dir.file("fk.db"), OpenMode::create, 0ms);
    CHECK(store.check().empty());
    sqlite_connection(store).exec("PRAGMA foreign_keys = OFF");
    sqlite_connection(store).exec("INSERT INTO training (person_id, name) VALUES (42, 'basis')");
    const auto problems = store.check();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == "training row 1 refers to a missing person");
}

TEST_CASE("check names the indexes and tables the schema version promises but the file lacks") {
    store_test::Fixture fx;
    sqlite_connection(fx.store).exec("DROP INDEX activity_date");
    CHECK(fx.store.check() == std::vector<std::string>{"index activity_date is missing"});
    // With a table gone the other checks cannot run; only what is missing is reported.
    sqlite_connection(fx.store).exec("DROP TABLE activity_theme");
    const auto problems = fx.store.check();
    CHECK(std::find(problems.begin(), problems.end(), "table activity_theme is missing") !=
          problems.end());
    CHECK(std::find(problems.begin(), problems.end(), "index activity_theme_theme is missing") !=
          problems.end());
    for (const std::string& problem : problems)
        CHECK(problem.ends_with(" is missing"));
}

TEST_CASE("check finds rows that are valid alone but contradict each other") {
    store_test::Fixture fx;
    const Id amira = fx.person("amira");
    const Id selam = fx.person("selam");
    const Id org = fx.organisation("ggd");
    const Id assignment = fx.assignment(amira, org, d(2026, 3, 1), d(2026, 3, 31));
    CHECK(fx.store.check().empty());
    auto& db = sqlite_connection(fx.store);
    db.exec("UPDATE person SET since = '2026-02-01' WHERE id = " + std::to_string(amira));
    // Amira's activity before she joined, outside her assignment; Selam's on Amira's assignment.
    const auto activity = [&](Id person, const char* date) {
        db.exec(fmt::format("INSERT INTO activity (date, person_id, type, assignment_id, minutes, "
                            "created_at) VALUES ('{}', {}, 'x', {}, 60, 'now')",
                            date, person, assignment));
    };
    activity(amira, "2026-01-15");
    activity(selam, "2026-03-10");
    db.exec(fmt::format("INSERT INTO goal (person_id, text, done_on, created_on) VALUES ({}, 'g', "
                        "'2026-01-01', '2026-02-01')",
                        amira));
    const std::vector<std::string> expected{
        "activity 1 on 2026-01-15 is before its key person joined the programme on 2026-02-01",
        fmt::format("activity 2 is linked to assignment {} of another key person (id {})",
                    assignment, amira),
        fmt::format("activity 1 on 2026-01-15 is outside the dates of its assignment {}",
                    assignment),
        "goal 1 was done on 2026-01-01 before it was set on 2026-02-01",
    };
    CHECK(fx.store.check() == expected);
}
