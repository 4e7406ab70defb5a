// Output targets: resolve links, recognise what must survive, then write atomically or in place.
#include "util/output_target.hpp"

#include "util/atomic_file.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sleutel {

namespace {

namespace fs = std::filesystem;

constexpr int max_links = 40; // as the kernel's own limit on a path

[[noreturn]] void refuse(const std::string& given, std::string_view why, std::string hint = {}) {
    throw CantCreateError(_f("cannot write {}: {}", given, why), std::move(hint));
}

} // namespace

std::string resolve_links(const std::string& given) {
    std::string path = given;
    for (int hops = 0; hops <= max_links; ++hops) {
        struct stat info {};
        if (::lstat(path.c_str(), &info) != 0 || !S_ISLNK(info.st_mode))
            return path;
        std::array<char, 4096> buffer{};
        const ssize_t n = ::readlink(path.c_str(), buffer.data(), buffer.size() - 1);
        if (n < 0)
            refuse(given, std::strerror(errno));
        const std::string target(buffer.data(), static_cast<std::size_t>(n));
        path = target.starts_with('/') ? target : parent_folder(path) + "/" + target;
    }
    refuse(given, _("too many symbolic links"));
}

namespace {

// The first bytes of a file: SQLite databases and WAL files are known by them, and a sleutel
// database by the application id SQLite keeps at offset 68.
enum class Magic { none, database, sleutel_database, wal };
Magic magic_of(const std::string& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return Magic::none;
    std::array<unsigned char, 72> head{};
    const ssize_t n = ::read(fd, head.data(), head.size());
    ::close(fd);
    if (n >= 16 && std::memcmp(head.data(), "SQLite format 3", 16) == 0) {
        const bool ours =
            n == 72 && head[68] == 'S' && head[69] == 'L' && head[70] == 'T' && head[71] == 'L';
        return ours ? Magic::sleutel_database : Magic::database;
    }
    // A WAL file starts with 0x377f0682 or 0x377f0683, big-endian.
    if (n >= 4 && head[0] == 0x37 && head[1] == 0x7f && head[2] == 0x06 &&
        (head[3] == 0x82 || head[3] == 0x83))
        return Magic::wal;
    return Magic::none;
}

bool same_inode(const std::string& a, const std::string& b) {
    struct stat x {};
    struct stat y {};
    return ::stat(a.c_str(), &x) == 0 && ::stat(b.c_str(), &y) == 0 && x.st_dev == y.st_dev &&
           x.st_ino == y.st_ino;
}

// A path with its folder made absolute and free of links, so two spellings of one file compare
// equal even when the file does not exist yet.
std::string canonical_spelling(const std::string& path) {
    std::error_code error;
    const fs::path p(path);
    const fs::path folder = fs::canonical(p.parent_path().empty() ? "." : p.parent_path(), error);
    return error ? path : (folder / p.filename()).string();
}

constexpr std::array<std::string_view, 3> companions{"-wal", "-shm", "-journal"};

void refuse_database_files(const std::string& given, const std::string& file,
                           const std::vector<std::string>& databases, SqliteFiles sqlite_files) {
    const std::string spelled = canonical_spelling(file);
    for (const std::string& db : databases) {
        const std::string db_file = resolve_links(db);
        if (same_inode(file, db_file) || spelled == canonical_spelling(db_file))
            refuse(given, _("it is the database in use"), _("name another file"));
        for (const std::string_view suffix : companions) {
            const std::string companion = db_file + std::string(suffix);
            if (same_inode(file, companion) || spelled == canonical_spelling(companion))
                refuse(given, _f("it is the database's {} file", suffix.substr(1)),
                       _("name another file"));
        }
    }
    const Magic magic = magic_of(file);
    const auto is_database = [](Magic m) {
        return m == Magic::database || m == Magic::sleutel_database;
    };
    if (magic == Magic::wal)
        refuse(given, _("it is the write-ahead log of a database"), _("name another file"));
    for (const std::string_view suffix : companions)
        if (file.ends_with(suffix) &&
            is_database(magic_of(file.substr(0, file.size() - suffix.size()))))
            refuse(given, _f("it is the {} file of a database", suffix.substr(1)),
                   _("name another file"));
    if (!is_database(magic))
        return;
    if (sqlite_files == SqliteFiles::refuse)
        refuse(given, _("it is an SQLite database; not overwriting it"), _("name another file"));
    // A backup replaces an older sleutel backup only: never another program's database, nor one
    // that some program has open (its log would be replayed over the new copy).
    if (magic != Magic::sleutel_database)
        refuse(given, _("it is another program's SQLite database; not overwriting it"),
               _("name another file"));
    struct stat info {};
    for (const char* suffix : {"-wal", "-journal"})
        if (::stat((file + suffix).c_str(), &info) == 0)
            refuse(given, _f("it is a database in use (it has a {} file)", suffix + 1),
                   _("back up to a file no program has open"));
}

void write_all(int fd, std::string_view bytes, const std::string& given) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            throw StorageError(_f("cannot write {}: {}", given, std::strerror(errno)));
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

// The descriptor that /dev/stdout, /dev/stderr, /dev/fd/N or /proc/self/fd/N names, or -1.
int descriptor_named(const std::string& path) {
    if (path == "/dev/stdout")
        return STDOUT_FILENO;
    if (path == "/dev/stderr")
        return STDERR_FILENO;
    for (const std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
        if (!path.starts_with(prefix) || path.size() == prefix.size() ||
            path.size() > prefix.size() + 6)
            continue;
        int fd = 0;
        for (const char c : std::string_view(path).substr(prefix.size())) {
            if (c < '0' || c > '9')
                return -1;
            fd = fd * 10 + (c - '0');
        }
        return fd;
    }
    return -1;
}

// Opens a device or FIFO for writing as it is: no O_CREAT, no O_TRUNC. An open descriptor is
// duplicated, so it keeps its offset and append mode.
int open_in_place(const OutputTarget& target) {
    const int fd = target.descriptor >= 0
                       ? ::fcntl(target.descriptor, F_DUPFD_CLOEXEC, 0)
                       : ::open(target.file.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        refuse(target.given, std::strerror(errno));
    return fd;
}

} // namespace

bool is_device_or_pipe(const std::string& path) {
    struct stat info {};
    return descriptor_named(path) >= 0 ||
           (::stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode));
}

