// Walking UTF-8 text one code point at a time, invalid bytes included, for the privacy guard's
// normalising and the terminal width of text.
#pragma once
#include <cstdint>
#include <string_view>

namespace sleutel {

// Calls `each(codepoint, bytes)` for every code point of `text`; an invalid byte comes on its own
// with codepoint -1.
std::size_t codepoint_at(std::string_view text, std::size_t at, std::int32_t& codepoint);
template <class F> void for_each_codepoint(std::string_view text, F&& each) {
    for (std::size_t at = 0; at < text.size();) {
        std::int32_t cp = -1;
        const std::size_t n = codepoint_at(text, at, cp);
        each(cp, text.substr(at, n));
        at += n;
    }
}

} // namespace sleutel
