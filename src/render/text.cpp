// Text helpers: Unicode-aware widths for the terminal, and text made safe for CSV, html and
// Markdown.
#include "render/render.hpp"

#include "util/utf8.hpp"

#include <cstdlib>
#include <cstring>
#include <unistd.h>
#include <utf8proc.h>

namespace sleutel {

namespace {
constexpr std::string_view replacement = "\xEF\xBF\xBD";

// `<`, `>` and `&` as entities, which html and Markdown alike would read as markup. Whether `c`
// was one of them.
bool append_entity(std::string& out, char c) {
    switch (c) {
    case '<':
        out += "&lt;";
        return true;
    case '>':
        out += "&gt;";
        return true;
    case '&':
        out += "&amp;";
        return true;
    default:
        return false;
    }
}
} // namespace

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for_each_codepoint(text, [&](utf8proc_int32_t cp, std::string_view) {
        width += cp < 0 ? 1 : static_cast<std::size_t>(utf8proc_charwidth(cp));
    });
    return width;
}

std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for_each_codepoint(text, [&](utf8proc_int32_t cp, std::string_view bytes) {
        if (cp == '\t' || cp == '\n' || cp == '\r')
            out += ' ';
        else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x202a && cp <= 0x202e) ||
                 (cp >= 0x2066 && cp <= 0x2069))
            // Also invalid bytes (cp == -1), and bidi overrides that would reorder the line.
            out += replacement;
        else
            out += bytes;
    });
    return out;
}

std::string csv_field(std::string_view text, char separator) {
    if (text.find_first_of(std::string{'"', '\r', '\n', separator}) == std::string_view::npos)
        return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (append_entity(out, c))
            continue;
        if (c == '"')
            out += "&quot;";
        else
            out += c;
    }
    return out;
}

std::string markdown_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (append_entity(out, c))
            continue;
        switch (c) {
        case '\\':
        case '|':
        case '[': // without brackets no `[text](url)` is a link or image
        case ']':
            out += '\\';
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

bool use_colour(int fd, bool no_color_flag) {
    if (no_color_flag || !::isatty(fd))
        return false;
    if (const char* no_color = std::getenv("NO_COLOR"); no_color && *no_color)
        return false;
    const char* term = std::getenv("TERM");
    return !(term && std::strcmp(term, "dumb") == 0);
}

} // namespace sleutel
