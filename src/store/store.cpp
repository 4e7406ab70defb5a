// Opening, migrating, checking and backing up the sleutel database.
#include "store/store.hpp"

#include "store/migrations.hpp"
#include "util/atomic_file.hpp"
#include "util/clock.hpp"
#include "util/output_target.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <pwd.h>
#include <set>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sleutel {

namespace {

// Runs the migrations after `from_version` on `db`, each in its own transaction.
void apply_migrations(SQLite::Database& db, int from_version) {
    for (const store::Migration& step : store::migrations()) {
        if (step.version <= from_version)
            continue;
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        db.exec(step.sql);
        db.exec(fmt::format("PRAGMA application_id = {}", store::application_id));
        db.exec(fmt::format("PRAGMA user_version = {}", step.version));
        tx.commit();
    }
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

std::string base_name(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Why SQLite could not write a new file, in the words a user acts on.
std::string why_not_written(const SQLite::Exception& e) {
    return (e.getErrorCode() & 0xff) == SQLITE_FULL ? "the disk is full" : e.what();
}

void remove_database_files(const std::string& path) {
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        ::unlink((path + suffix).c_str());
}

// A new database is built whole in a temporary file beside its place and only then given its
// name, without replacing anything: a full disk or a crash never leaves half a database, and two
// programs creating it at once end up with the same one. Returns false when another program
// created it first.
bool create_database(const std::string& given, std::chrono::milliseconds wait) {
    const std::string path = resolve_links(given); // a dangling link: create what it names
    const std::string folder = parent_folder(path);
    struct stat info {};
    if (::stat(folder.c_str(), &info) != 0 || !S_ISDIR(info.st_mode))
        throw CantCreateError(
            fmt::format("cannot create the database {}: folder {} does not exist", given, folder));
    std::string temp = fmt::format("{}/.{}.sleutel-XXXXXX", folder, base_name(path));
    const int fd = ::mkstemp(temp.data()); // mode 0600, kept by the rename
    if (fd < 0)
        throw CantCreateError(
            fmt::format("cannot create the database {}: {}", given, std::strerror(errno)));
    ::close(fd);
    try {
        SQLite::Database db(temp, SQLite::OPEN_READWRITE, static_cast<int>(wait.count()));
        apply_migrations(db, 0);
        // WAL lets a coordinator log while cron reads; the mode is stored in the file.
        db.exec("PRAGMA journal_mode = WAL");
    } catch (const SQLite::Exception& e) {
        remove_database_files(temp);
        throw CantCreateError(
            fmt::format("cannot create the database {}: {}", given, why_not_written(e)));
    } catch (...) {
        remove_database_files(temp);
        throw;
    }
    // Atomic and never replacing: RENAME_NOREPLACE, or link() where the file system lacks it.
    int moved = ::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE);
    if (moved != 0 && (errno == EINVAL || errno == ENOSYS)) {
        moved = ::link(temp.c_str(), path.c_str());
        const int error = errno;
        if (moved == 0)
            ::unlink(temp.c_str());
        errno = error;
    }
    if (moved != 0) {
        const int error = errno;
        remove_database_files(temp);
        if (error == EEXIST)
            return false;
        throw CantCreateError(
            fmt::format("cannot create the database {}: {}", given, std::strerror(error)));
    }
    if (const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        ::fsync(dir); // the new name must survive a crash too
        ::close(dir);
    }
    return true;
}

// Checks the file before SQLite sees it, so each problem gets its own exit code, and creates a
// missing database in create mode. Returns true when the database was created.
bool prepare_file(const std::string& path, OpenMode mode, std::chrono::milliseconds wait) {
    use_sqlite_single_threaded();
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0) {
        if (S_ISDIR(info.st_mode))
            throw StorageError(fmt::format("not a sleutel database: {} is a folder", path));
        if (::access(path.c_str(), R_OK) != 0)
            throw PermissionError(
                fmt::format("cannot read the database {}: permission denied", path));
        if (info.st_size > 0 || !S_ISREG(info.st_mode))
            return false;
        // An empty file (touch, mktemp) becomes a database only for a command that may create
        // one, and then as private as a database sleutel makes itself.
        if (mode == OpenMode::existing)
            throw NoInputError(fmt::format("the database {} is an empty file", path),
                               "run 'sleutel init' to make it a database");
        if (::chmod(path.c_str(), 0600) != 0)
            throw PermissionError(
                fmt::format("cannot make the database {} private: {}", path, std::strerror(errno)));
        return true;
    }
    if (errno == EACCES)
        throw PermissionError(fmt::format("cannot reach the database {}: permission denied", path));
    if (mode == OpenMode::existing)
        throw NoInputError(fmt::format("no database at {}", path),
                           "run 'sleutel init' to create one, or point --db or SLEUTEL_DB at it");
    return create_database(path, wait);
}

// An SQLite URI for `path`: '%', '?' and '#' are escaped so they stay part of the name.
std::string file_uri(const std::string& path, std::string_view query) {
    std::string uri = "file:";
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#')
            uri += fmt::format("%{:02X}", static_cast<unsigned char>(c));
        else
            uri += c;
    }
    return fmt::format("{}?{}", uri, query);
}

