// Opening, migrating, checking and backing up the sleutel database.
#include "sleutel/store.hpp"

#include "sleutel/atomic_file.hpp"
#include "sleutel/clock.hpp"
#include "store/migrations.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <pwd.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sleutel {

namespace {

// Checks the file before SQLite sees it, so each problem gets its own exit code, and creates a
// new database file with mode 0600 (SQLite gives its -wal and -shm files the same mode).
// Returns true when the file was created.
bool prepare_file(const std::string& path, OpenMode mode) {
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0) {
        if (S_ISDIR(info.st_mode))
            throw StorageError(fmt::format("not a sleutel database: {} is a folder", path));
        if (::access(path.c_str(), R_OK) != 0)
            throw PermissionError(
                fmt::format("cannot read the database {}: permission denied", path));
        return info.st_size == 0;
    }
    if (errno == EACCES)
        throw PermissionError(fmt::format("cannot reach the database {}: permission denied", path));
    if (mode == OpenMode::existing)
        throw NoInputError(fmt::format("no database at {}", path),
                           "run 'sleutel init' to create one, or point --db or SLEUTEL_DB at it");
    const std::string folder = parent_folder(path);
    if (::stat(folder.c_str(), &info) != 0 || !S_ISDIR(info.st_mode))
        throw CantCreateError(
            fmt::format("cannot create the database {}: folder {} does not exist", path, folder));
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        throw CantCreateError(
            fmt::format("cannot create the database {}: {}", path, std::strerror(errno)));
    ::close(fd);
    return true;
}

