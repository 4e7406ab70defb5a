// Whole-file reads for config and import files.
#include "util/input_file.hpp"

#include "util/error.hpp"

#include <cerrno>
#include <fcntl.h>
#include <fmt/format.h>
#include <fstream>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sleutel {

namespace {

struct stat regular_file(const std::string& path, std::string_view what,
                         const std::string& missing_hint) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        if (errno == EACCES)
            throw PermissionError(fmt::format("cannot read {} {}: permission denied", what, path));
        throw NoInputError(fmt::format("{} not found: {}", what, path), missing_hint);
    }
    if (!S_ISREG(info.st_mode))
        throw NoInputError(fmt::format("{} is not a regular file: {}", what, path));
    return info;
}

} // namespace

InputText::InputText(const std::string& path, std::string_view what) {
    const struct stat info = regular_file(path, what, {});
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw PermissionError(fmt::format("cannot read {} {}: permission denied", what, path));
    const auto size = static_cast<std::size_t>(info.st_size);
    void* mapping = size > 0 ? ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0) : MAP_FAILED;
    ::close(fd);
    if (mapping != MAP_FAILED) {
        mapping_ = mapping;
        mapped_size_ = size;
        ::madvise(mapping_, mapped_size_, MADV_SEQUENTIAL);
        text_ = std::string_view(static_cast<const char*>(mapping_), mapped_size_);
        return;
    }
    read_ = read_input_file(path, what);
    text_ = read_;
}

InputText::~InputText() {
    if (mapping_)
        ::munmap(mapping_, mapped_size_);
}

std::string read_input_file(const std::string& path, std::string_view what,
                            const std::string& missing_hint) {
    const struct stat info = regular_file(path, what, missing_hint);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw PermissionError(fmt::format("cannot read {} {}: permission denied", what, path));
    // Read straight into a string of the file's size: one copy in memory, not the two or three a
    // string stream takes while it grows.
    std::string content;
    content.resize(static_cast<std::size_t>(info.st_size));
    in.read(content.data(), static_cast<std::streamsize>(content.size()));
    content.resize(static_cast<std::size_t>(in.gcount()));
    // A file that grew since stat() (or a size stat() does not know) is read to its end.
    if (in) {
        char buffer[65536];
        while (in.read(buffer, sizeof buffer) || in.gcount() > 0)
            content.append(buffer, static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad())
        throw StorageError(fmt::format("cannot read {} {}", what, path));
    return content;
}

} // namespace sleutel
