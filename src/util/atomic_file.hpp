// Writing a file so that readers see the old content or the whole new content, never a half.
#pragma once
#include <string>

namespace sleutel {

// Creates a temporary file (mode 0600) beside `target` (taken as it is: resolve links first,
// see output_target()); commit() flushes it to disk and renames it
// over `target`. Destroyed without commit(), it removes the temporary file.
class AtomicFile {
  public:
    explicit AtomicFile(std::string target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::string& temp_path() const { return temp_path_; }
    int fd() const { return fd_; }
    void write(std::string_view bytes);
    void commit();

  private:
    std::string target_;
    std::string temp_path_;
    int fd_ = -1;
    bool committed_ = false;
};

// The folder a path is in: `.` for a bare file name.
std::string parent_folder(const std::string& path);

// Atomic for regular files (through a symbolic link, the file it points to); a device or pipe,
// such as /dev/stdout, is written to directly. Refuses what output_target() refuses, for no
// database in particular.
void write_file_atomically(const std::string& target, std::string_view bytes);

} // namespace sleutel
