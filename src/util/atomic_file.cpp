// Temporary file + fsync + rename: the output is either the old file or the complete new one.
#include "util/atomic_file.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/output_target.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sleutel {

std::string parent_folder(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

namespace {
std::string base_of(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}
[[noreturn]] void cannot_create(const std::string& target, int error) {
    throw CantCreateError(_f("cannot create {}: {}", target, std::strerror(error)));
}
} // namespace

AtomicFile::AtomicFile(std::string target) : target_(std::move(target)) {
    struct stat info {};
    if (target_.empty() || target_.back() == '/' ||
        (::stat(target_.c_str(), &info) == 0 && S_ISDIR(info.st_mode)))
        throw CantCreateError(_f("cannot create {}: it is a folder", target_));
    std::string pattern =
        fmt::format("{}/.{}.sleutel-XXXXXX", parent_folder(target_), base_of(target_));
    fd_ = ::mkstemp(pattern.data());
    if (fd_ < 0)
        cannot_create(target_, errno);
    temp_path_ = pattern;
}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0)
        ::close(fd_);
    if (!committed_ && !temp_path_.empty())
        ::unlink(temp_path_.c_str());
}

void AtomicFile::write(std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throw StorageError(_f("cannot write {}: {}", target_, std::strerror(errno)));
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

void AtomicFile::commit() {
    if (::fsync(fd_) != 0 || ::close(fd_) != 0) {
        fd_ = -1;
        throw StorageError(_f("cannot write {}: {}", target_, std::strerror(errno)));
    }
    fd_ = -1;
    if (::rename(temp_path_.c_str(), target_.c_str()) != 0)
        cannot_create(target_, errno);
    committed_ = true;
    // The rename itself must reach the disk, or a crash could bring back the old name.
    if (const int dir = ::open(parent_folder(target_).c_str(), O_RDONLY | O_DIRECTORY); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

void write_file_atomically(const std::string& target, std::string_view bytes) {
    write_output(output_target(target, {}), bytes);
}

} // namespace sleutel
