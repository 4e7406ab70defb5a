// Opening the sleutel database, its transactions and its audit trail.
#include "store/store.hpp"

#include "store/connection.hpp"
#include "store/migrations.hpp"
#include "store/pg_database.hpp"
#include "store/pg_migrations.hpp"
#include "util/clock.hpp"
#include "util/i18n.hpp"
#include "util/output_target.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <pwd.h>
#include <random>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sleutel {

namespace store {

Connection& connection_of(Store& store) {
    return *store.connection_;
}

SQLite::Database& Connection::sqlite() {
    if (!file)
        throw UsageError(_("this is done by the PostgreSQL server's own tools, not by sleutel"));
    return file->sqlite();
}

} // namespace store

namespace {

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

// $SLEUTEL_TRACE_SQL: every reading statement, with its values, appended to `file` (0600).
void trace_queries(store::Connection& connection, const std::string& file,
                   const std::string& db_path) {
    // The trace holds the values the queries were asked with (dates, key persons' handles, refs),
    // so it is as private as the database: created 0600, refused while others may read it, and
    // never the database or one of its files.
    const OutputTarget target = output_target(file, {db_path});
    const int fd = target.in_place ? ::open(target.file.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY)
                                   : ::open(target.file.c_str(),
                                            O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        throw CantCreateError(_f("cannot write the SQL trace {}: {}", file, std::strerror(errno)));
    struct stat info {};
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && (info.st_mode & 077) != 0) {
        ::close(fd);
        throw PermissionError(
            _f("the SQL trace {} may be read by others; it holds the values of queries", file),
            _f("chmod 600 {}, or name a new file", file));
    }
    connection.trace.reset(::fdopen(fd, "a"));
    if (!connection.trace) {
        ::close(fd);
        throw CantCreateError(_f("cannot write the SQL trace {}", file));
    }
    // Only queries: what changes data may hold personal data, and a trace file is for replaying
    // a report's queries in the sqlite3 shell (bench/report).
    sqlite3_trace_v2(
        connection.sqlite().getHandle(), SQLITE_TRACE_STMT,
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
        connection.trace.get());
}

} // namespace

Store::Store(const std::string& path, OpenMode mode, std::chrono::milliseconds wait)
    : path_(store::is_server_location(path) ? store::shown_location(path) : path), location_(path),
      wait_(wait) {
    if (store::is_server_location(path))
        open_server(mode);
    else
        open_file(mode);
}

void Store::open_file(OpenMode mode) {
    created_ = store::prepare_file(location_, mode, wait_);
    connection_ = std::make_unique<store::Connection>(store::access_for(location_), wait_);
    SQLite::Database& db = connection_->sqlite();
    // The first statement that reads the file is where SQLite notices a foreign or corrupt file.
    const int version = pragma_int(db, "user_version");
    const int app_id = pragma_int(db, "application_id");
    const bool empty = db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt() == 0;
    if (app_id != store::application_id && !(empty && version == 0))
        throw StorageError(_f("not a sleutel database: {}", path_),
                           _("it is an SQLite file made by another program"));
    refuse_version(version, empty);
    db.exec("PRAGMA foreign_keys = ON");
    // WAL lets a coordinator log while cron reads. It is stored in the file, so this runs once,
    // and again for a database restored from a backup (which is written in rollback mode).
    if (connection_->access.writable && db.execAndGet("PRAGMA journal_mode").getString() != "wal")
        db.exec("PRAGMA journal_mode = WAL");
    // In WAL mode NORMAL keeps the file consistent through crashes and power loss and survives
    // any crash of sleutel itself; only a power cut may undo the very last commits. It saves an
    // fsync per change, which is most of the time of one `sleutel log`.
    db.exec("PRAGMA synchronous = NORMAL");
    if (version < schema_version)
        store::apply_migrations(db, version);
    if (const char* trace = std::getenv("SLEUTEL_TRACE_SQL"); trace && *trace)
        trace_queries(*connection_, trace, path_);
}

// On a server the database itself is the administrator's (createdb); sleutel makes its tables
// in it: `sleutel init` on an empty database, or any command that may create one.
void Store::open_server(OpenMode mode) {
    connection_ = std::make_unique<store::Connection>(store::connect_server(location_), wait_);
    sql::Database& db = *connection_->db;
    db.set_lock_wait(wait_);
    const int version = store::server_schema_version(db);
    const bool empty = version == 0 && store::server_schema_empty(db);
    if (version < 0 || (version == 0 && !empty))
        throw StorageError(_f("not a sleutel database: {}", path_),
                           _("its schema holds tables of another program; give sleutel a "
                             "database of its own"));
    if (empty && mode == OpenMode::existing)
        throw MissingDatabase(_f("no sleutel programme in the database {}", path_),
                              _("run 'sleutel init' to create its tables"));
    refuse_version(version, empty);
    created_ = empty;
    if (version < schema_version)
        store::apply_server_migrations(db, schema_version);
}

