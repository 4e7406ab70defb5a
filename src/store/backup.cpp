// Copies of the database: a backup beside it or anywhere, and the copy kept when it is started
// over.
#include "store/store.hpp"

#include "store/connection.hpp"
#include "util/clock.hpp"
#include "util/i18n.hpp"
#include "util/output_target.hpp"

#include <SQLiteCpp/Backup.h>
#include <cstdio>
#include <cstring>
#include <fmt/format.h>
#include <sqlite3.h>
#include <sys/stat.h>

namespace sleutel {

void Store::backup_to(const std::string& destination) {
    if (on_server())
        throw UsageError(_("a programme on a PostgreSQL server is backed up with the server's "
                           "own tools"),
                         _("use pg_dump, or 'sleutel db copy' to copy it into an SQLite file"));
    struct stat source_info {};
    struct stat destination_info {};
    const bool destination_exists = ::stat(destination.c_str(), &destination_info) == 0;
    if (destination_exists && ::stat(path_.c_str(), &source_info) == 0 &&
        source_info.st_dev == destination_info.st_dev &&
        source_info.st_ino == destination_info.st_ino)
        throw CantCreateError(_f("cannot back up the database onto itself: {}", destination));
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
                _f("{} exists and is not a database: not overwriting it", destination));
    }
    const OutputTarget target = output_target(destination, {path_}, SqliteFiles::replace_backup);
    write_output_via_file(target, [&](const std::string& temp) {
        try {
            SQLite::Database copy(temp, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            SQLite::Backup backup(copy, connection_->sqlite());
            // All pages in one step: a consistent snapshot. SQLiteCpp returns (not throws) BUSY
            // and LOCKED, which would leave an empty copy behind.
            if (backup.executeStep() != SQLITE_DONE)
                throw BusyError(_f("the database {} was busy during the backup", path_));
            // A copy that fails its own check must never replace an older good backup.
            if (copy.execAndGet("PRAGMA quick_check").getString() != "ok")
                throw StorageError(_f("the backup copy failed its check: {}", destination));
            // A backup is a single self-contained file, whatever mode the source runs in.
            copy.exec("PRAGMA journal_mode = DELETE");
        } catch (const SQLite::Exception& e) {
            // What failed is writing the copy (a full disk, a quota): name it, not the source.
            store::remove_database_files(temp);
            throw StorageError(
                _f("cannot write the backup {}: {}", destination, store::why_not_written(e)));
        } catch (...) {
            store::remove_database_files(temp);
            throw;
        }
    });
}

std::string Store::move_aside() {
    if (on_server())
        throw UsageError(_("a programme on a PostgreSQL server cannot be started over by sleutel"),
                         _("drop and create the database with the server's own tools"));
    // SQLite cannot back up from a connection that is writing, so the lock is held on a second.
    Store lock(location_, OpenMode::existing, wait_);
    connection(lock).exec("BEGIN IMMEDIATE"); // busy past the wait: exit 75, nothing touched
    std::string stamp = Clock::now_utc();
    std::erase_if(stamp, [](char c) { return c == ':' || c == '-'; });
    // Through a symbolic link the file it names is started over; the link stays.
    const std::string file = resolve_links(path_);
    const std::string aside = fmt::format("{}.{}.bak", file, stamp);
    backup_to(aside);
    for (const char* suffix : {"", "-wal", "-shm"})
        std::remove((file + suffix).c_str());
    connection(lock).exec("ROLLBACK");
    return aside;
}

} // namespace sleutel
