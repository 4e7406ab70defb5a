// A stream over a file descriptor: what is written arrives whole, and a failed write keeps why.
#include "util/fd_stream.hpp"

#include <doctest/doctest.h>

#include <cerrno>
#include <fcntl.h>
#include <ostream>
#include <sstream>
#include <string>
#include <unistd.h>

using namespace sleutel;

namespace {

std::string read_all(int fd) {
    std::string out;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0)
        out.append(buffer, static_cast<std::size_t>(n));
    return out;
}

} // namespace

TEST_CASE("what is written, small pieces and large ones, arrives in order") {
    char name[] = "/tmp/sleutel-fd-stream-XXXXXX";
    const int fd = ::mkstemp(name);
    REQUIRE(fd >= 0);
    ::unlink(name);
    const std::string large(100'000, 'x');
    {
        FdStreamBuf buffer(fd);
        std::ostream out(&buffer);
        out << "first " << 42 << '\n';
        out << large;
        out << "last";
        out.flush();
        CHECK(out.good());
        CHECK(write_error_of(out) == 0);
    }
    REQUIRE(::lseek(fd, 0, SEEK_SET) == 0);
    CHECK(read_all(fd) == "first 42\n" + large + "last");
    ::close(fd);
}

TEST_CASE("a failed write keeps its errno and the stream stays failed") {
    const int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    {
        FdStreamBuf buffer(fd);
        std::ostream out(&buffer);
        out << "lost" << std::flush;
        CHECK_FALSE(out.good());
        CHECK(write_error_of(out) == EBADF);
        CHECK(buffer.error() == EBADF);
    }
    ::close(fd);
}

TEST_CASE("a stream not backed by a descriptor reports no write error") {
    std::ostringstream out;
    out << "text";
    CHECK(write_error_of(out) == 0);
}
