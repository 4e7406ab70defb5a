// A private folder (mkdtemp, mode 0700), so no other user can read or replace the file between
// its writing and its copying.
#include "util/temp_file_stream.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"

#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>

namespace sleutel {

namespace {

// What the callers write through a temporary file, named in English by them; listed here so the
// catalogue holds each, and the message names it in the user's language.
std::string translated(std::string_view what) {
    for (const char* known : {N_("the workbook")})
        if (what == known)
            return _(known);
    return std::string(what);
}

} // namespace

namespace fs = std::filesystem;

void stream_via_temp_file(std::string_view file_name, std::string_view what,
                          const std::function<void(const std::string& path)>& produce,
                          std::ostream& out) {
    std::string folder = (fs::temp_directory_path() / "sleutel-xlsx-XXXXXX").string();
    if (!mkdtemp(folder.data()))
        throw CantCreateError(_f("cannot create a temporary folder for {}", translated(what)));
    const std::string temp = (fs::path(folder) / file_name).string();
    try {
        produce(temp);
        std::ifstream in(temp, std::ios::binary);
        out << in.rdbuf();
    } catch (...) {
        std::error_code ignored;
        fs::remove_all(folder, ignored);
        throw;
    }
    std::error_code ignored;
    fs::remove_all(folder, ignored);
}

} // namespace sleutel
