// The errors the user sees for what SQLite reports (store/storage_error.cpp).
#include "store/store.hpp"

#include <SQLiteCpp/Exception.h>
#include <doctest/doctest.h>
#include <sqlite3.h>
#include <stdexcept>

using namespace sleutel;

namespace {
Error mapped(int code, const char* what = "sqlite says no") {
    const auto error = storage_error(SQLite::Exception(what, code), "/data/s.db");
    REQUIRE(error.has_value());
    return *error;
}
bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}
} // namespace

TEST_CASE("only SQLite's exceptions are storage errors") {
    CHECK_FALSE(storage_error(std::runtime_error("other"), "s.db").has_value());
    CHECK_FALSE(storage_error(DataError("ours"), "s.db").has_value());
}

TEST_CASE("each SQLite failure gets the exit code the user can act on") {
    CHECK(mapped(SQLITE_BUSY).code() == ExitCode::temp_fail);
    CHECK(mapped(SQLITE_LOCKED).code() == ExitCode::temp_fail);
    CHECK(mapped(SQLITE_NOTADB).code() == ExitCode::io);
    CHECK(mapped(SQLITE_CORRUPT).code() == ExitCode::io);
    CHECK(mapped(SQLITE_READONLY).code() == ExitCode::permission);
    CHECK(mapped(SQLITE_PERM).code() == ExitCode::permission);
    CHECK(mapped(SQLITE_AUTH).code() == ExitCode::permission);
    CHECK(mapped(SQLITE_FULL).code() == ExitCode::io);
    CHECK(mapped(SQLITE_IOERR).code() == ExitCode::io);
    CHECK(mapped(SQLITE_CANTOPEN).code() == ExitCode::io);
    CHECK(mapped(SQLITE_CONSTRAINT).code() == ExitCode::data);
    CHECK(mapped(SQLITE_MISMATCH).code() == ExitCode::internal);
    // Extended codes count by their primary code.
    CHECK(mapped(SQLITE_BUSY_SNAPSHOT).code() == ExitCode::temp_fail);
    CHECK(mapped(SQLITE_READONLY_DBMOVED).code() == ExitCode::permission);
    CHECK(mapped(SQLITE_CONSTRAINT_UNIQUE).code() == ExitCode::data);
}

TEST_CASE("the messages name the database and what to do") {
    const Error busy = mapped(SQLITE_BUSY);
    CHECK(contains(busy.what(), "the database /data/s.db is busy"));
    const Error corrupt = mapped(SQLITE_CORRUPT);
    CHECK(contains(corrupt.what(), "/data/s.db is corrupt"));
    CHECK(contains(corrupt.hint(), "sleutel db backup"));
    CHECK(contains(mapped(SQLITE_FULL).what(), "the disk is full"));
    CHECK(contains(mapped(SQLITE_NOTADB).what(), "not a sleutel database: /data/s.db"));
    CHECK(contains(mapped(SQLITE_IOERR, "disk I/O error").what(), "disk I/O error"));
}

TEST_CASE("a table or column the file lacks is a damaged database; other SQL errors are bugs") {
    for (const char* what :
         {"no such table: activity", "no such column: since", "no such index: activity_date"}) {
        const Error damaged = mapped(SQLITE_ERROR, what);
        CHECK(damaged.code() == ExitCode::io);
        CHECK(contains(damaged.what(), "/data/s.db is damaged"));
        CHECK(contains(damaged.hint(), "sleutel db check"));
    }
    const Error bug = mapped(SQLITE_ERROR, "near \"SELEKT\": syntax error");
    CHECK(bug.code() == ExitCode::internal);
    CHECK(contains(bug.what(), "syntax error"));
}
