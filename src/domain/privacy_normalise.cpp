// The text the detectors of personal data read: look-alike, invisible and foreign-script characters
// brought to plain ones (see normalised_for_matching).
#include "domain/privacy.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <utf8proc.h>

namespace sleutel {

namespace {

void append_utf8(std::string& out, utf8proc_int32_t cp) {
    std::array<utf8proc_uint8_t, 4> buffer{};
    const utf8proc_ssize_t n = utf8proc_encode_char(cp, buffer.data());
    out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(n));
}

// The value of a decimal digit of any script: digits come in runs of ten from 0 to 9.
int digit_value(utf8proc_int32_t cp) {
    int below = 0;
    while (below < 60 && cp - below - 1 >= 0 &&
           utf8proc_category(cp - below - 1) == UTF8PROC_CATEGORY_ND)
        ++below;
    return below % 10;
}

// One character of the matching text: -1 drops it, anything else replaces it.
utf8proc_int32_t matching_form(utf8proc_int32_t cp) {
    if (cp < 0x80)
        return cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' ? ' ' : cp;
    switch (cp) {
    case 0x00B7: // middle dot
    case 0x3002: // ideographic full stop
    case 0x30FB: // katakana middle dot
    case 0x2027: // hyphenation point
        return '.';
    case 0x2212: // minus sign
    case 0x2043: // hyphen bullet
        return '-';
    case 0x2044: // fraction slash
    case 0x2215: // division slash
        return '/';
    default:
        break;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_CF: // zero-width characters, bidi marks, soft hyphen, BOM
        return -1;
    case UTF8PROC_CATEGORY_ND:
        return '0' + digit_value(cp);
    case UTF8PROC_CATEGORY_PD:
        return '-';
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
        return ' ';
    default:
        return cp;
    }
}

std::string mapped(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for_each_codepoint(text, [&](std::int32_t decoded, std::string_view) {
        const utf8proc_int32_t cp = decoded < 0 ? 0xFFFD : decoded;
        const utf8proc_int32_t m = matching_form(cp);
        if (m >= 0)
            append_utf8(out, m);
    });
    return out;
}

} // namespace

std::string normalised_for_matching(std::string_view text) {
    // Plain ASCII, as nearly every ref and most notes are, composes to itself: only its
    // whitespace changes. Skipping the composition halves the privacy guard's time per text.
    if (std::all_of(text.begin(), text.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        std::string out(text);
        for (char& c : out)
            c = static_cast<char>(matching_form(static_cast<unsigned char>(c)));
        return out;
    }
    // Format characters go before the compatibility composition, so a character they kept
    // apart from its accent is composed now rather than on the next round.
    const std::string before = mapped(text);
    utf8proc_uint8_t* composed = nullptr;
    const utf8proc_ssize_t n = utf8proc_map(
        reinterpret_cast<const utf8proc_uint8_t*>(before.data()),
        static_cast<utf8proc_ssize_t>(before.size()), &composed,
        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
    if (n < 0) {
        std::free(composed);
        return before;
    }
    std::string nfkc(reinterpret_cast<const char*>(composed), static_cast<std::size_t>(n));
    std::free(composed);
    return mapped(nfkc);
}

} // namespace sleutel