void Store::refuse_version(int version, bool empty) const {
    if (version > schema_version)
        throw StorageError(_f("the database {} has schema version {}, newer than this "
                              "sleutel understands (version {})",
                              path_, version, schema_version),
                           _("install a newer sleutel to open it"));
    // Migrating a database whose version was wiped or tampered with would fail halfway through
    // its tables: say what is wrong instead.
    if (version < 0 || (version == 0 && !empty))
        throw StorageError(_f("the database {} has lost its schema version ({})", path_, version),
                           _("restore it from a backup made with 'sleutel db backup'"));
}

bool Store::on_server() const {
    return connection_->on_server();
}

Store::~Store() = default;

void Store::write(const std::function<void()>& change) {
    // A server runs concurrent writers serializably: when two got in each other's way one of
    // them fails, having changed nothing, and runs again, for as long as the wait allows, as a
    // writer to a file waits for the lock. `change` only writes to the database, so running it
    // again is safe.
    const auto give_up = std::chrono::steady_clock::now() + wait_;
    for (int attempt = 1;; ++attempt) {
        try {
            sql::Transaction tx(*connection_->db, sql::Intent::write);
            change();
            tx.commit();
            return;
        } catch (const sql::ServerError& e) {
            if (!e.retry_may_succeed() || std::chrono::steady_clock::now() > give_up)
                throw;
            // Apart a little, and further each time up to 50 ms, with a share of chance so two
            // writers do not meet again at once.
            static std::minstd_rand chance(static_cast<unsigned>(::getpid()));
            const unsigned most = std::min(50000u, 500u << std::min(attempt, 7));
            ::usleep(static_cast<useconds_t>(most / 2 + chance() % (most / 2)));
        }
    }
}

void Store::write_bulk(const std::function<void()>& change) {
    if (on_server()) {
        write(change);
        return;
    }
    // Every INSERT fires the monthly totals' triggers, so SQLite keeps a statement journal for
    // it: a copy of each page the statement changes that the transaction had changed before. In
    // a long transaction that is nearly every page it touches, a few dozen KiB a row, which past
    // 64 KiB SQLite writes to a temporary file: 20 writes a row, four-fifths of an import's time.
    // In memory, each journal lives for one statement. Sorts and temporary tables stay on disk
    // for every other command, so a large report cannot grow the memory.
    //
    // Both pragmas are no-ops inside a transaction, so they are switched around it.
    const auto set = [this](bool bulk) {
        connection_->sqlite().exec(bulk ? "PRAGMA foreign_keys = OFF; PRAGMA temp_store = MEMORY"
                                        : "PRAGMA foreign_keys = ON; PRAGMA temp_store = DEFAULT");
    };
    set(true);
    try {
        write(change);
    } catch (...) {
        set(false);
        throw;
    }
    set(false);
}

void Store::read(const std::function<void()>& look) {
    sql::Transaction tx(*connection_->db, sql::Intent::read);
    look();
    tx.commit();
}

void Store::reserve_cache(int mebibytes) {
    if (on_server())
        return; // the server's own setting
    connection_->sqlite().exec(fmt::format("PRAGMA cache_size = -{}", mebibytes * 1024));
}

void Store::audit(const AuditEntry& entry) {
    sql::Statement insert(*connection_->db,
                          "INSERT INTO audit (at, os_user, command, entity, entity_id, "
                          "action) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, Clock::now_utc());
    insert.bind(2, os_user());
    insert.bind(3, command_);
    insert.bind(4, entry.entity);
    insert.bind(5, entry.entity_id);
    insert.bind(6, entry.action);
    insert.exec();
}

void Store::for_each_audit_row(std::string_view from_date, std::string_view to_date,
                               const std::function<void(const AuditRow&)>& each) {
    // `at` is a UTC timestamp; comparing its first ten characters selects whole days.
    sql::Statement query(*connection_->db,
                         "SELECT id, at, os_user, command, entity, entity_id, action "
                         "FROM audit WHERE substr(at, 1, 10) BETWEEN ? AND ? ORDER BY id",
                         sql::Rows::many);
    query.bind(1, std::string(from_date));
    query.bind(2, std::string(to_date));
    while (query.executeStep())
        each({query.getColumn(0).getInt64(),
              query.getColumn(1).getString(),
              query.getColumn(2).getString(),
              query.getColumn(3).getString(),
              {query.getColumn(4).getString(), query.getColumn(5).getString(),
               query.getColumn(6).getString()}});
}

std::vector<AuditRow> Store::audit_rows(std::string_view from_date, std::string_view to_date) {
    std::vector<AuditRow> rows;
    for_each_audit_row(from_date, to_date, [&](const AuditRow& row) { rows.push_back(row); });
    return rows;
}

void Store::erase_securely() {
    // A server keeps a deleted row's old version until VACUUM reuses its space, and in its WAL
    // and backups: what an administrator must do is in sleutel-forget(1).
    if (on_server())
        return;
    connection_->sqlite().exec("PRAGMA secure_delete = ON");
}

bool Store::checkpoint_truncate() {
    if (on_server())
        return true;
    return connection_->sqlite().execAndGet("PRAGMA wal_checkpoint(TRUNCATE)").getInt() == 0;
}

} // namespace sleutel
