// db::copy_programme: table by table through plain statements, so the same steps can serve any
// two stores, then every row read back and compared with the source inside the same
// transactions.
#include "store/copy.hpp"

#include "store/connection.hpp"
#include "util/i18n.hpp"

#include <SQLiteCpp/Statement.h>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <memory>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sleutel::db {

namespace {

std::vector<std::string> column_names(SQLite::Database& db, std::string_view table, bool key_only) {
    SQLite::Statement q(db, key_only ? "SELECT name FROM pragma_table_info(?) WHERE pk > 0 "
                                       "ORDER BY pk"
                                     : "SELECT name FROM pragma_table_info(?) ORDER BY cid");
    q.bind(1, std::string(table));
    std::vector<std::string> names;
    while (q.executeStep())
        names.push_back(q.getColumn(0).getString());
    return names;
}

// One table's rows in the order of its key, every column.
std::string select_all(SQLite::Database& db, std::string_view table) {
    return fmt::format("SELECT {} FROM {} ORDER BY {}",
                       fmt::join(column_names(db, table, false), ", "), table,
                       fmt::join(column_names(db, table, true), ", "));
}

void bind_as_read(SQLite::Statement& insert, int index, const SQLite::Column& value) {
    switch (value.getType()) {
    case SQLITE_INTEGER:
        insert.bind(index, value.getInt64());
        break;
    case SQLITE_FLOAT:
        insert.bind(index, value.getDouble());
        break;
    case SQLITE_TEXT:
        insert.bind(index, value.getString());
        break;
    case SQLITE_BLOB:
        // An empty blob has no pointer; bound as null it would come back as NULL.
        insert.bind(index, value.getBytes() > 0 ? value.getBlob() : "", value.getBytes());
        break;
    default:
        insert.bind(index);
        break;
    }
}

bool same_value(const SQLite::Column& a, const SQLite::Column& b) {
    if (a.getType() != b.getType())
        return false;
    switch (a.getType()) {
    case SQLITE_INTEGER:
        return a.getInt64() == b.getInt64();
    case SQLITE_FLOAT:
        return a.getDouble() == b.getDouble();
    case SQLITE_TEXT:
    case SQLITE_BLOB:
        // An empty text or blob may come without a pointer at all.
        return a.getBytes() == b.getBytes() &&
               (a.getBytes() == 0 ||
                std::memcmp(a.getBlob(), b.getBlob(), static_cast<std::size_t>(a.getBytes())) == 0);
    default:
        return true;
    }
}

std::int64_t copy_table(SQLite::Database& from, SQLite::Database& to, std::string_view table) {
    const std::vector<std::string> columns = column_names(from, table, false);
    SQLite::Statement read(from, select_all(from, table));
    std::vector<std::string_view> marks(columns.size(), "?");
    SQLite::Statement insert(to, fmt::format("INSERT INTO {} ({}) VALUES ({})", table,
                                             fmt::join(columns, ", "), fmt::join(marks, ", ")));
    std::int64_t rows = 0;
    while (read.executeStep()) {
        for (int i = 0; i < read.getColumnCount(); ++i)
            bind_as_read(insert, i + 1, read.getColumn(i));
        insert.exec();
        insert.reset();
        ++rows;
    }
    return rows;
}

// The same rows in the same order, value for value and type for type.
void compare_table(SQLite::Database& from, SQLite::Database& to, std::string_view table,
                   const std::string& source_name) {
    SQLite::Statement original(from, select_all(from, table));
    SQLite::Statement copy(to, select_all(to, table));
    for (std::int64_t row = 1;; ++row) {
        const bool more = original.executeStep();
        if (more != copy.executeStep())
            throw StorageError(
                _f("the copy of {} has a different number of rows in {}", source_name, table));
        if (!more)
            return;
        for (int i = 0; i < original.getColumnCount(); ++i)
            if (!same_value(original.getColumn(i), copy.getColumn(i)))
                throw StorageError(_f("the copy of {} differs in {}, row {}, column {}",
                                      source_name, table, row, original.getColumnName(i)));
    }
}

// Ids are never used twice, also after the last rows of a table were deleted: each table's
// next id goes with the copy.
void copy_next_ids(SQLite::Database& from, SQLite::Database& to) {
    SQLite::Statement read(from, "SELECT name, seq FROM sqlite_sequence ORDER BY name");
    SQLite::Statement update(to, "UPDATE sqlite_sequence SET seq = ? WHERE name = ?");
    SQLite::Statement insert(to, "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)");
    while (read.executeStep()) {
        const std::string name = read.getColumn(0).getString();
        const std::int64_t seq = read.getColumn(1).getInt64();
        update.bind(1, seq);
        update.bind(2, name);
        if (update.exec() == 0) {
            insert.bind(1, name);
            insert.bind(2, seq);
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
        compare_table(connection(original), connection(copy), table, original.path());
}

std::vector<CopiedTable> copy_programme(Store& source, const std::string& target,
                                        std::chrono::milliseconds wait) {
    store::refuse_server_location(target);
    refuse_existing(target, source.path());
    // Made under a name of its own beside the target, so the link into place is atomic and
    // never replaces a file that appeared meanwhile.
    const std::string temp = fmt::format("{}.{}.copying", target, ::getpid());
    refuse_existing(temp, source.path());
    std::vector<CopiedTable> copied;
    try {
        auto copy = create_named(temp, target, wait);
        copy->set_command("db copy");
        SQLite::Database& from = connection(source);
        SQLite::Database& to = connection(*copy);
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
