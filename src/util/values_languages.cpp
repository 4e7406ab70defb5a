// Language skills: an ISO 639 code and a level from A1 to native.
#include "util/values.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/values_detail.hpp"

#include <array>
#include <fmt/format.h>

namespace sleutel {

using namespace values_detail;

bool is_language_code(std::string_view code) {
    if (code.size() < 2 || code.size() > 3)
        return false;
    for (char c : code)
        if (c < 'a' || c > 'z')
            return false;
    return true;
}

std::string format_level(Level level) {
    static constexpr std::array<const char*, 7> names{"A1", "A2", "B1", "B2", "C1", "C2", "native"};
    return names[static_cast<std::size_t>(level)];
}

LanguageSkill parse_language(std::string_view text, bool level_required) {
    const auto colon = text.find(':');
    const std::string code = lower(text.substr(0, colon));
    const std::string hint = _("write an ISO 639 code and a level A1..C2 or native, such as "
                               "ti:native or nl:B1");
    if (!is_language_code(code))
        throw DataError(_f("not a language code: '{}'", text), hint);
    if (colon == std::string_view::npos) {
        if (level_required)
            throw DataError(_f("a language needs a level: '{}'", text), hint);
        return {code, std::nullopt};
    }
    const std::string level = lower(text.substr(colon + 1));
    for (unsigned i = 0; i <= static_cast<unsigned>(Level::native); ++i) {
        const auto candidate = static_cast<Level>(i);
        if (lower(format_level(candidate)) == level)
            return {code, candidate};
    }
    throw DataError(_f("not a language level: '{}'", text), hint);
}

} // namespace sleutel
