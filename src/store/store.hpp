// The SQLite database: opening (create, migrate, refuse what is not ours), transactions, the audit
// trail, checks and backups. The only place with SQL.
#pragma once
#include "util/error.hpp"

#include <SQLiteCpp/Database.h>

#include <chrono>
#include <cstdio>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sleutel {

enum class OpenMode {
    existing, // read or change an existing database; a missing one is NoInputError
    create,   // create it if the folder exists
};

// One change for the audit trail; the command that made it is the store's (set_command).
struct AuditEntry {
    std::string entity; // `person`, `activity`, `database`
    std::string entity_id;
    std::string action; // `create`, `update`, `delete`, `erase`
};

struct AuditRow {
    std::int64_t id;
    std::string at; // UTC, ISO 8601
    std::string os_user;
    std::string command; // `register person`, `log`, ...
    AuditEntry entry;
};

class Store {
  public:
    static constexpr int schema_version = 3;

    Store(const std::string& path, OpenMode mode, std::chrono::milliseconds wait);

    const std::string& path() const { return path_; }
    bool created() const { return created_; }
    SQLite::Database& db() { return db_; }

    // Runs `change` in one write transaction (BEGIN IMMEDIATE, so a busy database is noticed
    // before anything is done); any exception rolls everything back.
    void write(const std::function<void()>& change);
    // write() without SQLite's foreign-key checks, for a bulk import whose every reference was
    // looked up inside the same transaction: the checks would repeat those look-ups per row.
    void write_bulk(const std::function<void()>& change);
    // Runs `look` in one read transaction: one consistent view, and one file lock for many
    // statements instead of one each.
    void read(const std::function<void()>& look);
    // A bigger page cache for a large transaction, so SQLite need not spill pages to the log
    // before the commit.
    void reserve_cache(int mebibytes);
    // The command this run is, written with every audit row: set once, where the store is made.
    void set_command(std::string name) { command_ = std::move(name); }
    // Records a change; call inside write().
    void audit(const AuditEntry& entry);
    std::vector<AuditRow> audit_rows(std::string_view from_date, std::string_view to_date);

    // Problems found by SQLite's integrity and foreign-key checks, and rows that contradict each
    // other (an activity before its person joined, outside its assignment); empty when all is
    // well.
    std::vector<std::string> check();
    // A consistent copy made with SQLite's online backup, written atomically to `destination`.
    void backup_to(const std::string& destination);

    // How SQLite opened the file: a path or URI, its flags, and whether it may be written.
    struct OpenedAs {
        std::string name;
        int flags;
        bool writable;
    };

  private:
    // Tables and indexes the schema version promises but the file lacks (tampering, a bad copy).
    std::vector<std::string> missing_schema_objects();
    // Rows that are valid one by one but contradict each other (see check()).
    void logical_problems(std::vector<std::string>& problems);
    // $SLEUTEL_TRACE_SQL: every reading statement, with its values, appended to `file` (0600).
    void trace_queries(const std::string& file);

    std::string path_;
    std::string command_;
    bool created_ = false;
    OpenedAs access_;
    // Declared before the connection, so it is closed after it.
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> trace_{nullptr, &std::fclose};
    SQLite::Database db_;
};

// Turns an exception from SQLite into the error the user sees (busy, corrupt, not a database,
// read-only ...), or nullopt when it is not a storage exception.
std::optional<Error> storage_error(const std::exception& e, std::string_view db_path);

// The database path when neither --db nor $SLEUTEL_DB is given: $XDG_DATA_HOME/sleutel/sleutel.db.
std::string default_db_path();

} // namespace sleutel