// sleutel uses SQLite from one thread only; without SQLite's mutexes and memory statistics every
// call is cheaper, which a bulk import notices. Takes effect only before the first connection.
void use_sqlite_single_threaded() {
    static const bool done = [] {
        sqlite3_config(SQLITE_CONFIG_SINGLETHREAD);
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    (void)done;
}

int open_flags(const std::string& path) {
    use_sqlite_single_threaded();
    // A database the user may only read still serves reports; writes then fail as read-only.
    return ::access(path.c_str(), W_OK) == 0 ? SQLite::OPEN_READWRITE : SQLite::OPEN_READONLY;
}

int pragma_int(SQLite::Database& db, const char* pragma) {
    return db.execAndGet(fmt::format("PRAGMA {}", pragma)).getInt();
}

std::string os_user() {
    if (const passwd* pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return pw->pw_name;
    if (const char* user = std::getenv("USER"); user && *user)
        return user;
    return fmt::format("uid {}", ::geteuid());
}

} // namespace

Store::Store(const std::string& path, OpenMode mode, std::chrono::milliseconds wait)
    : path_(path), created_(prepare_file(path, mode)),
      db_(path, open_flags(path), static_cast<int>(wait.count())) {
    // The first statement that reads the file is where SQLite notices a foreign or corrupt file.
    const int version = pragma_int(db_, "user_version");
    const int app_id = pragma_int(db_, "application_id");
    const bool empty = db_.execAndGet("SELECT count(*) FROM sqlite_schema").getInt() == 0;
    if (app_id != store::application_id && !(empty && version == 0))
        throw StorageError(fmt::format("not a sleutel database: {}", path_),
                           "it is an SQLite file made by another program");
    if (version > schema_version)
        throw StorageError(fmt::format("the database {} has schema version {}, newer than this "
                                       "sleutel understands (version {})",
                                       path_, version, schema_version),
                           "install a newer sleutel to open it");
    db_.exec("PRAGMA foreign_keys = ON");
    // WAL lets a coordinator log while cron reads. It is stored in the file, so this runs once,
    // and again for a database restored from a backup (which is written in rollback mode).
    if (open_flags(path_) == SQLite::OPEN_READWRITE &&
        db_.execAndGet("PRAGMA journal_mode").getString() != "wal")
        db_.exec("PRAGMA journal_mode = WAL");
    // In WAL mode NORMAL keeps the file consistent through crashes and power loss and survives
    // any crash of sleutel itself; only a power cut may undo the very last commits. It saves an
    // fsync per change, which is most of the time of one `sleutel log`.
    db_.exec("PRAGMA synchronous = NORMAL");
    if (version < schema_version)
        migrate(version);
    if (const char* trace = std::getenv("SLEUTEL_TRACE_SQL"); trace && *trace)
        trace_queries(trace);
}

void Store::trace_queries(const std::string& file) {
    trace_.reset(std::fopen(file.c_str(), "a"));
    if (!trace_)
        throw CantCreateError(fmt::format("cannot write the SQL trace to {}", file));
    // Only queries: what changes data may hold personal data, and a trace file is for replaying
    // a report's queries in the sqlite3 shell (bench/report).
    sqlite3_trace_v2(
        db_.getHandle(), SQLITE_TRACE_STMT,
        [](unsigned, void* out, void* statement, void* text) {
            auto* stmt = static_cast<sqlite3_stmt*>(statement);
            // Queries only: COMMIT and BEGIN count as read-only too, but do not replay alone.
            const std::string_view sql_text(static_cast<char*>(text));
            if (!sqlite3_stmt_readonly(stmt) ||
                !(sql_text.starts_with("SELECT") || sql_text.starts_with("WITH")))
                return 0;
            if (char* sql = sqlite3_expanded_sql(stmt)) {
                std::fprintf(static_cast<std::FILE*>(out), "%s;\n", sql);
                sqlite3_free(sql);
            }
            return 0;
        },
        trace_.get());
}

void Store::migrate(int from_version) {
    for (const store::Migration& step : store::migrations()) {
        if (step.version <= from_version)
            continue;
        SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
        db_.exec(step.sql);
        db_.exec(fmt::format("PRAGMA application_id = {}", store::application_id));
        db_.exec(fmt::format("PRAGMA user_version = {}", step.version));
        tx.commit();
    }
}

void Store::write(const std::function<void()>& change) {
    SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
    change();
    tx.commit();
}

void Store::write_bulk(const std::function<void()>& change) {
    // The pragma is a no-op inside a transaction, so it is switched around it.
    db_.exec("PRAGMA foreign_keys = OFF");
    try {
        write(change);
    } catch (...) {
        db_.exec("PRAGMA foreign_keys = ON");
        throw;
    }
    db_.exec("PRAGMA foreign_keys = ON");
}

void Store::read(const std::function<void()>& look) {
    SQLite::Transaction tx(db_, SQLite::TransactionBehavior::DEFERRED);
    look();
    tx.commit();
}

void Store::reserve_cache(int mebibytes) {
    db_.exec(fmt::format("PRAGMA cache_size = -{}", mebibytes * 1024));
}

void Store::audit(const AuditEntry& entry) {
    SQLite::Statement insert(db_, "INSERT INTO audit (at, os_user, command, entity, entity_id, "
                                  "action) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, Clock::now_utc());
    insert.bind(2, os_user());
    insert.bind(3, entry.command);
    insert.bind(4, entry.entity);
    insert.bind(5, entry.entity_id);
    insert.bind(6, entry.action);
    insert.exec();
}

std::vector<AuditRow> Store::audit_rows(std::string_view from_date, std::string_view to_date) {
    // `at` is a UTC timestamp; comparing its first ten characters selects whole days.
    SQLite::Statement query(db_, "SELECT id, at, os_user, command, entity, entity_id, action "
                                 "FROM audit WHERE substr(at, 1, 10) BETWEEN ? AND ? ORDER BY id");
    query.bind(1, std::string(from_date));
    query.bind(2, std::string(to_date));
    std::vector<AuditRow> rows;
    while (query.executeStep()) {
        rows.push_back({query.getColumn(0).getInt64(),
                        query.getColumn(1).getString(),
                        query.getColumn(2).getString(),
                        {query.getColumn(3).getString(), query.getColumn(4).getString(),
                         query.getColumn(5).getString(), query.getColumn(6).getString()}});
    }
    return rows;
}

std::vector<std::string> Store::check() {
    std::vector<std::string> problems;
    SQLite::Statement integrity(db_, "PRAGMA integrity_check");
    while (integrity.executeStep()) {
        std::string line = integrity.getColumn(0).getString();
        if (line != "ok")
            problems.push_back(std::move(line));
    }
    SQLite::Statement foreign(db_, "PRAGMA foreign_key_check");
    while (foreign.executeStep()) {
        // Tables WITHOUT ROWID have no row number to show.
        const std::string row = foreign.getColumn(1).isNull()
                                    ? std::string("a row")
                                    : fmt::format("row {}", foreign.getColumn(1).getInt64());
        problems.push_back(fmt::format("{} {} refers to a missing {}",
                                       foreign.getColumn(0).getString(), row,
                                       foreign.getColumn(2).getString()));
    }
    logical_problems(problems);
    return problems;
}

void Store::logical_problems(std::vector<std::string>& problems) {
    // What the schema's CHECKs and foreign keys cannot see, or another tool may have bypassed.
    // Each query names ids and dates only, never a person's data.
    static constexpr std::array<std::pair<const char*, const char*>, 5> checks{{
        {"SELECT id, from_date, until_date FROM assignment WHERE until_date < from_date",
         "assignment {0} ends on {2} before it starts on {1}"},
        {"SELECT a.id, a.date, p.since FROM activity a JOIN person p ON p.id = a.person_id "
         "WHERE p.since IS NOT NULL AND a.date < p.since",
         "activity {} on {} is before its key person joined the programme on {}"},
        {"SELECT a.id, a.assignment_id, s.person_id FROM activity a "
         "JOIN assignment s ON s.id = a.assignment_id WHERE s.person_id <> a.person_id",
         "activity {} is linked to assignment {} of another key person (id {})"},
        {"SELECT a.id, a.date, s.id FROM activity a JOIN assignment s ON s.id = a.assignment_id "
         "WHERE a.date < s.from_date OR (s.until_date IS NOT NULL AND a.date > s.until_date)",
         "activity {} on {} is outside the dates of its assignment {}"},
        {"SELECT g.id, g.done_on, g.created_on FROM goal g WHERE g.done_on < g.created_on",
         "goal {} was done on {} before it was set on {}"},
    }};
    for (const auto& [sql, message] : checks) {
        SQLite::Statement q(db_, sql);
        while (q.executeStep())
            problems.push_back(fmt::format(fmt::runtime(message), q.getColumn(0).getString(),
                                           q.getColumn(1).getString(), q.getColumn(2).getString()));
    }
}

void Store::backup_to(const std::string& destination) {
    struct stat source_info {};
    struct stat destination_info {};
    const bool destination_exists = ::stat(destination.c_str(), &destination_info) == 0;
    if (destination_exists && ::stat(path_.c_str(), &source_info) == 0 &&
        source_info.st_dev == destination_info.st_dev &&
        source_info.st_ino == destination_info.st_ino)
        throw DataError(fmt::format("cannot back up the database onto itself: {}", destination));
    if (destination_exists && S_ISREG(destination_info.st_mode) && destination_info.st_size > 0) {
        // Replacing an older backup is fine; replacing some other file is not.
        char header[16] = {};
        std::FILE* existing = std::fopen(destination.c_str(), "rb");
        const bool sqlite = existing && std::fread(header, 1, sizeof header, existing) == 16 &&
                            std::memcmp(header, "SQLite format 3", 16) == 0;
        if (existing)
            std::fclose(existing);
        if (!sqlite)
            throw CantCreateError(
                fmt::format("{} exists and is not a database: not overwriting it", destination));
    }
    AtomicFile file(destination);
    {
        SQLite::Database copy(file.temp_path(), SQLite::OPEN_READWRITE);
        SQLite::Backup backup(copy, db_);
        // All pages in one step: a consistent snapshot. SQLiteCpp returns (not throws) BUSY and
        // LOCKED, which would leave an empty copy behind.
        if (backup.executeStep() != SQLITE_DONE)
            throw BusyError(fmt::format("the database {} was busy during the backup", path_),
                            "try again, or wait longer with --wait SECONDS");
        // A copy that fails its own check must never replace an older good backup.
        if (copy.execAndGet("PRAGMA quick_check").getString() != "ok")
            throw StorageError(fmt::format("the backup copy failed its check: {}", destination));
        // A backup is a single self-contained file, whatever mode the source runs in.
        copy.exec("PRAGMA journal_mode = DELETE");
    }
    file.commit();
}

std::optional<Error> storage_error(const std::exception& e, std::string_view db_path) {
    const auto* sqlite = dynamic_cast<const SQLite::Exception*>(&e);
    if (!sqlite)
        return std::nullopt;
    const std::string db(db_path);
    switch (sqlite->getErrorCode() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return BusyError(fmt::format("the database {} is busy: another program kept it locked "
                                     "past the wait",
                                     db),
                         "try again, or wait longer with --wait SECONDS");
    case SQLITE_NOTADB:
        return StorageError(fmt::format("not a sleutel database: {} is not an SQLite file", db));
    case SQLITE_CORRUPT:
        return StorageError(fmt::format("the database {} is corrupt", db),
                            "restore it from a backup made with 'sleutel db backup'");
    case SQLITE_READONLY:
        return PermissionError(fmt::format("the database {} is read-only", db));
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return PermissionError(fmt::format("access to the database {} was denied", db));
    case SQLITE_FULL:
        return StorageError(fmt::format("the disk is full: cannot write {}", db));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return StorageError(fmt::format("cannot read or write {}: {}", db, sqlite->what()));
    case SQLITE_CONSTRAINT:
        return DataError(fmt::format("the database refused the change: {}", sqlite->what()));
    default:
        return InternalError(fmt::format("unexpected database error: {}", sqlite->what()));
    }
}

std::string default_db_path() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return std::string(xdg) + "/sleutel/sleutel.db";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::string(home) + "/.local/share/sleutel/sleutel.db";
    throw UsageError("no database path: HOME is not set",
                     "give --db PATH or set SLEUTEL_DB or XDG_DATA_HOME");
}

} // namespace sleutel
