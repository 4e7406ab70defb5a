// The errors the user sees for what SQLite reports.
#include "store/pg_database.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"
#include "util/i18n.hpp"

#include <SQLiteCpp/Exception.h>
#include <fmt/format.h>
#include <sqlite3.h>

namespace sleutel {

namespace {

// What a PostgreSQL server reported, by its SQLSTATE class.
Error server_error(const sql::ServerError& e, const std::string& db) {
    const std::string& state = e.sqlstate();
    if (e.connection_lost())
        return StorageError(_f("lost the connection to the PostgreSQL server {}: {}", db, e.what()),
                            _("nothing of this command was kept; run it again when the server "
                              "is back"));
    if (e.retry_may_succeed() || state == "55P03" || state == "57014")
        return BusyError(_f("the database {} is busy: other programs kept getting in the way "
                            "past the wait",
                            db));
    if (state == "42501" || state.starts_with("28"))
        return PermissionError(_f("access to the database {} was denied: {}", db, e.what()),
                               _("ask the administrator for the role that may do this"));
    if (state == "25006")
        return PermissionError(_f("the database {} is read-only", db));
    if (state.starts_with("23"))
        return DataError(_f("the database refused the change: {}", e.what()));
    if (state == "53100")
        return StorageError(_f("the server's disk is full: cannot write {}", db));
    if (state == "42P01" || state == "42703")
        return StorageError(_f("the database {} is damaged: {}", db, e.what()),
                            _("run 'sleutel db check'"));
    return InternalError(_f("unexpected database error: {}", e.what()));
}

} // namespace

std::optional<Error> storage_error(const std::exception& e, std::string_view db_path) {
    const std::string location(db_path);
    const std::string db =
        store::is_server_location(location) ? store::shown_location(location) : location;
    if (const auto* server = dynamic_cast<const sql::ServerError*>(&e))
        return server_error(*server, db);
    const auto* sqlite = dynamic_cast<const SQLite::Exception*>(&e);
    if (!sqlite)
        return std::nullopt;
    switch (sqlite->getErrorCode() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return BusyError(_f("the database {} is busy: another program kept it locked "
                            "past the wait",
                            db));
    case SQLITE_NOTADB:
        return StorageError(_f("not a sleutel database: {} is not an SQLite file", db));
    case SQLITE_CORRUPT:
        return StorageError(_f("the database {} is corrupt", db),
                            _("restore it from a backup made with 'sleutel db backup'"));
    case SQLITE_READONLY:
        return PermissionError(_f("the database {} is read-only", db));
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return PermissionError(_f("access to the database {} was denied", db));
    case SQLITE_FULL:
        return StorageError(_f("the disk is full: cannot write {}", db));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return StorageError(_f("cannot read or write {}: {}", db, sqlite->what()));
    case SQLITE_ERROR:
        // A table or column that the schema has and the file has not: a damaged database.
        if (std::string_view what = sqlite->what();
            what.find("no such table") != std::string_view::npos ||
            what.find("no such column") != std::string_view::npos ||
            what.find("no such index") != std::string_view::npos)
            return StorageError(_f("the database {} is damaged: {}", db, what),
                                _("run 'sleutel db check', or restore it from a backup made with "
                                  "'sleutel db backup'"));
        return InternalError(_f("unexpected database error: {}", sqlite->what()));
    case SQLITE_CONSTRAINT:
        return DataError(_f("the database refused the change: {}", sqlite->what()));
    default:
        return InternalError(_f("unexpected database error: {}", sqlite->what()));
    }
}

} // namespace sleutel
