// Standard output as a stream that remembers why a write failed: by the time the stream reports
// failure, errno may have been changed by other calls, and "cannot write to standard output"
// should say whether the disk was full, the descriptor closed or the pipe broken.
#pragma once
#include <array>
#include <ostream>
#include <streambuf>

namespace sleutel {

class FdStreamBuf : public std::streambuf {
  public:
    explicit FdStreamBuf(int fd);
    ~FdStreamBuf() override;
    FdStreamBuf(const FdStreamBuf&) = delete;
    FdStreamBuf& operator=(const FdStreamBuf&) = delete;
    // The errno of the first failed write, or 0.
    int error() const { return error_; }

  protected:
    int_type overflow(int_type c) override;
    int sync() override;
    std::streamsize xsputn(const char* data, std::streamsize n) override;

  private:
    bool write_out(const char* data, std::size_t n);
    int fd_;
    int error_ = 0;
    std::array<char, 65536> buffer_{};
};

// The errno of the first failed write on `out` when it is backed by an FdStreamBuf, else 0.
int write_error_of(const std::ostream& out);

} // namespace sleutel
