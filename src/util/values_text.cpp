// Checks on text users type: UTF-8, handles, refs, phone numbers and e-mail addresses.
#include "util/values.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/values_detail.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

namespace sleutel {

namespace {

// The handles the callers name, in English; listed here so the catalogue holds each, and the
// message names it in the user's language.
std::string handle_kind(std::string_view what) {
    for (const char* known : {N_("person handle"), N_("organisation handle")})
        if (what == known)
            return _(known);
    return std::string(what);
}

} // namespace

using namespace values_detail;

bool valid_utf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    auto left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        utf8proc_int32_t code_point = 0;
        const utf8proc_ssize_t n = utf8proc_iterate(bytes, left, &code_point);
        if (n <= 0)
            return false;
        bytes += n;
        left -= n;
    }
    return true;
}

bool is_handle(std::string_view text) {
    if (text.size() < 2 || text.size() > 32 || text[0] < 'a' || text[0] > 'z')
        return false;
    for (char c : text)
        if (!((c >= 'a' && c <= 'z') || is_digit(c) || c == '-'))
            return false;
    return true;
}

std::string parse_handle(std::string_view text, std::string_view what) {
    if (!is_handle(text))
        throw DataError(_f("not a valid {}: '{}'", handle_kind(what), text),
                        _("a handle is 2 to 32 characters: a lower-case letter, then lower-case "
                          "letters, digits or '-'"));
    return std::string(text);
}

std::string parse_ref(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    const auto last = text.find_last_not_of(" \t");
    const std::string_view ref =
        first == std::string_view::npos ? std::string_view{} : text.substr(first, last - first + 1);
    for (char c : ref)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            throw DataError(_("a ref cannot hold control characters or line breaks"));
    if (!valid_utf8(ref))
        throw DataError(_("a ref is not valid UTF-8 text"));
    if (ref.empty() || ref.size() > 100)
        throw DataError(_("a ref is 1 to 100 characters"));
    return std::string(ref);
}

bool is_phone_number(std::string_view text) {
    std::size_t digits = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (is_digit(c))
            ++digits;
        else if (c == '+' ? digits > 0 || text.find_first_not_of(" ") < i
                          : std::string_view(" -()").find(c) == std::string_view::npos)
            return false;
    }
    return digits >= 8 && digits <= 15;
}

bool is_email_address(std::string_view text) {
    const auto at = text.find('@');
    if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos)
        return false;
    for (char c : text)
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return false;
    const std::string_view domain = text.substr(at + 1);
    const auto dot = domain.rfind('.');
    return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size() &&
           domain.front() != '.' && domain.find("..") == std::string_view::npos;
}

} // namespace sleutel
