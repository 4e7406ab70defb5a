// Where an output file goes, decided before a byte is written: a file the user names with -o, a
// backup, the SQL trace. What must never be replaced (a database, its WAL, a device, the link the
// user pointed at) is recognised here, so every writer is as safe as the others.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace sleutel {

struct OutputTarget {
    std::string given;   // as the user typed it, for messages
    std::string file;    // what is written: a symbolic link's final target
    bool in_place;       // a device, FIFO or open descriptor: written to as it is, never replaced
    int descriptor = -1; // /dev/stdout, /dev/fd/N: the descriptor already open
};

enum class SqliteFiles {
    refuse,         // an SQLite file is never replaced (report output, the trace)
    replace_backup, // an older backup may be replaced (db backup), never a database in use
};

// Resolves `path` through symbolic links (a dangling link: the file it names, as `cp` does) and
// refuses with CantCreateError (73) what must survive: a database in `databases` or its -wal,
// -shm or -journal file, and, with SqliteFiles::refuse, any SQLite database or WAL file and the
// companions of one. A folder, a missing folder or too many links are refused too.
OutputTarget output_target(const std::string& path, const std::vector<std::string>& databases,
                           SqliteFiles sqlite_files = SqliteFiles::refuse);

// Writes `bytes` to the target: atomically (temporary file + rename) for a regular file, straight
// into a device or FIFO. A failed write is StorageError (74) naming the target.
void write_output(const OutputTarget& target, std::string_view bytes);

// For writers that need a file name of their own (libxlsxwriter, SQLite's backup): `produce`
// writes a complete file at the path it is given; it then replaces a regular target atomically or
// is copied into a device. Nothing is left behind when `produce` throws.
void write_output_via_file(const OutputTarget& target,
                           const std::function<void(const std::string& path)>& produce);

// The file a chain of symbolic links ends in, followed link by link so that a dangling link gives
// the missing file it names (realpath() cannot), not the link itself. Too many links: 73.
std::string resolve_links(const std::string& path);

// True when `path` is a device or FIFO (or a link to one): such an output has no extension to
// take the format from.
bool is_device_or_pipe(const std::string& path);

} // namespace sleutel
