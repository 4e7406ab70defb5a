// Messages that echo input: nothing that drives a terminal, nothing that floods it.
#include "util/fd_stream.hpp"
#include "util/message_safe.hpp"

#include <cerrno>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

using namespace sleutel;

TEST_CASE("control characters, C1, bidi overrides and bad bytes become escapes") {
    CHECK(message_safe("no person 'a\x1b]0;x\x07'") == "no person 'a\\x1b]0;x\\x07'");
    CHECK(message_safe("a\rb\nc\td") == "a\\x0db\\x0ac\\x09d");
    CHECK(message_safe("x\xc2\x9b"
                       "31m") == "x\\x9b31m"); // C1 CSI, as UTF-8
    CHECK(message_safe("x\x9b"
                       "31m") == "x\\x9b31m"); // a lone byte
    CHECK(message_safe("\xe2\x80\xae"
                       "evil") == "\\u202eevil"); // right-to-left override
    CHECK(message_safe("x\x7f") == "x\\x7f");
    CHECK(message_safe(std::string_view("a\0b", 3)) == "a\\x00b");
    CHECK(message_safe("Amira Haddad, أميرة, café") == "Amira Haddad, أميرة, café");
}

TEST_CASE("long values are cut with an ellipsis; the message stays readable") {
    const std::string long_value(5000, 'a');
    const std::string cut = message_safe("unknown type '" + long_value + "'; see the list");
    CHECK(cut == "unknown type '" + std::string(80, 'a') + "\xE2\x80\xA6'; see the list");
    CHECK(message_safe("file " + std::string(1000, 'p') + " x").size() < 200);
    CHECK(message_safe(std::string(100000, 'w') + " " + std::string(100000, 'v')).size() < 1300);
    const std::string words = "word " + std::string(200, 'x');
    CHECK(message_safe("it's the person's note: fine") == "it's the person's note: fine");
}

TEST_CASE("a stream over a descriptor keeps the reason of a failed write") {
    const int full = ::open("/dev/full", O_WRONLY);
    REQUIRE(full >= 0);
    {
        FdStreamBuf buffer(full);
        std::ostream out(&buffer);
        out << "some output" << std::flush;
        CHECK(out.fail());
        CHECK(write_error_of(out) == ENOSPC);
        out << "more";
        CHECK(write_error_of(out) == ENOSPC);
    }
    ::close(full);
    // A file, not a pipe: nobody would read a pipe meanwhile.
    char name[] = "/tmp/sleutel-fd-stream-XXXXXX";
    const int file = ::mkstemp(name);
    REQUIRE(file >= 0);
    {
        FdStreamBuf buffer(file);
        std::ostream out(&buffer);
        out << std::string(100000, 'x'); // larger than the buffer: straight through
        out << "tail" << std::flush;
        CHECK(out.good());
        CHECK(write_error_of(out) == 0);
    }
    const auto total = ::lseek(file, 0, SEEK_END);
    ::close(file);
    ::unlink(name);
    CHECK(total == 100004);
}