OutputTarget output_target(const std::string& path, const std::vector<std::string>& databases,
                           SqliteFiles sqlite_files) {
    if (path.empty())
        throw CantCreateError(_("cannot create a file with an empty name"));
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0) {
        if (S_ISDIR(info.st_mode))
            throw CantCreateError(_f("cannot create {}: it is a folder", path),
                                  _("name a file in it"));
        if (!S_ISREG(info.st_mode)) {
            // /dev/stdout is a link to /proc/self/fd/1, which may read "pipe:[123]": a device is
            // opened by the name given, never resolved.
            return {path, path, true, descriptor_named(path)};
        }
        const std::string file = resolve_links(path);
        refuse_database_files(path, file, databases, sqlite_files);
        // `-o /dev/stdout >>log.txt` appends to the log, as the shell was asked: a descriptor
        // already open is written to, never replaced.
        if (const int fd = descriptor_named(path); fd >= 0)
            return {path, file, true, fd};
        return {path, file, false};
    }
    if (errno != ENOENT)
        refuse(path, std::strerror(errno));
    const std::string file = resolve_links(path);
    const std::string folder = parent_folder(file);
    if (::stat(folder.c_str(), &info) != 0 || !S_ISDIR(info.st_mode))
        throw CantCreateError(_f("cannot create {}: the folder {} does not exist", path, folder),
                              _f("create it first (mkdir -p {}), or name another file", folder));
    refuse_database_files(path, file, databases, sqlite_files);
    return {path, file, false};
}

void write_output(const OutputTarget& target, std::string_view bytes) {
    if (target.in_place) {
        const int fd = open_in_place(target);
        try {
            write_all(fd, bytes, target.given);
        } catch (...) {
            ::close(fd);
            throw;
        }
        if (::close(fd) != 0 && errno != EINTR)
            throw StorageError(_f("cannot write {}: {}", target.given, std::strerror(errno)));
        return;
    }
    AtomicFile file(target.file);
    file.write(bytes);
    file.commit();
}

void write_output_via_file(const OutputTarget& target,
                           const std::function<void(const std::string& path)>& produce) {
    if (!target.in_place) {
        AtomicFile file(target.file);
        produce(file.temp_path());
        file.commit();
        return;
    }
    // A device cannot be renamed over: the file is made in a private temporary folder (mode
    // 0700, so nobody else reads it meanwhile) and copied in.
    std::string folder = (fs::temp_directory_path() / "sleutel-XXXXXX").string();
    if (!::mkdtemp(folder.data()))
        throw CantCreateError(_f("cannot create a temporary folder: {}", std::strerror(errno)));
    const auto cleanup = [&folder] {
        std::error_code ignored;
        fs::remove_all(folder, ignored);
    };
    try {
        const std::string temp = folder + "/output";
        produce(temp);
        const int in = ::open(temp.c_str(), O_RDONLY | O_CLOEXEC);
        if (in < 0)
            throw StorageError(_f("cannot read back {}: {}", temp, std::strerror(errno)));
        const int out = open_in_place(target);
        std::array<char, 65536> buffer{};
        ssize_t n = 0;
        try {
            while ((n = ::read(in, buffer.data(), buffer.size())) > 0)
                write_all(out, {buffer.data(), static_cast<std::size_t>(n)}, target.given);
        } catch (...) {
            ::close(in);
            ::close(out);
            throw;
        }
        ::close(in);
        if (::close(out) != 0 && errno != EINTR)
            throw StorageError(_f("cannot write {}: {}", target.given, std::strerror(errno)));
    } catch (...) {
        cleanup();
        throw;
    }
    cleanup();
}

} // namespace sleutel
