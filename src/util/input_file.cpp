// Whole-file reads for config and import files, and the encodings a spreadsheet saves in.
#include "util/input_file.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <fstream>
#include <iconv.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sleutel {

namespace {

std::string permission_denied(const std::string& path, std::string_view what) {
    // TRANSLATORS: the first {} is what the file is for ("file", "config file").
    return _f("cannot read {} {}: permission denied", what, path);
}

struct stat regular_file(const std::string& path, std::string_view what,
                         const std::string& missing_hint) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        if (errno == EACCES)
            throw PermissionError(permission_denied(path, what));
        // TRANSLATORS: the first {} is what the file is for ("file", "config file").
        throw NoInputError(_f("{} not found: {}", what, path), missing_hint);
    }
    if (!S_ISREG(info.st_mode))
        // TRANSLATORS: the first {} is what the file is for ("file", "config file").
        throw NoInputError(_f("{} is not a regular file: {}", what, path));
    return info;
}

// The length of the well-formed UTF-8 character of two to four bytes at `at`, or 0.
std::size_t utf8_sequence(std::string_view t, std::size_t at) {
    auto byte = [&](std::size_t i) {
        return at + i < t.size() ? static_cast<unsigned char>(t[at + i]) : 0U;
    };
    auto follows = [&](std::size_t i, unsigned low = 0x80, unsigned high = 0xBF) {
        return byte(i) >= low && byte(i) <= high;
    };
    const unsigned lead = byte(0);
    if (lead >= 0xC2 && lead <= 0xDF)
        return follows(1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const unsigned low = lead == 0xE0 ? 0xA0 : 0x80;
        const unsigned high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        return follows(1, low, high) && follows(2) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const unsigned low = lead == 0xF0 ? 0x90 : 0x80;
        const unsigned high = lead == 0xF4 ? 0x8F : 0xBF;
        return follows(1, low, high) && follows(2) && follows(3) ? 4 : 0;
    }
    return 0;
}

// Whether `t` is Windows-1252 rather than UTF-8: it has a byte above 0x7F that is not part of a
// UTF-8 character, and no UTF-8 character at all. One such character says the file is UTF-8 and
// any stray byte is damage, which the CSV reader reports at its line; Windows-1252 text almost
// never holds a byte pair that is also UTF-8 (`Ã©`).
bool is_windows_1252(std::string_view t) {
    bool stray = false;
    for (std::size_t i = 0; i < t.size();) {
        // Most of an import file is ASCII: eight bytes at a time.
        if (i + 8 <= t.size()) {
            std::uint64_t word = 0;
            std::memcpy(&word, t.data() + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        if (static_cast<unsigned char>(t[i]) < 0x80) {
            ++i;
        } else if (utf8_sequence(t, i) > 0) {
            return false;
        } else {
            stray = true;
            ++i;
        }
    }
    return stray;
}

std::size_t line_at(std::string_view t, std::size_t at) {
    return 1 + static_cast<std::size_t>(std::count(t.begin(), t.begin() + at, '\n'));
}

std::string save_as_utf8_hint() {
    return _("save the file as \"CSV UTF-8\"");
}

} // namespace

std::optional<std::string> windows_1252_as_utf8(std::string_view text, std::string_view name) {
    // Excel's "Unicode text" is UTF-16 with a byte order mark; its bytes would pass as
    // Windows-1252 and read as nonsense.
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
        throw DataError(_f("{}:1: the file is UTF-16 text, not UTF-8", name), save_as_utf8_hint());
    if (!is_windows_1252(text))
        return std::nullopt;
    // The five bytes Windows-1252 leaves undefined: the file is in some other encoding.
    const auto undefined = text.find_first_of(std::string_view("\x81\x8D\x8F\x90\x9D"));
    if (undefined != std::string_view::npos)
        throw DataError(_f("{}:{}: not UTF-8 or Windows-1252 text (byte 0x{:02X})", name,
                           line_at(text, undefined), static_cast<unsigned char>(text[undefined])),
                        save_as_utf8_hint());
    const iconv_t cd = ::iconv_open("UTF-8", "CP1252");
    if (cd == reinterpret_cast<iconv_t>(-1))
        throw DataError(_f("{}: Windows-1252 text, which this system cannot convert", name),
                        save_as_utf8_hint());
    // Every Windows-1252 character is at most three bytes of UTF-8.
    std::string out(text.size() * 3, '\0');
    char* in = const_cast<char*>(text.data()); // iconv's interface; it does not write there
    std::size_t in_left = text.size();
    char* to = out.data();
    std::size_t out_left = out.size();
    const std::size_t done = ::iconv(cd, &in, &in_left, &to, &out_left);
    ::iconv_close(cd);
    if (done == static_cast<std::size_t>(-1) || in_left != 0) {
        const auto at = static_cast<std::size_t>(in - text.data());
        throw DataError(_f("{}:{}: not UTF-8 or Windows-1252 text (byte 0x{:02X})", name,
                           line_at(text, at), static_cast<unsigned char>(text[at])),
                        save_as_utf8_hint());
    }
    out.resize(out.size() - out_left);
    return out;
}

InputText::InputText(const std::string& path, std::string_view what) {
    const struct stat info = regular_file(path, what, {});
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw PermissionError(permission_denied(path, what));
    const auto size = static_cast<std::size_t>(info.st_size);
    void* mapping = size > 0 ? ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0) : MAP_FAILED;
    ::close(fd);
    if (mapping != MAP_FAILED) {
        mapping_ = mapping;
        mapped_size_ = size;
        ::madvise(mapping_, mapped_size_, MADV_SEQUENTIAL);
        text_ = std::string_view(static_cast<const char*>(mapping_), mapped_size_);
    } else {
        read_ = read_input_file(path, what);
        text_ = read_;
    }
    if (auto converted = windows_1252_as_utf8(text_, path)) {
        read_ = std::move(*converted);
        text_ = read_;
    }
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
        throw PermissionError(permission_denied(path, what));
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
        // TRANSLATORS: the first {} is what the file is for ("file", "config file").
        throw StorageError(_f("cannot read {} {}", what, path));
    return content;
}

} // namespace sleutel
