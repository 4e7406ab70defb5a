// Decoding one UTF-8 code point with utf8proc.
#include "util/utf8.hpp"

#include <utf8proc.h>

namespace sleutel {

std::size_t codepoint_at(std::string_view text, std::size_t at, std::int32_t& codepoint) {
    utf8proc_int32_t cp = -1;
    const utf8proc_ssize_t n =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at),
                         static_cast<utf8proc_ssize_t>(text.size() - at), &cp);
    if (n <= 0) {
        codepoint = -1;
        return 1;
    }
    codepoint = cp;
    return static_cast<std::size_t>(n);
}

} // namespace sleutel
