// Text made safe for a terminal, CSV, spreadsheets, html and Markdown (render/text.cpp).
#include "render/render.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <optional>
#include <string>
#include <unistd.h>

using namespace sleutel;

namespace {
// Sets an environment variable for one test and puts back what was there.
struct ScopedEnv {
    std::string name;
    std::optional<std::string> old;
    ScopedEnv(std::string n, const char* value) : name(std::move(n)) {
        if (const char* was = std::getenv(name.c_str()))
            old = was;
        if (value)
            ::setenv(name.c_str(), value, 1);
        else
            ::unsetenv(name.c_str());
    }
    ~ScopedEnv() {
        if (old)
            ::setenv(name.c_str(), old->c_str(), 1);
        else
            ::unsetenv(name.c_str());
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;
};
} // namespace

TEST_CASE("html text: &, <, > and \" as entities, everything else as it is") {
    CHECK(escape_html("<a href=\"x\">Tom & Jerry</a>") ==
          "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&lt;/a&gt;");
    CHECK(escape_html("&amp;") == "&amp;amp;"); // escaped once more, never taken as done
    CHECK(escape_html("it's [x] | y \\") == "it's [x] | y \\");
    CHECK(escape_html("\xD8\xB3\xD9\x84\xD9\x85\xD9\x89") == "\xD8\xB3\xD9\x84\xD9\x85\xD9\x89");
    CHECK(escape_html("").empty());
}

TEST_CASE("Markdown text shares the entities but keeps quotes") {
    CHECK(markdown_text("\"a\" & <b>") == "\"a\" &amp; &lt;b&gt;");
    CHECK(markdown_text("a|b") == "a\\|b");
}

TEST_CASE("display width counts terminal columns, not bytes") {
    CHECK(display_width("amira") == 5);
    CHECK(display_width("\xD8\xB3\xD9\x84\xD9\x85\xD9\x89") == 4);                 // سلمى
    CHECK(display_width("\xE1\x8B\xB3\xE1\x8A\x95\xE1\x8A\xA4\xE1\x88\x8D") == 4); // ዳንኤል
    CHECK(display_width("e\xCC\x81") == 1);                // e + combining acute
    CHECK(display_width("\xE4\xB8\xAD\xE6\x96\x87") == 4); // 中文: wide
    CHECK(display_width("\xff\xfe") == 2);                 // invalid bytes: one each
}

TEST_CASE("printable replaces control characters and invalid UTF-8") {
    CHECK(printable("a\x1b[31mb") == "a\xEF\xBF\xBD[31mb");
    CHECK(printable("a\nb\tc") == "a b c");
    CHECK(printable("x\xffy") == "x\xEF\xBF\xBDy");
    CHECK(printable("\xD8\xB3\xD9\x84") == "\xD8\xB3\xD9\x84");
    CHECK(printable("a\xE2\x80\xAE"
                    "b") == "a\xEF\xBF\xBD"
                            "b"); // right-to-left override
}

TEST_CASE("Markdown text makes no tag, link or image") {
    CHECK(markdown_text("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
    CHECK(markdown_text("[x](http://evil) ![i](http://img)") ==
          "\\[x\\](http://evil) !\\[i\\](http://img)");
    CHECK(markdown_text("a\\[b & c|d") == "a\\\\\\[b &amp; c\\|d");
    CHECK(markdown_text("Amira (Haarlem)") == "Amira (Haarlem)");
}

TEST_CASE("one CSV field is quoted only for the separator, a quote or a line break") {
    CHECK(csv_field("a;b", ';') == "\"a;b\"");
    CHECK(csv_field("a;b", ',') == "a;b");
    CHECK(csv_field("", ',').empty());
    CHECK(csv_field("zei \"hoi\"", ',') == "\"zei \"\"hoi\"\"\"");
    CHECK(csv_field("a\nb", ';') == "\"a\nb\"");
    CHECK(csv_field("a\rb", ';') == "\"a\rb\"");
}

TEST_CASE("colour only on a terminal, without NO_COLOR, --no-color or TERM=dumb") {
    // A pseudo-terminal stands in for the user's terminal.
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    REQUIRE(master >= 0);
    REQUIRE(::grantpt(master) == 0);
    REQUIRE(::unlockpt(master) == 0);
    const int terminal = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
    REQUIRE(terminal >= 0);
    int pipe_fds[2];
    REQUIRE(::pipe(pipe_fds) == 0);
    {
        ScopedEnv no_color("NO_COLOR", nullptr);
        ScopedEnv term("TERM", "xterm-256color");
        CHECK(use_colour(terminal, false));
        CHECK_FALSE(use_colour(terminal, true));
        CHECK_FALSE(use_colour(pipe_fds[1], false));
        {
            ScopedEnv dumb("TERM", "dumb");
            CHECK_FALSE(use_colour(terminal, false));
        }
        {
            ScopedEnv set("NO_COLOR", "1");
            CHECK_FALSE(use_colour(terminal, false));
        }
        {
            // An empty NO_COLOR does not count, as the convention says.
            ScopedEnv empty("NO_COLOR", "");
            CHECK(use_colour(terminal, false));
        }
    }
    ::close(pipe_fds[0]);
    ::close(pipe_fds[1]);
    ::close(terminal);
    ::close(master);
}
