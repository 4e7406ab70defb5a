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

TEST_CASE("a Windows-1252 file is read as UTF-8, a UTF-8 file as it is") {
    // é, ë and ’ as Excel's "CSV (puntkomma)" writes them.
    const auto converted = windows_1252_as_utf8("a;b\r\nZo\xEB;caf\xE9 \x92t\r\n", "f.csv");
    REQUIRE(converted);
    CHECK(*converted == "a;b\r\nZoë;café ’t\r\n");
    CHECK(*windows_1252_as_utf8("\x80 \x9F \xFF", "f.csv") == "€ Ÿ ÿ");
    // ASCII, UTF-8 with or without a byte order mark, and UTF-8 with a broken byte (the CSV reader
    // reports that at its line) are read as they are.
    for (const char* text : {"", "a,b\n1,2\n", "a,b\nZoë,café\n",
                             "\xEF\xBB\xBF"
                             "a\nZoë\n",
                             "a\nZoë \xE9\n", "a\n\xF0\x9F\x98\x80\n"}) {
        CAPTURE(text);
        CHECK_FALSE(windows_1252_as_utf8(text, "f.csv"));
    }
}

TEST_CASE("a byte Windows-1252 does not define, or UTF-16, is refused with a hint") {
    for (const char byte : {'\x81', '\x8D', '\x8F', '\x90', '\x9D'}) {
        CAPTURE(static_cast<int>(static_cast<unsigned char>(byte)));
        try {
            (void)windows_1252_as_utf8(std::string("a\nb\ncaf\xE9 ") + byte + "\n", "f.csv");
            FAIL("no error");
        } catch (const DataError& e) {
            CHECK(std::string(e.what()).starts_with("f.csv:3: not UTF-8 or Windows-1252 text"));
            CHECK(e.hint() == "save the file as \"CSV UTF-8\"");
        }
    }
    CHECK_THROWS_WITH_AS((void)windows_1252_as_utf8(std::string("\xFF\xFEh\0", 4), "f.csv"),
                         "f.csv:1: the file is UTF-16 text, not UTF-8", DataError);
    CHECK_THROWS_WITH_AS((void)windows_1252_as_utf8(std::string("\xFE\xFF\0h", 4), "f.csv"),
                         "f.csv:1: the file is UTF-16 text, not UTF-8", DataError);
}

TEST_CASE("an import file in Windows-1252 is held as UTF-8") {
    TempDir dir;
    const std::string path = dir.file("p.csv");
    std::ofstream(path, std::ios::binary) << "handle;name\r\nzoe;Zo\xEB\r\n";
    const InputText input(path, "file");
    CHECK(input.text() == "handle;name\r\nzoe;Zoë\r\n");
}
