// Output targets: what is refused, what links resolve to, and that devices are written in place.
#include "temp_dir.hpp"
#include "util/error.hpp"
#include "util/output_target.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace sleutel;

namespace {

void write_text(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}
std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}
void make_sqlite(const std::string& path) {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE t (x)");
}

} // namespace

TEST_CASE("the database in use, its companions and any SQLite file are refused") {
    TempDir dir;
    const std::string db = dir.file("prog.db");
    make_sqlite(db);
    CHECK_THROWS_AS(output_target(db, {db}), CantCreateError);
    CHECK_THROWS_AS(output_target(db + "-wal", {db}), CantCreateError); // even before it exists
    CHECK_THROWS_AS(output_target(db + "-shm", {db}), CantCreateError);
    CHECK_THROWS_AS(output_target(db + "-journal", {}), CantCreateError); // beside an SQLite file
    CHECK_THROWS_AS(output_target(dir.file("./prog.db"), {db}), CantCreateError);
    ::symlink(db.c_str(), dir.file("link.csv").c_str());
    CHECK_THROWS_AS(output_target(dir.file("link.csv"), {db}), CantCreateError);
    CHECK_THROWS_AS(output_target(dir.file("link.csv"), {}), CantCreateError); // an SQLite file
    // A backup may replace an older backup, never the database in use.
    const std::string old_backup = dir.file("old.db");
    make_sqlite(old_backup);
    // Only a sleutel database (application id 'SLTL') that no program has open.
    CHECK_THROWS_AS(output_target(old_backup, {db}, SqliteFiles::replace_backup), CantCreateError);
    {
        SQLite::Database mark(old_backup, SQLite::OPEN_READWRITE);
        mark.exec("PRAGMA application_id = 1397511244");
    }
    CHECK_NOTHROW(output_target(old_backup, {db}, SqliteFiles::replace_backup));
    write_text(old_backup + "-wal", "");
    CHECK_THROWS_AS(output_target(old_backup, {db}, SqliteFiles::replace_backup), CantCreateError);
    ::unlink((old_backup + "-wal").c_str());
    CHECK_THROWS_AS(output_target(db, {db}, SqliteFiles::replace_backup), CantCreateError);
    CHECK_THROWS_AS(output_target(old_backup, {db}), CantCreateError);
    // A write-ahead log is known by its first bytes, whatever its name.
    write_text(dir.file("renamed.log"), std::string("\x37\x7f\x06\x82", 4) + "rest");
    CHECK_THROWS_AS(output_target(dir.file("renamed.log"), {}), CantCreateError);
    try {
        output_target(db, {db});
    } catch (const CantCreateError& e) {
        CHECK(std::string(e.what()).find("it is the database in use") != std::string::npos);
    }
}

TEST_CASE("links resolve to the file they name; the link stays") {
    TempDir dir;
    write_text(dir.file("real.csv"), "old");
    ::symlink("real.csv", dir.file("link.csv").c_str());
    const OutputTarget t = output_target(dir.file("link.csv"), {});
    CHECK_FALSE(t.in_place);
    CHECK(t.file == dir.file("real.csv"));
    write_output(t, "new");
    CHECK(read_text(dir.file("real.csv")) == "new");
    struct stat info {};
    REQUIRE(::lstat(dir.file("link.csv").c_str(), &info) == 0);
    CHECK(S_ISLNK(info.st_mode));

    ::symlink("missing.csv", dir.file("dangling.csv").c_str());
    write_output(output_target(dir.file("dangling.csv"), {}), "made");
    CHECK(read_text(dir.file("missing.csv")) == "made");
    REQUIRE(::lstat(dir.file("dangling.csv").c_str(), &info) == 0);
    CHECK(S_ISLNK(info.st_mode));

    ::symlink("b", dir.file("a").c_str());
    ::symlink("a", dir.file("b").c_str());
    CHECK_THROWS_AS(output_target(dir.file("a"), {}), CantCreateError);
    CHECK_THROWS_AS(output_target(dir.file("no/such/x.csv"), {}), CantCreateError);
    CHECK_THROWS_AS(output_target(dir.path.string(), {}), CantCreateError);
}

TEST_CASE("devices, FIFOs and open descriptors are written in place") {
    const OutputTarget null = output_target("/dev/null", {});
    CHECK(null.in_place);
    write_output(null, "nothing");
    CHECK(is_device_or_pipe("/dev/null"));
    CHECK(is_device_or_pipe("/dev/stdout"));
    CHECK(is_device_or_pipe("/dev/fd/1"));
    CHECK_FALSE(is_device_or_pipe("/etc/hostname"));
    CHECK_THROWS_AS(write_output(output_target("/dev/full", {}), "x"), StorageError);

    TempDir dir;
    const std::string fifo = dir.file("fifo");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const OutputTarget t = output_target(fifo, {});
    CHECK(t.in_place);
    // Opened for reading without blocking, so the writer finds a reader.
    const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    REQUIRE(reader >= 0);
    write_output_via_file(t, [](const std::string& path) { write_text(path, "through a file"); });
    char got[32] = {};
    CHECK(::read(reader, got, sizeof got) == 14);
    CHECK(std::string(got) == "through a file");
    ::close(reader);
    struct stat info {};
    REQUIRE(::stat(fifo.c_str(), &info) == 0);
    CHECK(S_ISFIFO(info.st_mode));
}

TEST_CASE("a producer that fails leaves nothing behind") {
    TempDir dir;
    write_text(dir.file("keep.xlsx"), "older");
    const OutputTarget t = output_target(dir.file("keep.xlsx"), {});
    CHECK_THROWS_AS(write_output_via_file(t,
                                          [](const std::string& path) {
                                              write_text(path, "half");
                                              throw StorageError("failed halfway");
                                          }),
                    StorageError);
    CHECK(read_text(dir.file("keep.xlsx")) == "older");
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path))
        ++files;
    CHECK(files == 1);
}
