// Preparing the database file before SQLite opens it: creating a new one whole, refusing what
// cannot be read, and how a file is opened (store/database_file.cpp).
#include "store/connection.hpp"
#include "test_store_fixture.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace sleutel;
using namespace store_test;
using namespace std::chrono_literals;

namespace {
bool exists(const std::string& path) {
    struct stat info {};
    return ::lstat(path.c_str(), &info) == 0;
}
} // namespace

TEST_CASE("a missing database is no input unless creating; a missing folder cannot be created") {
    TempDir dir;
    CHECK(exit_code_of("", [&] { Store(dir.file("none.db"), OpenMode::existing, 0ms); }) ==
          ExitCode::no_input);
    CHECK(exit_code_of("", [&] { Store(dir.file("no/such/x.db"), OpenMode::create, 0ms); }) ==
          ExitCode::cant_create);
}

TEST_CASE("an empty file becomes a private database only for a command that may create one") {
    TempDir dir;
    const std::string path = dir.file("empty.db");
    std::ofstream{path};
    ::chmod(path.c_str(), 0644);
    try {
        Store(path, OpenMode::existing, 0ms);
        FAIL("an empty file was opened as a database");
    } catch (const NoInputError& e) {
        CHECK(std::string(e.what()).find("is an empty file") != std::string::npos);
        CHECK(e.hint().find("sleutel init") != std::string::npos);
    }
    Store store(path, OpenMode::create, 0ms);
    CHECK(store.created());
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("a folder is not a database") {
    TempDir dir;
    std::filesystem::create_directory(dir.file("folder.db"));
    for (const OpenMode mode : {OpenMode::existing, OpenMode::create})
        CHECK(exit_code_of("", [&] { Store(dir.file("folder.db"), mode, 0ms); }) == ExitCode::io);
}

TEST_CASE("a new database is built beside its place and leaves no temporary file behind") {
    TempDir dir;
    { Store store(dir.file("new.db"), OpenMode::create, 0ms); }
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path))
        names.push_back(entry.path().filename().string());
    for (const std::string& name : names)
        CHECK(name.find(".sleutel-") == std::string::npos);
    CHECK(std::find(names.begin(), names.end(), "new.db") != names.end());
}

TEST_CASE("creating through a dangling link creates the file it names and keeps the link") {
    TempDir dir;
    const std::string target = dir.file("real.db");
    const std::string link = dir.file("link.db");
    std::filesystem::create_symlink(target, link);
    {
        Store store(link, OpenMode::create, 0ms);
        CHECK(store.created());
    }
    CHECK(std::filesystem::is_symlink(link));
    CHECK(std::filesystem::is_regular_file(std::filesystem::symlink_status(target)));
    Store again(target, OpenMode::existing, 0ms);
    CHECK_FALSE(again.created());
}

TEST_CASE("a database in a folder the user may write is opened read-write, by its path") {
    TempDir dir;
    const std::string path = dir.file("rw.db");
    { Store store(path, OpenMode::create, 0ms); }
    const store::OpenedAs opened = store::access_for(path);
    CHECK(opened.name == path);
    CHECK(opened.flags == SQLite::OPEN_READWRITE);
    CHECK(opened.writable);
}

TEST_CASE("removing a database removes its journal, log and shared-memory files, and no other") {
    TempDir dir;
    const std::string path = dir.file("gone.db");
    for (const char* suffix : {"", "-journal", "-wal", "-shm", "-other"})
        std::ofstream{path + suffix} << "x";
    store::remove_database_files(path);
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        CHECK_FALSE(exists(path + suffix));
    CHECK(exists(path + "-other"));
}

TEST_CASE("a full disk is named as such; other write failures keep SQLite's words") {
    CHECK(store::why_not_written(SQLite::Exception("database or disk is full", SQLITE_FULL)) ==
          "the disk is full");
    CHECK(store::why_not_written(SQLite::Exception("disk I/O error", SQLITE_IOERR)) ==
          "disk I/O error");
}
