// Walking UTF-8 text one code point at a time (util/utf8.cpp).
#include "util/utf8.hpp"

#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace sleutel;

TEST_CASE("code points come with their bytes; an invalid byte comes alone as -1") {
    std::vector<std::int32_t> points;
    std::vector<std::string> bytes;
    // a, é (2 bytes), ሰ (Ge'ez, 3 bytes), a stray continuation byte, 😀 (4 bytes)
    for_each_codepoint("a\xC3\xA9\xE1\x88\xB0\x80\xF0\x9F\x98\x80",
                       [&](std::int32_t cp, std::string_view b) {
                           points.push_back(cp);
                           bytes.emplace_back(b);
                       });
    CHECK(points == std::vector<std::int32_t>{0x61, 0xE9, 0x1230, -1, 0x1F600});
    CHECK(bytes ==
          std::vector<std::string>{"a", "\xC3\xA9", "\xE1\x88\xB0", "\x80", "\xF0\x9F\x98\x80"});
}

TEST_CASE("a sequence cut short is one invalid byte at a time, and nothing is skipped") {
    std::size_t total = 0;
    std::vector<std::int32_t> points;
    for_each_codepoint("\xE1\x88", [&](std::int32_t cp, std::string_view b) {
        points.push_back(cp);
        total += b.size();
    });
    CHECK(total == 2);
    CHECK(points.front() == -1);
    std::int32_t cp = 0;
    CHECK(codepoint_at("x\xC3\xA9", 1, cp) == 2);
    CHECK(cp == 0xE9);
}
