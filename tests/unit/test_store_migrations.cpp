// The schema migrations (store/migrations.cpp).
#include "store/connection.hpp"
#include "store/migrations.hpp"
#include "test_store_fixture.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

using namespace sleutel;
using namespace store_test;
using namespace std::chrono_literals;

TEST_CASE("the migrations are numbered 1, 2, 3 ... up to the schema version") {
    int expected = 1;
    for (const store::Migration& step : store::migrations())
        CHECK(step.version == expected++);
    CHECK(expected - 1 == Store::schema_version);
}

TEST_CASE("applying the migrations marks the file and records each version") {
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    store::apply_migrations(db, 0);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == Store::schema_version);
    CHECK(db.execAndGet("PRAGMA application_id").getInt() == store::application_id);
    CHECK(db.tableExists("agreement"));
    // From the version before the last, only the last step runs: it must not fail on what is
    // already there.
    SQLite::Database older(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (const store::Migration& step : store::migrations())
        if (step.version < Store::schema_version)
            older.exec(step.sql);
    store::apply_migrations(older, Store::schema_version - 1);
    CHECK(older.execAndGet("PRAGMA user_version").getInt() == Store::schema_version);
}

TEST_CASE("the schema uses STRICT tables and the report indexes") {
    TempDir dir;
    Store store(dir.file("s.db"), OpenMode::create, 100ms);
    const std::string activity_sql =
        sqlite_connection(store)
            .execAndGet("SELECT sql FROM sqlite_schema WHERE name = 'activity'")
            .getString();
    CHECK(activity_sql.find("STRICT") != std::string::npos);
    for (const char* index : {"activity_date", "activity_date_person", "activity_person_date"})
        CHECK(sqlite_connection(store)
                  .execAndGet(std::string("SELECT count(*) FROM sqlite_schema WHERE name = '") +
                              index + "'")
                  .getInt() == 1);
    // STRICT refuses text in an integer column, so bad data cannot slip in from other tools.
    CHECK(exit_code_of("s.db", [&] {
              sqlite_connection(store).exec(
                  "INSERT INTO person (handle, created_at, minutes_per_week) VALUES "
                  "('ab', 'x', 'many')");
          }) != ExitCode::ok);
}

TEST_CASE("migrations are ordered, gapless, and end at the schema version") {
    const auto steps = sleutel::store::migrations();
    REQUIRE_FALSE(steps.empty());
    for (std::size_t i = 0; i < steps.size(); ++i)
        CHECK(steps[i].version == static_cast<int>(i) + 1);
    CHECK(steps.back().version == Store::schema_version);
}

TEST_CASE("a failed migration leaves the database as it was") {
    TempDir dir;
    const std::string path = dir.file("m.db");
    {
        // A database whose version-1 tables partly exist already: the migration must fail and
        // roll back as a whole, keeping user_version at 0.
        SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("PRAGMA application_id = " + std::to_string(sleutel::store::application_id));
        db.exec("CREATE TABLE goal (x)");
    }
    CHECK_THROWS(Store(path, OpenMode::existing, 0ms));
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == 0);
    CHECK_FALSE(db.tableExists("person"));
}