// A database the user may only read (a read-only mount, a folder they may not write, a file
// without write permission) still serves reports, lists, checks and backups; writes then fail as
// read-only. Where SQLite cannot make its -shm file beside the database and no -wal holds
// unfinished changes, it is opened immutable, which needs neither.
Store::OpenedAs access_for(const std::string& path) {
    const std::string folder = parent_folder(resolve_links(path));
    const bool file_writable = ::access(path.c_str(), W_OK) == 0;
    const bool folder_writable = ::access(folder.c_str(), W_OK) == 0;
    if (file_writable && folder_writable)
        return {path, SQLite::OPEN_READWRITE, true};
    struct stat info {};
    const bool shm = ::stat((path + "-shm").c_str(), &info) == 0;
    const bool wal_pending = ::stat((path + "-wal").c_str(), &info) == 0 && info.st_size > 0;
    if (folder_writable || shm || wal_pending)
        return {path, SQLite::OPEN_READONLY, false};
    return {file_uri(path, "immutable=1"), SQLite::OPEN_READONLY | SQLite::OPEN_URI, false};
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
    : path_(path), created_(prepare_file(path, mode, wait)), access_(access_for(path)),
      db_(access_.name, access_.flags, static_cast<int>(wait.count())) {
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
    // Migrating a database whose version was wiped or tampered with would fail halfway through
    // its tables: say what is wrong instead.
    if (version < 0 || (version == 0 && !empty))
        throw StorageError(
            fmt::format("the database {} has lost its schema version ({})", path_, version),
            "restore it from a backup made with 'sleutel db backup'");
    db_.exec("PRAGMA foreign_keys = ON");
    // WAL lets a coordinator log while cron reads. It is stored in the file, so this runs once,
    // and again for a database restored from a backup (which is written in rollback mode).
    if (access_.writable && db_.execAndGet("PRAGMA journal_mode").getString() != "wal")
        db_.exec("PRAGMA journal_mode = WAL");
    // In WAL mode NORMAL keeps the file consistent through crashes and power loss and survives
    // any crash of sleutel itself; only a power cut may undo the very last commits. It saves an
    // fsync per change, which is most of the time of one `sleutel log`.
    db_.exec("PRAGMA synchronous = NORMAL");
    if (version < schema_version)
        apply_migrations(db_, version);
    if (const char* trace = std::getenv("SLEUTEL_TRACE_SQL"); trace && *trace)
        trace_queries(trace);
}

void Store::trace_queries(const std::string& file) {
    // The trace holds the values the queries were asked with (dates, key persons' handles, refs),
    // so it is as private as the database: created 0600, refused while others may read it, and
    // never the database or one of its files.
    const OutputTarget target = output_target(file, {path_});
    const int fd = target.in_place ? ::open(target.file.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY)
                                   : ::open(target.file.c_str(),
                                            O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        throw CantCreateError(
            fmt::format("cannot write the SQL trace {}: {}", file, std::strerror(errno)));
    struct stat info {};
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && (info.st_mode & 077) != 0) {
        ::close(fd);
        throw PermissionError(
            fmt::format("the SQL trace {} may be read by others; it holds the values of queries",
                        file),
            fmt::format("chmod 600 {}, or name a new file", file));
    }
    trace_.reset(::fdopen(fd, "a"));
    if (!trace_) {
        ::close(fd);
        throw CantCreateError(fmt::format("cannot write the SQL trace {}", file));
    }
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
    insert.bind(3, command_);
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
                        query.getColumn(3).getString(),
                        {query.getColumn(4).getString(), query.getColumn(5).getString(),
                         query.getColumn(6).getString()}});
    }
    return rows;
}

