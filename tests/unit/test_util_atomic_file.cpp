// Atomic file writing: the target holds the old or the whole new content, never a temporary.
#include "util/atomic_file.hpp"
#include "util/error.hpp"

#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

using namespace sleutel;

namespace {

std::string contents(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("the folder of a path") {
    CHECK(parent_folder("a/b/c.txt") == "a/b");
    CHECK(parent_folder("/c.txt") == "/");
    CHECK(parent_folder("c.txt") == ".");
}

TEST_CASE("a committed file replaces the target; its temporary file is private and gone") {
    TempDir dir;
    const std::string target = dir.file("out.csv");
    std::ofstream(target) << "old";
    std::string temp;
    {
        AtomicFile file(target);
        temp = file.temp_path();
        CHECK(parent_folder(temp) == parent_folder(target));
        struct stat info {};
        REQUIRE(::stat(temp.c_str(), &info) == 0);
        CHECK((info.st_mode & 0777) == 0600);
        file.write("new ");
        file.write("content");
        CHECK(contents(target) == "old"); // nothing shows before the commit
        file.commit();
    }
    CHECK(contents(target) == "new content");
    CHECK_FALSE(std::filesystem::exists(temp));
}

TEST_CASE("a file destroyed without commit leaves the target as it was") {
    TempDir dir;
    const std::string target = dir.file("out.csv");
    std::ofstream(target) << "old";
    std::string temp;
    {
        AtomicFile file(target);
        temp = file.temp_path();
        file.write("half");
    }
    CHECK(contents(target) == "old");
    CHECK_FALSE(std::filesystem::exists(temp));
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path),
                        std::filesystem::directory_iterator{}) == 1);
}

TEST_CASE("a temporary file cannot be made in a missing folder") {
    TempDir dir;
    CHECK_THROWS_AS(AtomicFile(dir.file("missing/out.csv")), Error);
}

TEST_CASE("atomic files: all or nothing") {
    TempDir dir;
    const std::string target = dir.file("out.csv");
    std::ofstream(target) << "old";
    {
        AtomicFile file(target);
        file.write("half");
        // Destroyed without commit: the old content stays and no temporary file is left.
    }
    std::ifstream in(target);
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(content == "old");
    write_file_atomically(target, "new");
    std::ifstream again(target);
    CHECK(std::string((std::istreambuf_iterator<char>(again)), std::istreambuf_iterator<char>()) ==
          "new");
    int entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path))
        ++entries;
    CHECK(entries == 1);
    CHECK_THROWS_AS(write_file_atomically(dir.file("missing/out.csv"), "x"), CantCreateError);
}
