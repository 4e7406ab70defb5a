// Reading input files whole or mapped, with the error each failure deserves.
#include "util/error.hpp"
#include "util/input_file.hpp"

#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <string>

using namespace sleutel;

TEST_CASE("a file is read whole, also when empty") {
    TempDir dir;
    const std::string path = dir.file("config.toml");
    std::ofstream(path, std::ios::binary) << std::string("a\0b\nc", 5);
    CHECK(read_input_file(path, "config file") == std::string("a\0b\nc", 5));
    std::ofstream(dir.file("empty.toml")).close();
    CHECK(read_input_file(dir.file("empty.toml"), "config file").empty());
}

TEST_CASE("a missing file is NoInputError naming what and where, with the hint") {
    TempDir dir;
    const std::string path = dir.file("nothing.toml");
    try {
        (void)read_input_file(path, "config file", "run 'sleutel config template'");
        FAIL("no error");
    } catch (const NoInputError& e) {
        CHECK(std::string(e.what()) == "config file not found: " + path);
        CHECK(e.hint() == "run 'sleutel config template'");
    }
    CHECK_THROWS_AS(InputText(path, "import file"), NoInputError);
}

TEST_CASE("a folder is no input file") {
    TempDir dir;
    CHECK_THROWS_WITH_AS((void)read_input_file(dir.path.string(), "config file"),
                         ("config file is not a regular file: " + dir.path.string()).c_str(),
                         NoInputError);
    CHECK_THROWS_AS(InputText(dir.path.string(), "import file"), NoInputError);
}

TEST_CASE("an import file's text is all of it, mapped or read") {
    TempDir dir;
    const std::string path = dir.file("people.csv");
    const std::string text = "handle,name\namira,Amira\n" + std::string(100'000, 'x');
    std::ofstream(path, std::ios::binary) << text;
    const InputText input(path, "import file");
    CHECK(input.text() == text);
    std::ofstream(dir.file("empty.csv")).close();
    const InputText empty(dir.file("empty.csv"), "import file");
    CHECK(empty.text().empty());
}
