// A programme copied into a new database (store/copy.cpp): which tables go, and what a copy
// refuses.
#include "store/connection.hpp"
#include "store/copy.hpp"
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

TEST_CASE("every table of the schema is copied or known to be worked out again") {
    // A table added to the schema must be put in one of the two lists: else a copy would
    // silently lose it.
    TempDir dir;
    Store store(dir.file("s.db"), OpenMode::create, 0ms);
    SQLite::Statement tables(sqlite_connection(store),
                             "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite_%' ORDER BY name");
    int seen = 0;
    while (tables.executeStep()) {
        const std::string name = tables.getColumn(0).getString();
        const auto listed = [&](const auto& list) {
            return std::count(list.begin(), list.end(), name);
        };
        CAPTURE(name);
        CHECK(listed(db::programme_tables) + listed(db::derived_tables) == 1);
        ++seen;
    }
    CHECK(seen == static_cast<int>(db::programme_tables.size() + db::derived_tables.size()));
}

TEST_CASE("a copy keeps ids and next ids, adds one audit row, and leaves no other file") {
    store_test::Fixture f;
    const Id person = f.person("amira");
    SQLite::Database& db = sqlite_connection(f.store);
    f.store.write([&] {
        db.exec(fmt::format("INSERT INTO goal (person_id, text, created_on) VALUES ({0}, 'a', "
                            "'2026-01-01'), ({0}, 'b', '2026-01-02')",
                            person));
        db.exec("DELETE FROM goal WHERE text = 'b'");
        f.store.audit({"goal", "2", "delete"});
    });
    const std::string target = f.dir.file("t.db");
    const auto copied = db::copy_programme(f.store, target, 0ms);
    CHECK(copied.size() == db::programme_tables.size());
    Store copy(target, OpenMode::existing, 0ms);
    SQLite::Database& out = sqlite_connection(copy);
    CHECK(out.execAndGet("SELECT handle FROM person").getString() == "amira");
    CHECK(out.execAndGet("SELECT text FROM goal WHERE id = 1").getString() == "a");
    // The deleted goal's id stays used: the next goal is number 3 in both.
    CHECK(out.execAndGet("SELECT seq FROM sqlite_sequence WHERE name = 'goal'").getInt() == 2);
    const auto audit = copy.audit_rows("0000-01-01", "9999-12-31");
    REQUIRE(audit.size() == 2);
    CHECK(audit.back().entry.action == "copy");
    CHECK(audit.back().command == "db copy");
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(f.dir.file("")))
        if (!entry.path().filename().string().starts_with("s.db"))
            files.push_back(entry.path().filename().string());
    std::sort(files.begin(), files.end());
    // Only the copy and the files of its open connection.
    CHECK(files == std::vector<std::string>{"t.db", "t.db-shm", "t.db-wal"});
}

TEST_CASE("a copy is never written over a file or the source; an unreachable server is 74") {
    TempDir dir;
    Store source(dir.file("s.db"), OpenMode::create, 0ms);
    const std::string existing = dir.file("there");
    std::ofstream(existing) << "keep me";
    CHECK_THROWS_AS(db::copy_programme(source, existing, 0ms), CantCreateError);
    CHECK_THROWS_AS(db::copy_programme(source, dir.file("s.db"), 0ms), UsageError);
    CHECK_THROWS_AS(db::copy_programme(source, "postgresql://u:pw@127.0.0.1:1/db", 0ms),
                    StorageError);
    CHECK_THROWS_AS(db::copy_programme(source, "service=regio", 0ms), StorageError);
    std::ifstream in(existing);
    std::string text;
    std::getline(in, text);
    CHECK(text == "keep me");
}

TEST_CASE("the check of a copy finds a changed value and a missing row") {
    store_test::Fixture f;
    f.person("amira");
    const std::string target = f.dir.file("t.db");
    db::copy_programme(f.store, target, 0ms);
    Store copy(target, OpenMode::existing, 0ms);
    SQLite::Database& out = sqlite_connection(copy);
    // The copy's own audit row is the one row the original lacks.
    out.exec("DELETE FROM audit WHERE action = 'copy'");
    CHECK_NOTHROW(db::check_same_programme(f.store, copy));
    const auto message = [&] {
        try {
            db::check_same_programme(f.store, copy);
        } catch (const StorageError& e) {
            return std::string(e.what());
        }
        return std::string("no difference found");
    };
    out.exec("UPDATE person SET name = 'Someone else'");
    CHECK(message() ==
          fmt::format("the copy of {} differs in person, row 1, column name", f.store.path()));
    out.exec("UPDATE person SET name = 'Name of amira'");
    CHECK_NOTHROW(db::check_same_programme(f.store, copy));
    out.exec("DELETE FROM person");
    CHECK(message() ==
          fmt::format("the copy of {} has a different number of rows in person", f.store.path()));
}