namespace {

// The tables, indexes, views and triggers of `db`, as "table activity", "index activity_date".
std::set<std::string> schema_objects(SQLite::Database& db) {
    std::set<std::string> names;
    SQLite::Statement q(db, "SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'");
    while (q.executeStep())
        names.insert(q.getColumn(0).getString() + " " + q.getColumn(1).getString());
    return names;
}

} // namespace

std::vector<std::string> Store::missing_schema_objects() {
    // What the schema should hold is what the migrations make: built in memory and compared.
    SQLite::Database reference(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    apply_migrations(reference, 0);
    const std::set<std::string> present = schema_objects(db_);
    std::vector<std::string> missing;
    for (const std::string& object : schema_objects(reference))
        if (!present.contains(object))
            missing.push_back(object);
    return missing;
}

std::vector<std::string> Store::check() {
    std::vector<std::string> problems;
    const std::vector<std::string> missing = missing_schema_objects();
    for (const std::string& object : missing)
        problems.push_back(fmt::format("{} is missing", object));
    // The other checks read every table: with one gone they could not run.
    if (std::any_of(missing.begin(), missing.end(),
                    [](const std::string& object) { return object.starts_with("table "); }))
        return problems;
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
        throw CantCreateError(
            fmt::format("cannot back up the database onto itself: {}", destination));
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
    const OutputTarget target = output_target(destination, {path_}, SqliteFiles::replace_backup);
    write_output_via_file(target, [&](const std::string& temp) {
        try {
            SQLite::Database copy(temp, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            SQLite::Backup backup(copy, db_);
            // All pages in one step: a consistent snapshot. SQLiteCpp returns (not throws) BUSY
            // and LOCKED, which would leave an empty copy behind.
            if (backup.executeStep() != SQLITE_DONE)
                throw BusyError(fmt::format("the database {} was busy during the backup", path_),
                                "try again, or wait longer with --wait SECONDS");
            // A copy that fails its own check must never replace an older good backup.
            if (copy.execAndGet("PRAGMA quick_check").getString() != "ok")
                throw StorageError(
                    fmt::format("the backup copy failed its check: {}", destination));
            // A backup is a single self-contained file, whatever mode the source runs in.
            copy.exec("PRAGMA journal_mode = DELETE");
        } catch (const SQLite::Exception& e) {
            // What failed is writing the copy (a full disk, a quota): name it, not the source.
            remove_database_files(temp);
            throw StorageError(
                fmt::format("cannot write the backup {}: {}", destination, why_not_written(e)));
        } catch (...) {
            remove_database_files(temp);
            throw;
        }
    });
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
    case SQLITE_ERROR:
        // A table or column that the schema has and the file has not: a damaged database.
        if (std::string_view what = sqlite->what();
            what.find("no such table") != std::string_view::npos ||
            what.find("no such column") != std::string_view::npos ||
            what.find("no such index") != std::string_view::npos)
            return StorageError(fmt::format("the database {} is damaged: {}", db, what),
                                "run 'sleutel db check', or restore it from a backup made with "
                                "'sleutel db backup'");
        return InternalError(fmt::format("unexpected database error: {}", sqlite->what()));
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
