// db::copy_programme: table by table through plain statements, so the same steps serve any two
// stores (SQLite file or PostgreSQL server, either way), then every row read back and compared
// with the source inside the same transactions.
#include "store/copy.hpp"

#include "store/connection.hpp"
#include "store/migrations.hpp"
#include "store/pg_database.hpp"
#include "util/i18n.hpp"

#include <SQLiteCpp/Statement.h>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <map>
#include <memory>
#include <optional>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sleutel::db {

namespace {

// A table's columns, and those of its key, as the schema names them in both stores: read from
// the SQLite schema the migrations make.
struct Columns {
    std::vector<std::string> all;
    std::vector<bool> integer; // of each column
    std::vector<std::string> key;
};

const Columns& columns_of(std::string_view table) {
    static const std::map<std::string, Columns, std::less<>> tables = [] {
        const auto reference = store::reference_schema();
        std::map<std::string, Columns, std::less<>> out;
        for (const std::string_view t : programme_tables) {
            SQLite::Statement q(*reference,
                                "SELECT name, pk, type FROM pragma_table_info(?) ORDER BY cid");
            q.bind(1, std::string(t));
            Columns c;
            std::vector<std::pair<int, std::string>> key;
            while (q.executeStep()) {
                c.all.push_back(q.getColumn(0).getString());
                c.integer.push_back(q.getColumn(2).getString() == "INTEGER");
                if (const int pk = q.getColumn(1).getInt(); pk > 0)
                    key.emplace_back(pk, q.getColumn(0).getString());
            }
            std::sort(key.begin(), key.end());
            for (auto& [order, name] : key)
                c.key.push_back(std::move(name));
            out.emplace(std::string(t), std::move(c));
        }
        return out;
    }();
    return tables.find(table)->second;
}

// One table's rows in the order of its key, every column. Keys are integers or texts compared
// byte by byte in both stores, so both give the same order.
std::string select_all(std::string_view table) {
    const Columns& c = columns_of(table);
    return fmt::format("SELECT {} FROM {} ORDER BY {}", fmt::join(c.all, ", "), table,
                       fmt::join(c.key, ", "));
}

// Values travel as text: every column is an integer or a text, and each store reads an integer
// written as text back as the same integer.
std::optional<std::string> value_of(const sql::Statement& row, int i) {
    const sql::Column c = row.getColumn(i);
    if (c.isNull())
        return std::nullopt;
    return c.getString();
}

std::int64_t copy_table(sql::Database& from, sql::Database& to, std::string_view table) {
    const Columns& c = columns_of(table);
    sql::Statement read(from, select_all(table));
    std::vector<std::string_view> marks(c.all.size(), "?");
    // An integer column is bound as an integer: PostgreSQL will not take a text for one.
    sql::Statement insert(to, fmt::format("INSERT INTO {} ({}) VALUES ({})", table,
                                          fmt::join(c.all, ", "), fmt::join(marks, ", ")));
    std::int64_t rows = 0;
    const int n = static_cast<int>(c.all.size());
    while (read.executeStep()) {
        for (int i = 0; i < n; ++i) {
            const auto v = value_of(read, i);
            if (!v)
                insert.bind(i + 1);
            else if (c.integer[static_cast<std::size_t>(i)])
                insert.bind(i + 1, read.getColumn(i).getInt64());
            else
                insert.bind(i + 1, *v);
        }
        insert.exec();
        insert.reset();
        ++rows;
    }
    return rows;
}

// The same rows in the same order, value for value.
void compare_table(sql::Database& from, sql::Database& to, std::string_view table,
                   const std::string& source_name) {
    const Columns& c = columns_of(table);
    sql::Statement original(from, select_all(table));
    sql::Statement copy(to, select_all(table));
    for (std::int64_t row = 1;; ++row) {
        const bool more = original.executeStep();
        if (more != copy.executeStep())
            throw StorageError(
                _f("the copy of {} has a different number of rows in {}", source_name, table));
        if (!more)
            return;
        for (int i = 0; i < static_cast<int>(c.all.size()); ++i)
            if (value_of(original, i) != value_of(copy, i))
                throw StorageError(_f("the copy of {} differs in {}, row {}, column {}",
                                      source_name, table, row, c.all[static_cast<std::size_t>(i)]));
    }
}

// Ids are never used twice, also after the last rows of a table were deleted: each table's
// next id goes with the copy. SQLite keeps them in sqlite_sequence for its AUTOINCREMENT tables,
// the server schema in id_counter for the tables whose highest rows were deleted.
std::map<std::string, std::int64_t> last_ids(sql::Database& db) {
    std::map<std::string, std::int64_t> last;
    sql::Statement q(db, db.engine() == sql::Engine::sqlite
                             ? "SELECT name, seq FROM sqlite_sequence"
                             : "SELECT name, last FROM id_counter");
    while (q.executeStep())
        last[q.getColumn(0).getString()] = q.getColumn(1).getInt64();
    return last;
}

void copy_next_ids(sql::Database& from, sql::Database& to) {
    if (to.engine() == sql::Engine::postgresql) {
        sql::Statement raise(to, "INSERT INTO id_counter (name, last) VALUES (?, ?) "
                                 "ON CONFLICT (name) DO UPDATE SET last = "
                                 "greatest(id_counter.last, excluded.last)");
        for (const auto& [name, last] : last_ids(from)) {
            raise.bind(1, name);
            raise.bind(2, last);
            raise.exec();
            raise.reset();
        }
        return;
    }
    // Only the AUTOINCREMENT tables have a row in sqlite_sequence; the others take the next id
    // after their highest, as the SQLite schema always gave them.
    sql::Statement autoincrement(to, "SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                     "AND name = ? AND sql LIKE '%AUTOINCREMENT%'");
    sql::Statement update(to, "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?");
    sql::Statement insert(to, "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)");
    for (const auto& [name, last] : last_ids(from)) {
        autoincrement.bind(1, name);
        const bool counted = autoincrement.executeStep();
        autoincrement.reset();
        if (!counted)
            continue;
        update.bind(1, last);
        update.bind(2, name);
        if (update.exec() == 0) {
            insert.bind(1, name);
            insert.bind(2, last);
            insert.exec();
            insert.reset();
        }
        update.reset();
    }
}

void refuse_existing(const std::string& target, const std::string& source) {
    struct stat info {};
    if (::lstat(target.c_str(), &info) != 0)
        return;
    struct stat source_info {};
    if (::stat(source.c_str(), &source_info) == 0 && ::stat(target.c_str(), &info) == 0 &&
        info.st_dev == source_info.st_dev && info.st_ino == source_info.st_ino)
        throw UsageError(_f("{} is the database being copied", target),
                         _("give the copy a new file name"));
    throw CantCreateError(_f("{} already exists: a copy is only written as a new file", target),
                          _("give the copy a new file name"));
}

// The new database under its temporary name; an error in making it names the copy as the user
// gave it, not the temporary file.
std::unique_ptr<Store> create_named(const std::string& temp, const std::string& target,
                                    std::chrono::milliseconds wait) {
    try {
        return std::make_unique<Store>(temp, OpenMode::create, wait);
    } catch (const Error& e) {
        std::string message = e.what();
        for (auto at = message.find(temp); at != std::string::npos; at = message.find(temp, at))
            message.replace(at, temp.size(), target);
        throw Error(e.code(), message, e.hint());
    }
}

} // namespace

void check_same_programme(Store& original, Store& copy) {
    for (const std::string_view table : programme_tables)
        compare_table(*store::connection_of(original).db, *store::connection_of(copy).db, table,
                      original.path());
}

namespace {

// Into a server: its database must hold no programme yet. Its tables are made if it has none;
// the rows go in one transaction, checked before it commits, so a failure leaves it empty.
void copy_to_server(Store& source, const std::string& target, std::chrono::milliseconds wait,
                    std::vector<CopiedTable>& copied) {
    Store copy(target, OpenMode::create, wait);
    copy.set_command("db copy");
    sql::Database& from = *store::connection_of(source).db;
    sql::Database& to = *store::connection_of(copy).db;
    source.read([&] {
        copy.write([&] {
            copied.clear();
            for (const std::string_view table : programme_tables) {
                sql::Statement any(to, fmt::format("SELECT 1 FROM {} LIMIT 1", table));
                if (!any.executeStep())
                    continue;
                // Only the audit of its own `sleutel init`: the copy brings its own trail.
                if (table == "audit")
                    throw CantCreateError(
                        _f("{} was set up with 'sleutel init': a copy makes the tables itself, "
                           "in a database without them",
                           copy.path()),
                        _("drop and create the database (dropdb, createdb), then copy"));
                throw CantCreateError(
                    _f("{} already holds a programme: a copy only goes into an empty database",
                       copy.path()),
                    _("create a new database for it on the server (createdb)"));
            }
            for (const std::string_view table : programme_tables)
                copied.push_back({std::string(table), copy_table(from, to, table)});
            copy_next_ids(from, to);
            check_same_programme(source, copy);
            copy.audit({"database", source.path(), "copy"});
        });
    });
}

} // namespace

std::vector<CopiedTable> copy_programme(Store& source, const std::string& target,
                                        std::chrono::milliseconds wait) {
    std::vector<CopiedTable> copied;
    if (store::is_server_location(target)) {
        if (source.on_server() && store::shown_location(target) == source.path())
            throw UsageError(_f("{} is the database being copied", source.path()),
                             _("give the copy a database of its own"));
        copy_to_server(source, target, wait, copied);
        return copied;
    }
    refuse_existing(target, source.path());
    // Made under a name of its own beside the target, so the link into place is atomic and
    // never replaces a file that appeared meanwhile.
    const std::string temp = fmt::format("{}.{}.copying", target, ::getpid());
    refuse_existing(temp, source.path());
    try {
        auto copy = create_named(temp, target, wait);
        copy->set_command("db copy");
        sql::Database& from = *store::connection_of(source).db;
        sql::Database& to = *store::connection_of(*copy).db;
        source.read([&] {
            copy->reserve_cache(64);
            // In bulk, as an import: every reference is copied before the rows that make it.
            copy->write_bulk([&] {
                for (const std::string_view table : programme_tables)
                    copied.push_back({std::string(table), copy_table(from, to, table)});
                copy_next_ids(from, to);
                check_same_programme(source, *copy);
                copy->audit({"database", source.path(), "copy"});
            });
        });
        // Its write-ahead log folded in before it is closed, so it is one self-contained file:
        // closing would try the same, but could not say that it failed.
        if (!copy->checkpoint_truncate())
            throw StorageError(_f("cannot write the copy {}: {}", target,
                                  _("its write-ahead log could not be folded in")));
        copy.reset();
        if (!store::place_new_file(temp, target, target))
            refuse_existing(target, source.path());
    } catch (const SQLite::Exception& e) {
        store::remove_database_files(temp);
        // The original is only read: a failed write, a full disk or a file-size limit is the
        // copy's. Anything else (a busy or damaged original) is said of the original.
        const int code = e.getErrorCode() & 0xff;
        const int extended = e.getExtendedErrorCode();
        if (code == SQLITE_FULL || code == SQLITE_READONLY || code == SQLITE_CANTOPEN ||
            extended == SQLITE_IOERR_WRITE || extended == SQLITE_IOERR_FSYNC ||
            extended == SQLITE_IOERR_TRUNCATE || extended == SQLITE_IOERR_DIR_FSYNC)
            throw StorageError(
                _f("cannot write the copy {}: {}", target, store::why_not_written(e)));
        if (const auto as_said = storage_error(e, source.path()))
            throw *as_said;
        throw;
    } catch (...) {
        store::remove_database_files(temp);
        throw;
    }
    return copied;
}

} // namespace sleutel::db
