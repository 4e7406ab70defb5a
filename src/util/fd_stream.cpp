// A buffered stream over a file descriptor that keeps the reason of its first failed write.
#include "util/fd_stream.hpp"

#include <cerrno>
#include <unistd.h>

namespace sleutel {

FdStreamBuf::FdStreamBuf(int fd) : fd_(fd) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
}

FdStreamBuf::~FdStreamBuf() {
    sync();
}

bool FdStreamBuf::write_out(const char* data, std::size_t n) {
    if (error_ != 0)
        return false; // a stream that failed stays failed: no half output after a gap
    while (n > 0) {
        const ssize_t written = ::write(fd_, data, n);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            error_ = written < 0 ? errno : EIO;
            return false;
        }
        data += written;
        n -= static_cast<std::size_t>(written);
    }
    return true;
}

int FdStreamBuf::sync() {
    const std::size_t pending = static_cast<std::size_t>(pptr() - pbase());
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return pending == 0 || write_out(buffer_.data(), pending) ? 0 : -1;
}

FdStreamBuf::int_type FdStreamBuf::overflow(int_type c) {
    if (sync() != 0)
        return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
    }
    return traits_type::not_eof(c);
}

std::streamsize FdStreamBuf::xsputn(const char* data, std::streamsize n) {
    // Large pieces (a workbook, a long report) go straight out after what is buffered.
    if (n >= static_cast<std::streamsize>(buffer_.size() / 2)) {
        if (sync() != 0 || !write_out(data, static_cast<std::size_t>(n)))
            return 0;
        return n;
    }
    return std::streambuf::xsputn(data, n);
}

int write_error_of(const std::ostream& out) {
    if (const auto* buffer = dynamic_cast<const FdStreamBuf*>(out.rdbuf()))
        return buffer->error();
    return 0;
}

} // namespace sleutel
