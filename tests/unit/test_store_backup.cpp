// Copies of the database: a backup beside it or anywhere, and the copy kept when it is started over
// (store/backup.cpp).
#include "store/connection.hpp"
#include "test_store_fixture.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

using namespace sleutel;
using namespace store_test;
using namespace std::chrono_literals;

namespace {
std::string contents(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}
} // namespace

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

TEST_CASE("a backup is one self-contained file, and replaces an older backup") {
    TempDir dir;
    const std::string path = dir.file("b.db");
    Store store(path, OpenMode::create, 0ms);
    const std::string copy = dir.file("copy.db");
    store.backup_to(copy);
    {
        SQLite::Database db(copy, SQLite::OPEN_READONLY);
        CHECK(db.execAndGet("PRAGMA journal_mode").getString() == "delete");
    }
    store.write([&] { store.audit({"thing", "1", "create"}); });
    store.backup_to(copy);
    SQLite::Database db(copy, SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("SELECT count(*) FROM audit").getInt() == 1);
}

TEST_CASE("a backup never replaces a file that is not a database") {
    TempDir dir;
    Store store(dir.file("b.db"), OpenMode::create, 0ms);
    const std::string notes = dir.file("notes.txt");
    std::ofstream(notes) << "my notes, not a backup\n";
    try {
        store.backup_to(notes);
        FAIL("a file that is not a database was overwritten");
    } catch (const CantCreateError& e) {
        CHECK(std::string(e.what()).find("is not a database") != std::string::npos);
    }
    CHECK(contents(notes) == "my notes, not a backup\n");
}

TEST_CASE("setting the database aside keeps a copy and removes the file") {
    TempDir dir;
    const std::string path = dir.file("s.db");
    Store store(path, OpenMode::create, 100ms);
    store.write([&] { store.audit({"database", path, "create"}); });
    store.write([&] { store.audit({"database", path, "update"}); });
    const std::string aside = store.move_aside();
    CHECK(aside.starts_with(path + "."));
    CHECK(aside.ends_with(".bak"));
    struct stat info {};
    CHECK(::stat(path.c_str(), &info) != 0);
    CHECK(::stat((path + "-wal").c_str(), &info) != 0);
    Store copy(aside, OpenMode::existing, 100ms);
    CHECK(copy.audit_rows("0000-01-01", "9999-12-31").size() == 2);
}

TEST_CASE("the database is not set aside while another program writes to it") {
    TempDir dir;
    const std::string path = dir.file("busy.db");
    Store store(path, OpenMode::create, 0ms);
    Store holder(path, OpenMode::existing, 0ms);
    sqlite_connection(holder).exec("BEGIN IMMEDIATE");
    CHECK(exit_code_of(path, [&] { store.move_aside(); }) == ExitCode::temp_fail);
    sqlite_connection(holder).exec("ROLLBACK");
    struct stat info {};
    CHECK(::stat(path.c_str(), &info) == 0);
    for (const auto& entry : std::filesystem::directory_iterator(dir.path))
        CHECK_FALSE(entry.path().filename().string().ends_with(".bak"));
}
