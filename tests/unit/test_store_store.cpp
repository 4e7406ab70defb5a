// Opening, migrating, refusing foreign files, locking, audit, check and backup.
#include "store/connection.hpp"
#include "store/migrations.hpp"
#include "store/store.hpp"
#include "temp_dir.hpp"
#include "util/error.hpp"

#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fstream>
#include <sys/stat.h>

using namespace sleutel;
using namespace std::chrono_literals;

namespace {
// The error a failing expression maps to, the way the command line reports it.
template <class F> ExitCode exit_code_of(const std::string& db, F f) {
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    } catch (const std::exception& e) {
        if (auto mapped = storage_error(e, db))
            return mapped->code();
        return ExitCode::internal;
    }
    return ExitCode::ok;
}
} // namespace

TEST_CASE("a new database is private, in WAL mode, migrated to the latest version") {
    TempDir dir;
    const std::string path = dir.file("new.db");
    {
        Store store(path, OpenMode::create, 100ms);
        CHECK(store.created());
        CHECK(connection(store).execAndGet("PRAGMA user_version").getInt() ==
              Store::schema_version);
        CHECK(connection(store).execAndGet("PRAGMA journal_mode").getString() == "wal");
        CHECK(connection(store).execAndGet("PRAGMA foreign_keys").getInt() == 1);
        CHECK(connection(store).tableExists("activity"));
        CHECK(connection(store).tableExists("audit"));
    }
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    Store again(path, OpenMode::existing, 100ms);
    CHECK_FALSE(again.created());
}

TEST_CASE("the schema uses STRICT tables and the report indexes") {
    TempDir dir;
    Store store(dir.file("s.db"), OpenMode::create, 100ms);
    const std::string activity_sql =
        connection(store)
            .execAndGet("SELECT sql FROM sqlite_schema WHERE name = 'activity'")
            .getString();
    CHECK(activity_sql.find("STRICT") != std::string::npos);
    for (const char* index : {"activity_date", "activity_date_person", "activity_person_date"})
        CHECK(connection(store)
                  .execAndGet(std::string("SELECT count(*) FROM sqlite_schema WHERE name = '") +
                              index + "'")
                  .getInt() == 1);
    // STRICT refuses text in an integer column, so bad data cannot slip in from other tools.
    CHECK(exit_code_of("s.db", [&] {
              connection(store).exec(
                  "INSERT INTO person (handle, created_at, minutes_per_week) VALUES "
                  "('ab', 'x', 'many')");
          }) != ExitCode::ok);
}

TEST_CASE("a missing database is no input unless creating; a missing folder cannot be created") {
    TempDir dir;
    CHECK(exit_code_of("", [&] { Store(dir.file("none.db"), OpenMode::existing, 0ms); }) ==
          ExitCode::no_input);
    CHECK(exit_code_of("", [&] { Store(dir.file("no/such/x.db"), OpenMode::create, 0ms); }) ==
          ExitCode::cant_create);
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

TEST_CASE("a corrupt page is found by open or check") {
    TempDir dir;
    const std::string path = dir.file("c.db");
    {
        Store store(path, OpenMode::create, 0ms);
        store.write([&] {
            for (int i = 0; i < 2000; ++i)
                store.audit({"thing", std::to_string(i), "create"});
        });
        connection(store).exec("PRAGMA wal_checkpoint(TRUNCATE)");
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

TEST_CASE("a database locked by another writer is busy past the wait") {
    TempDir dir;
    const std::string path = dir.file("busy.db");
    Store holder(path, OpenMode::create, 0ms);
    Store waiter(path, OpenMode::existing, 200ms);
    connection(holder).exec("BEGIN IMMEDIATE");
    const auto start = std::chrono::steady_clock::now();
    CHECK(exit_code_of(path, [&] { waiter.write([] {}); }) == ExitCode::temp_fail);
    CHECK(std::chrono::steady_clock::now() - start >= 150ms); // it did wait
    connection(holder).exec("COMMIT");
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

TEST_CASE("check finds broken foreign keys") {
    TempDir dir;
    Store store(dir.file("fk.db"), OpenMode::create, 0ms);
    CHECK(store.check().empty());
    connection(store).exec("PRAGMA foreign_keys = OFF");
    connection(store).exec("INSERT INTO training (person_id, name) VALUES (42, 'basis')");
    const auto problems = store.check();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == "training row 1 refers to a missing person");
}

TEST_CASE("backup makes a consistent, checkable copy and never overwrites the source") {
    TempDir dir;
    const std::string path = dir.file("b.db");
    Store store(path, OpenMode::create, 0ms);
    store.write([&] { store.audit({"thing", "1", "create"}); });
    const std::string copy = dir.file("copy.db");
    store.backup_to(copy);
    {
        Store restored(copy, OpenMode::existing, 0ms);
        CHECK(restored.check().empty());
        CHECK(restored.audit_rows("0000-01-01", "9999-12-31").size() == 1);
    }
    struct stat info {};
    REQUIRE(::stat(copy.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK_THROWS_AS(store.backup_to(path), CantCreateError);
    CHECK_THROWS_AS(store.backup_to(dir.file("missing/x.db")), CantCreateError);
    // No temporary files are left behind.
    for (const auto& entry : std::filesystem::directory_iterator(dir.path))
        CHECK(entry.path().filename().string().find(".sleutel-") == std::string::npos);
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

TEST_CASE("secure erasing, the log checkpoint, and setting the database aside") {
    TempDir dir;
    const std::string path = dir.file("s.db");
    Store store(path, OpenMode::create, 100ms);
    store.erase_securely();
    CHECK(connection(store).execAndGet("PRAGMA secure_delete").getInt() == 1);
    store.write([&] { store.audit({"database", path, "create"}); });
    CHECK(store.checkpoint_truncate());
    struct stat info {};
    CHECK((::stat((path + "-wal").c_str(), &info) == 0 && info.st_size == 0));
    {
        // A reader in the middle of a transaction keeps the log from being emptied.
        Store reader(path, OpenMode::existing, 100ms);
        connection(reader).exec("BEGIN");
        connection(reader).execAndGet("SELECT count(*) FROM audit");
        store.write([&] { store.audit({"database", path, "update"}); });
        CHECK_FALSE(store.checkpoint_truncate());
        connection(reader).exec("COMMIT");
    }
    const std::string aside = store.move_aside();
    CHECK(aside.starts_with(path + "."));
    CHECK(aside.ends_with(".bak"));
    CHECK(::stat(path.c_str(), &info) != 0);
    Store copy(aside, OpenMode::existing, 100ms);
    CHECK(copy.audit_rows("0000-01-01", "9999-12-31").size() == 2);
}
