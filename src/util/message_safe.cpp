// Neutralising what is echoed in messages: escapes for what drives a terminal, cuts for length.
#include "util/message_safe.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

namespace sleutel {

namespace {

// Code points that make a terminal act instead of show: C0, DEL, C1, and the bidirectional
// embeddings, overrides and isolates that reorder what is shown after them.
bool drives_terminal(utf8proc_int32_t c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069);
}

} // namespace

std::string message_safe(std::string_view text, std::size_t max_value, std::size_t max_text) {
    const std::string_view ellipsis = "\xE2\x80\xA6"; // …
    std::string out;
    out.reserve(std::min(text.size(), max_text * 4) + 8);
    std::size_t shown = 0;    // characters written
    std::size_t in_quote = 0; // characters since an opening quote, 0 outside one
    bool quoted = false;
    std::size_t word = 0; // characters since the last space
    bool cut = false;     // inside a value already cut: skip to its end
    char previous = ' ';
    for (std::size_t i = 0; i < text.size();) {
        utf8proc_int32_t c = -1;
        const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i);
        utf8proc_ssize_t n =
            utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - i), &c);
        std::string piece;
        if (n <= 0) {
            piece = fmt::format("\\x{:02x}", static_cast<unsigned char>(text[i]));
            n = 1;
        } else if (drives_terminal(c)) {
            piece = c < 0x100 ? fmt::format("\\x{:02x}", c) : fmt::format("\\u{:04x}", c);
        } else {
            piece.assign(text.substr(i, static_cast<std::size_t>(n)));
        }
        i += static_cast<std::size_t>(n);
        const char ch = piece.size() == 1 ? piece[0] : 'x';
        const bool opens =
            ch == '\'' && !quoted && (previous == ' ' || previous == '(' || previous == ':');
        const bool closes = ch == '\'' && quoted;
        previous = ch;
        if (opens) {
            quoted = true;
            in_quote = 0;
        } else if (closes) {
            quoted = false;
            cut = false;
            word = 0;
        } else if (ch == ' ' && !quoted) {
            word = 0;
            cut = false;
        } else if (quoted) {
            ++in_quote;
        } else {
            ++word;
        }
        if (cut)
            continue;
        if ((quoted && in_quote > max_value) || (!quoted && word > 2 * max_value)) {
            out += ellipsis;
            cut = true;
            continue;
        }
        if (shown >= max_text) {
            out += ellipsis;
            break;
        }
        out += piece;
        ++shown;
    }
    return out;
}

} // namespace sleutel
