// Whole-file reads for config and import files.
#include "sleutel/input_file.hpp"

#include "sleutel/error.hpp"

#include <cerrno>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace sleutel {

std::string read_input_file(const std::string& path, std::string_view what,
                            const std::string& missing_hint) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        if (errno == EACCES)
            throw PermissionError(fmt::format("cannot read {} {}: permission denied", what, path));
        throw NoInputError(fmt::format("{} not found: {}", what, path), missing_hint);
    }
    if (!S_ISREG(info.st_mode))
        throw NoInputError(fmt::format("{} is not a regular file: {}", what, path));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw PermissionError(fmt::format("cannot read {} {}: permission denied", what, path));
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

} // namespace sleutel
