// The sleutel database: opening (create, migrate, refuse what is not ours), transactions, the audit
// trail, checks and backups, in an SQLite file or on a PostgreSQL server. The engine stays behind
// it, in the store's sources.
#pragma once
#include "util/error.hpp"

#include <chrono>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sleutel {

class Store;

namespace store {
struct Connection;
// The connection behind a store, for the store's own sources (store/connection.hpp).
Connection& connection_of(Store& store);
} // namespace store

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
    static constexpr int schema_version = 5;

    Store(const std::string& path, OpenMode mode, std::chrono::milliseconds wait);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // The database as it may be shown: a file's path, or a server location without its password.
    const std::string& path() const { return path_; }
    // Whether the programme is on a PostgreSQL server rather than in an SQLite file.
    bool on_server() const;
    bool created() const { return created_; }

    // Runs `change` in one write transaction (BEGIN IMMEDIATE, so a busy database is noticed
    // before anything is done; serializable on a server, run again when another writer got in
    // the way); any exception rolls everything back.
    void write(const std::function<void()>& change);
    // write() without SQLite's foreign-key checks, for a bulk import whose every reference was
    // looked up inside the same transaction: the checks would repeat those look-ups per row.
    // Its statement journals are kept in memory.
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
    // The same rows one at a time, in id order: the trail grows with every change, so a listing
    // of it never holds it whole.
    void for_each_audit_row(std::string_view from_date, std::string_view to_date,
                            const std::function<void(const AuditRow&)>& each);

    // From now on deleted and overwritten bytes are zeroed, so erased personal data cannot be
    // read back from the file.
    void erase_securely();
    // Copies the write-ahead log into the database and empties it, so old page images do not
    // live on there. False when a reader in the middle of a transaction kept it from finishing.
    bool checkpoint_truncate();

    // Problems found by SQLite's integrity and foreign-key checks, and rows that contradict each
    // other (an activity before its person joined, outside its assignment); empty when all is
    // well.
    std::vector<std::string> check();
    // A consistent copy made with SQLite's online backup, written atomically to `destination`.
    // On a server: a UsageError pointing to pg_dump.
    void backup_to(const std::string& destination);
    // Sets the database aside before it is started over: copied to <file>.<UTC stamp>.bak and
    // removed, under a write lock so no other program commits in between. Returns the copy.
    std::string move_aside();

  private:
    friend store::Connection& store::connection_of(Store& store);

    void open_file(OpenMode mode);
    void open_server(OpenMode mode);
    void refuse_version(int version, bool empty) const;

    std::string path_;
    std::string location_; // as given, to open it again
    std::string command_;
    std::chrono::milliseconds wait_;
    bool created_ = false;
    std::unique_ptr<store::Connection> connection_;
};

// Turns an exception from SQLite or the server into the error the user sees (busy, corrupt, not a
// database, read-only, a lost connection ...), or nullopt when it is not a storage exception.
std::optional<Error> storage_error(const std::exception& e, std::string_view db_path);

} // namespace sleutel
