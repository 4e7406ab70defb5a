// Finding postcodes (1234 AB) and street addresses (Kerkstraat 5a) in a note.
#include "domain/privacy.hpp"
#include "domain/privacy_detail.hpp"

#include <array>
#include <span>

namespace sleutel::privacy_detail {

// Postcodes: 1234 AB

bool postcode_in(std::string_view t) {
    static constexpr auto words = std::to_array<std::string_view>(
        {"in", "op", "en", "of", "is", "te", "om", "na", "al", "nu", "er", "ik",
         "we", "je", "ze", "uw", "de", "on", "at", "to", "as", "by", "it", "an",
         "or", "up", "am", "pm", "us", "me", "my", "no", "so", "he", "do", "go",
         "if", "km", "kg", "cm", "mm", "ml", "mg", "kb", "mb", "gb", "ha", "nr"});
    for (std::size_t i = 0; i + 6 <= t.size(); ++i) {
        if (!digit(t[i]) || t[i] == '0' || (i > 0 && (alnum(t[i - 1]) || t[i - 1] == '+')))
            continue;
        if (i >= 2 && (t[i - 1] == '.' || t[i - 1] == ',' || t[i - 1] == '-' || t[i - 1] == '/') &&
            digit(t[i - 2]))
            continue;
        if (!digit(t[i + 1]) || !digit(t[i + 2]) || !digit(t[i + 3]))
            continue;
        std::size_t j = i + 4;
        if (j < t.size() && t[j] == ' ')
            ++j;
        if (j + 2 > t.size() || !ascii_letter(t[j]) || !ascii_letter(t[j + 1]) ||
            (j + 2 < t.size() && alnum(t[j + 2])))
            continue;
        const std::string pair{lower(t[j]), lower(t[j + 1])};
        if (pair == "sa" || pair == "sd" || pair == "ss")
            continue;
        // In capitals a postcode's letters are told from units and countries only:
        // "1500 KM", "3000 EU", "2026 NL".
        static constexpr auto capitals =
            std::to_array<std::string_view>({"km", "kg", "cm", "mm", "ml", "mg", "kb", "mb", "gb",
                                             "nl", "eu", "ok", "uk", "us", "am", "pm", "tv"});
        bool word = false;
        using Words = std::span<const std::string_view>;
        for (std::string_view w : upper(t[j]) && upper(t[j + 1]) ? Words(capitals) : Words(words))
            word = word || pair == w;
        if (!word)
            return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Street addresses: Leusderweg 12, Kerkstraat 5a, Oude Gracht 12-2

bool street_in(std::string_view t, std::string_view lc) {
    static constexpr auto suffixes = std::to_array<std::string_view>(
        {"straat", "weg",    "laan",    "plein",    "gracht", "kade",      "singel",
         "dijk",   "dreef",  "steeg",   "pad",      "hof",    "plantsoen", "markt",
         "park",   "wal",    "baan",    "erf",      "allee",  "boulevard", "haven",
         "hoven",  "kering", "passage", "promenade"});
    static constexpr auto not_streets = std::to_array<std::string_view>(
        {"onderweg",    "snelweg",    "zijweg",     "supermarkt",  "arbeidsmarkt", "woningmarkt",
         "loopbaan",    "rijbaan",    "ijsbaan",    "fietspad",    "voetpad",      "wandelpad",
         "schoolplein", "speelplein", "kerkhof",    "gerechtshof", "binnenhof",    "jaarmarkt",
         "weekmarkt",   "pretpark",   "dierenpark", "werkplein",   "marktplein",   "halfweg"});
    static constexpr auto units = std::to_array<std::string_view>(
        {"keer",      "uur",    "u",        "min",        "minuten", "kwartier",
         "dag",       "dagen",  "weken",    "week",       "maanden", "maand",
         "jaar",      "jaren",  "personen", "deelnemers", "mensen",  "kinderen",
         "moeders",   "vaders", "ouders",   "vrouwen",    "mannen",  "gezinnen",
         "bezoekers", "km",     "euro",     "stuks",      "x",       "procent"});
    for (std::size_t i = 0; i < lc.size();) {
        if (!letter(lc[i])) {
            ++i;
            continue;
        }
        const std::size_t begin = i;
        while (i < lc.size() && letter(lc[i]))
            ++i;
        const std::string_view w = lc.substr(begin, i - begin);
        bool street = false;
        for (std::string_view s : suffixes)
            if (w.ends_with(s) && (w.size() > s.size() + 1 || upper(t[begin])))
                street = true;
        for (std::string_view n : not_streets)
            street = street && w != n;
        if (!street)
            continue;
        // The house number: 12, 5a, 12-2, 12 A, 12bis, 12-II, nr. 12.
        std::size_t j = skip_spaces(lc, i, 3);
        for (std::string_view nr : {"nr.", "nr", "no.", "no", "nummer"})
            if (j > i && word_at(lc, j, nr)) {
                j = skip_spaces(lc, j + nr.size(), 3);
                break;
            }
        if (j == i || j >= lc.size() || !digit(lc[j]) || lc[j] == '0')
            continue;
        const std::size_t number = j;
        while (j < lc.size() && digit(lc[j]) && j - number < 5)
            ++j;
        if (j - number > 4 || (j < lc.size() && digit(lc[j])))
            continue;
        if (j - number == 4 && number_at(lc, number, j) >= 1900 && number_at(lc, number, j) < 2100)
            continue; // a year: "Markt 2026"
        if (j < lc.size() && (lc[j] == ':' || ((lc[j] == '.' || lc[j] == ',') &&
                                               j + 1 < lc.size() && digit(lc[j + 1]))))
            continue; // a time or a decimal
        std::size_t k = j;
        while (k < lc.size() && letter(lc[k]) && k - j < 4)
            ++k;
        if (k < lc.size() && letter(lc[k]))
            continue; // "12keer" and the like
        const std::size_t next = skip_spaces(lc, k, 3);
        bool unit = false;
        for (std::string_view u : units)
            unit = unit || (next > k && word_at(lc, next, u));
        if (!unit)
            return true;
    }
    return false;
}

} // namespace sleutel::privacy_detail
