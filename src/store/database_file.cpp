// Preparing the database file before SQLite opens it: creating a new one whole, refusing what
// cannot be read, and choosing how a file the user may only read is opened.
#include "store/connection.hpp"

#include "util/atomic_file.hpp"
#include "util/i18n.hpp"
#include "util/output_target.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

namespace sleutel::store {

std::string why_not_written(const SQLite::Exception& e) {
    return (e.getErrorCode() & 0xff) == SQLITE_FULL ? std::string(_("the disk is full")) : e.what();
}

void remove_database_files(const std::string& path) {
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        ::unlink((path + suffix).c_str());
}

bool place_new_file(const std::string& temp, const std::string& path, const std::string& given) {
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
        throw CantCreateError(_f("cannot create the database {}: {}", given, std::strerror(error)));
    }
    if (const int dir = ::open(parent_folder(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        dir >= 0) {
        ::fsync(dir); // the new name must survive a crash too
        ::close(dir);
    }
    return true;
}

namespace {

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
            _f("cannot create the database {}: folder {} does not exist", given, folder));
    std::string temp = fmt::format("{}/.{}.sleutel-XXXXXX", folder, base_name(path));
    const int fd = ::mkstemp(temp.data()); // mode 0600, kept by the rename
    if (fd < 0)
        throw CantCreateError(_f("cannot create the database {}: {}", given, std::strerror(errno)));
    ::close(fd);
    try {
        SQLite::Database db(temp, SQLite::OPEN_READWRITE, static_cast<int>(wait.count()));
        apply_migrations(db, 0);
        // WAL lets a coordinator log while cron reads; the mode is stored in the file.
        db.exec("PRAGMA journal_mode = WAL");
    } catch (const SQLite::Exception& e) {
        remove_database_files(temp);
        throw CantCreateError(_f("cannot create the database {}: {}", given, why_not_written(e)));
    } catch (...) {
        remove_database_files(temp);
        throw;
    }
    return place_new_file(temp, path, given);
}

} // namespace

bool prepare_file(const std::string& path, OpenMode mode, std::chrono::milliseconds wait) {
    use_sqlite_single_threaded();
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0) {
        if (S_ISDIR(info.st_mode))
            throw StorageError(_f("not a sleutel database: {} is a folder", path));
        if (::access(path.c_str(), R_OK) != 0)
            throw PermissionError(_f("cannot read the database {}: permission denied", path));
        if (info.st_size > 0 || !S_ISREG(info.st_mode))
            return false;
        // An empty file (touch, mktemp) becomes a database only for a command that may create
        // one, and then as private as a database sleutel makes itself.
        if (mode == OpenMode::existing)
            throw NoInputError(_f("the database {} is an empty file", path),
                               _("run 'sleutel init' to make it a database"));
        if (::chmod(path.c_str(), 0600) != 0)
            throw PermissionError(
                _f("cannot make the database {} private: {}", path, std::strerror(errno)));
        return true;
    }
    if (errno == EACCES)
        throw PermissionError(_f("cannot reach the database {}: permission denied", path));
    if (mode == OpenMode::existing)
        throw MissingDatabase(_f("no database at {}", path));
    return create_database(path, wait);
}

namespace {

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

} // namespace

// A database the user may only read (a read-only mount, a folder they may not write, a file
// without write permission) still serves reports, lists, checks and backups; writes then fail as
// read-only. Where SQLite cannot make its -shm file beside the database and no -wal holds
// unfinished changes, it is opened immutable, which needs neither.
OpenedAs access_for(const std::string& path) {
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

} // namespace sleutel::store
