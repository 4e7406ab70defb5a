// The SQLite connection behind a Store and the helpers the store's sources share; included only
// by src/store/*.cpp (and the unit tests), so nothing above the store sees SQLite.
#pragma once
#include "store/sql.hpp"
#include "store/sqlite_database.hpp"
#include "store/store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace sleutel {

namespace store {

// How SQLite opened the file: a path or URI, its flags, and whether it may be written.
struct OpenedAs {
    std::string name;
    int flags;
    bool writable;
};

struct Connection {
    // A database file.
    Connection(const OpenedAs& opened, std::chrono::milliseconds busy_timeout)
        : access(opened), wait(busy_timeout) {
        auto file_db = std::make_unique<SqliteDatabase>(opened.name, opened.flags,
                                                        static_cast<int>(busy_timeout.count()));
        file = file_db.get();
        db = std::move(file_db);
    }
    // A server.
    Connection(std::unique_ptr<sql::Database> server, std::chrono::milliseconds busy_timeout)
        : access{"", 0, true}, wait(busy_timeout), db(std::move(server)) {}

    OpenedAs access;
    std::chrono::milliseconds wait; // the busy timeout

    // Declared before the database, so it is closed after it.
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> trace{nullptr, &std::fclose};
    std::unique_ptr<sql::Database> db;
    SqliteDatabase* file = nullptr; // the same database when it is an SQLite file

    bool on_server() const { return file == nullptr; }
    // The SQLite file itself, for what only SQLite has; refused on a server.
    SQLite::Database& sqlite();
};

// Runs the migrations after `from_version` on `db`, each in its own transaction.
void apply_migrations(SQLite::Database& db, int from_version);
// The schema the migrations make, in memory: what a database of this version should hold, and
// the tables and columns both stores share.
std::unique_ptr<SQLite::Database> reference_schema();

// Checks the file before SQLite sees it, so each problem gets its own exit code, and creates a
// missing database in create mode. Returns true when the database was created.
bool prepare_file(const std::string& path, OpenMode mode, std::chrono::milliseconds wait);
// How to open `path`: read-write, read-only or immutable, by what the user may write.
OpenedAs access_for(const std::string& path);
// Gives the finished database `temp` its name `path`, atomically and never over an existing
// file: false (and `temp` removed) when `path` exists. Errors name `given`, the name the user
// typed.
bool place_new_file(const std::string& temp, const std::string& path, const std::string& given);
// The database file with its journal, WAL and shared-memory files.
void remove_database_files(const std::string& path);
// Why SQLite could not write a new file, in the words a user acts on.
std::string why_not_written(const SQLite::Exception& e);

} // namespace store

// The statements of the store's sources run on this; only they (and the unit tests) see it.
inline sql::Database& connection(Store& store) {
    return *store::connection_of(store).db;
}
// The SQLite file itself, for the unit tests that look inside it.
inline SQLite::Database& sqlite_connection(Store& store) {
    return store::connection_of(store).sqlite();
}

} // namespace sleutel
