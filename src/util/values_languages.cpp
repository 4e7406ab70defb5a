// Language skills: an ISO 639 code and a level from A1 to native.
#include "util/values.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/values_detail.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace sleutel {

using namespace values_detail;

namespace {

// The languages of the default config, of newcomers to the Netherlands and of the countries
// near them, by code. A language name is data, like a municipality's name: both spellings sit
// here, beside the code, rather than as loose words in the catalogue. Sorted by code.
struct LanguageName {
    std::string_view code;
    std::string_view dutch;
    std::string_view english;
};
constexpr auto language_names = std::to_array<LanguageName>({
    {"am", "Amhaars", "Amharic"},
    {"ar", "Arabisch", "Arabic"},
    {"az", "Azerbeidzjaans", "Azerbaijani"},
    {"bg", "Bulgaars", "Bulgarian"},
    {"bn", "Bengaals", "Bengali"},
    {"bs", "Bosnisch", "Bosnian"},
    {"ckb", "Sorani-Koerdisch", "Sorani Kurdish"},
    {"cs", "Tsjechisch", "Czech"},
    {"da", "Deens", "Danish"},
    {"de", "Duits", "German"},
    {"el", "Grieks", "Greek"},
    {"en", "Engels", "English"},
    {"es", "Spaans", "Spanish"},
    {"fa", "Perzisch/Farsi", "Persian/Farsi"},
    {"ff", "Fulfulde", "Fula"},
    {"fr", "Frans", "French"},
    {"fy", "Fries", "Frisian"},
    {"ha", "Hausa", "Hausa"},
    {"he", "Hebreeuws", "Hebrew"},
    {"hi", "Hindi", "Hindi"},
    {"hr", "Kroatisch", "Croatian"},
    {"hu", "Hongaars", "Hungarian"},
    {"hy", "Armeens", "Armenian"},
    {"id", "Indonesisch", "Indonesian"},
    {"it", "Italiaans", "Italian"},
    {"ka", "Georgisch", "Georgian"},
    {"kmr", "Kurmanci-Koerdisch", "Kurmanji Kurdish"},
    {"ku", "Koerdisch", "Kurdish"},
    {"ln", "Lingala", "Lingala"},
    {"lt", "Litouws", "Lithuanian"},
    {"lv", "Lets", "Latvian"},
    {"mk", "Macedonisch", "Macedonian"},
    {"nl", "Nederlands", "Dutch"},
    {"om", "Oromo", "Oromo"},
    {"pap", "Papiaments", "Papiamento"},
    {"pl", "Pools", "Polish"},
    {"prs", "Dari", "Dari"},
    {"ps", "Pashto", "Pashto"},
    {"pt", "Portugees", "Portuguese"},
    {"ro", "Roemeens", "Romanian"},
    {"ru", "Russisch", "Russian"},
    {"sk", "Slowaaks", "Slovak"},
    {"so", "Somalisch", "Somali"},
    {"sq", "Albanees", "Albanian"},
    {"sr", "Servisch", "Serbian"},
    {"srn", "Sranantongo", "Sranan Tongo"},
    {"sw", "Swahili", "Swahili"},
    {"ta", "Tamil", "Tamil"},
    {"th", "Thai", "Thai"},
    {"ti", "Tigrinya", "Tigrinya"},
    {"tl", "Tagalog", "Tagalog"},
    {"tr", "Turks", "Turkish"},
    {"uk", "Oekraïens", "Ukrainian"},
    {"ur", "Urdu", "Urdu"},
    {"uz", "Oezbeeks", "Uzbek"},
    {"vi", "Vietnamees", "Vietnamese"},
    {"yo", "Yoruba", "Yoruba"},
    {"zh", "Chinees", "Chinese"},
});
static_assert(std::is_sorted(language_names.begin(), language_names.end(),
                             [](const LanguageName& a, const LanguageName& b) {
                                 return a.code < b.code;
                             }));

const LanguageName* find_language(std::string_view code) {
    const auto it = std::lower_bound(
        language_names.begin(), language_names.end(), code,
        [](const LanguageName& entry, std::string_view c) { return entry.code < c; });
    return it != language_names.end() && it->code == code ? &*it : nullptr;
}

} // namespace

std::string language_name(std::string_view code, Language language) {
    const LanguageName* entry = find_language(code);
    if (!entry)
        return std::string(code);
    return std::string(language == Language::nl ? entry->dutch : entry->english);
}

std::string language_label(std::string_view code, Language language) {
    if (!find_language(code))
        return std::string(code);
    return fmt::format("{} ({})", language_name(code, language), code);
}

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
