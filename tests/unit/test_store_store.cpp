// Opening the database (create, migrate, refuse what is not ours), transactions, locking, the audit
// trail, secure erasing and the log checkpoint (store/store.cpp).
#include "store/connection.hpp"
#include "store/store.hpp"
#include "test_store_fixture.hpp"
#include "util/error.hpp"

#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fstream>
#include <sys/stat.h>

using namespace sleutel;
using namespace store_test;
using namespace std::chrono_literals;

TEST_CASE("a new database is private, in WAL mode, migrated to the latest version") {
    TempDir dir;
    const std::string path = dir.file("new.db");
    {
        Store store(path, OpenMode::create, 100ms);
        CHECK(store.created());
        CHECK(sqlite_connection(store).execAndGet("PRAGMA user_version").getInt() ==
              Store::schema_version);
        CHECK(sqlite_connection(store).execAndGet("PRAGMA journal_mode").getString() == "wal");
        CHECK(sqlite_connection(store).execAndGet("PRAGMA foreign_keys").getInt() == 1);
        CHECK(sqlite_connection(store).tableExists("activity"));
        CHECK(sqlite_connection(store).tableExists("audit"));
    }
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    Store again(path, OpenMode::existing, 100ms);
    CHECK_FALSE(again.created());
}

TEST_CASE("foreign, corrupt and newer databases are refused") {
    TempDir dir;
    const std::string text = dir.file("text.db");
    std::ofstream(text) << "this is not a database, just some text that is long enough\n";
    CHECK(exit_code_of(text, [&] { Store(text, OpenMode::existing, 0ms); }) == ExitCode::io);

    const std::string other = dir.file("other.db");
    {
        SQLite::Database db(other, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE t (x)");
    }
    CHECK(exit_code_of(other, [&] { Store(other, OpenMode::existing, 0ms); }) == ExitCode::io);

    const std::string newer = dir.file("newer.db");
    { Store(newer, OpenMode::create, 0ms); }
    {
        SQLite::Database db(newer, SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = 99");
    }
    try {
        Store(newer, OpenMode::existing, 0ms);
        FAIL("a newer database was opened");
    } catch (const StorageError& e) {
        CHECK(e.code() == ExitCode::io);
        const std::string message = e.what();
        CHECK(message.find("99") != std::string::npos);
        CHECK(message.find(fmt::format("version {}", Store::schema_version)) != std::string::npos);
    }
}

TEST_CASE("a sleutel database whose schema version was wiped is refused, not migrated again") {
    TempDir dir;
    const std::string path = dir.file("wiped.db");
    { Store(path, OpenMode::create, 0ms); }
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = 0");
    }
    try {
        Store(path, OpenMode::existing, 0ms);
        FAIL("a database without its version was opened");
    } catch (const StorageError& e) {
        CHECK(std::string(e.what()).find("lost its schema version") != std::string::npos);
    }
    // Nothing was changed: running the first migration again would have failed half way.
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == 0);
}

TEST_CASE("a database locked by another writer is busy past the wait") {
    TempDir dir;
    const std::string path = dir.file("busy.db");
    Store holder(path, OpenMode::create, 0ms);
    Store waiter(path, OpenMode::existing, 200ms);
    sqlite_connection(holder).exec("BEGIN IMMEDIATE");
    const auto start = std::chrono::steady_clock::now();
    CHECK(exit_code_of(path, [&] { waiter.write([] {}); }) == ExitCode::temp_fail);
    CHECK(std::chrono::steady_clock::now() - start >= 150ms); // it did wait
    sqlite_connection(holder).exec("COMMIT");
    CHECK(exit_code_of(path, [&] { waiter.write([] {}); }) == ExitCode::ok);
}

TEST_CASE("write() rolls back everything when the change fails") {
    TempDir dir;
    Store store(dir.file("tx.db"), OpenMode::create, 0ms);
    CHECK_THROWS(store.write([&] {
        store.audit({"thing", "1", "create"});
        throw DataError("half way");
    }));
    CHECK(store.audit_rows("0000-01-01", "9999-12-31").empty());
}

TEST_CASE("write_bulk() skips the foreign-key checks only while it runs") {
    Fixture fx;
    // A row referring to no person is let in by the bulk write, whose caller looked it up ...
    fx.store.write_bulk([&] {
        sqlite_connection(fx.store).exec(
            "INSERT INTO training (person_id, name) VALUES (42, 'basis')");
    });
    CHECK(sqlite_connection(fx.store).execAndGet("PRAGMA foreign_keys").getInt() == 1);
    // ... and refused again by an ordinary write afterwards, also after a failed bulk write.
    CHECK_THROWS(fx.store.write_bulk([] { throw DataError("half way"); }));
    CHECK(sqlite_connection(fx.store).execAndGet("PRAGMA foreign_keys").getInt() == 1);
    CHECK(exit_code_of("s.db", [&] {
              fx.store.write([&] {
                  sqlite_connection(fx.store).exec(
                      "INSERT INTO training (person_id, name) VALUES (43, 'basis')");
              });
          }) == ExitCode::data);
}

TEST_CASE("audit rows record who did what") {
    TempDir dir;
    Store store(dir.file("a.db"), OpenMode::create, 0ms);
    store.set_command("register person");
    store.write([&] { store.audit({"person", "amira", "create"}); });
    const auto rows = store.audit_rows("0000-01-01", "9999-12-31");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].command == "register person");
    CHECK(rows[0].entry.entity == "person");
    CHECK(rows[0].entry.entity_id == "amira");
    CHECK(rows[0].entry.action == "create");
    CHECK_FALSE(rows[0].os_user.empty());
    CHECK(rows[0].at.size() == 20);
    CHECK(store.audit_rows("1999-01-01", "1999-12-31").empty());
}

TEST_CASE("secure erasing and the log checkpoint") {
    TempDir dir;
    const std::string path = dir.file("s.db");
    Store store(path, OpenMode::create, 100ms);
    store.erase_securely();
    CHECK(sqlite_connection(store).execAndGet("PRAGMA secure_delete").getInt() == 1);
    store.write([&] { store.audit({"database", path, "create"}); });
    CHECK(store.checkpoint_truncate());
    struct stat info {};
    CHECK((::stat((path + "-wal").c_str(), &info) == 0 && info.st_size == 0));
    {
        // A reader in the middle of a transaction keeps the log from being emptied.
        Store reader(path, OpenMode::existing, 100ms);
        sqlite_connection(reader).exec("BEGIN");
        sqlite_connection(reader).execAndGet("SELECT count(*) FROM audit");
        store.write([&] { store.audit({"database", path, "update"}); });
        CHECK_FALSE(store.checkpoint_truncate());
        sqlite_connection(reader).exec("COMMIT");
    }
    CHECK(store.audit_rows("0000-01-01", "9999-12-31").size() == 2);
}
