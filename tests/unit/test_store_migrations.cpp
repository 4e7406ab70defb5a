// The schema migrations (store/migrations.cpp).
#include "store/connection.hpp"
#include "store/migrations.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

using namespace sleutel;

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
