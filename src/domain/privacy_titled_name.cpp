// Finding names with a title in a note: mevrouw Yusuf, dhr. de Vries.
#include "domain/privacy.hpp"
#include "domain/privacy_detail.hpp"

#include <array>
#include <utf8proc.h>

namespace sleutel::privacy_detail {

namespace {

bool uppercase_at(std::string_view t, std::size_t i) {
    if (i >= t.size())
        return false;
    utf8proc_int32_t cp = -1;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(t.data() + i);
    if (utf8proc_iterate(p, static_cast<utf8proc_ssize_t>(t.size() - i), &cp) < 1)
        return false;
    const auto category = utf8proc_category(cp);
    return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

// The length of a surname particle at `i` followed by a space ("van ", "'t "), or 0.
std::size_t particle_at(std::string_view lc, std::size_t i) {
    static constexpr auto particles = std::to_array<std::string_view>(
        {"van", "de", "der", "den", "het", "'t", "te", "ter", "ten", "el",  "al",
         "la",  "le", "du",  "da",  "di",  "op", "in", "von", "bin", "ben", "abu"});
    for (std::string_view particle : particles)
        if (lc.substr(i, particle.size()) == particle && i + particle.size() < lc.size() &&
            lc[i + particle.size()] == ' ')
            return particle.size();
    return 0;
}

// An office that follows a title without being a name: "mevrouw Wethouder", "mw. Huisarts".
bool office_at(std::string_view lc, std::size_t i) {
    static constexpr auto offices = std::to_array<std::string_view>({"burgemeester",
                                                                     "wethouder",
                                                                     "huisarts",
                                                                     "ggd-arts",
                                                                     "arts",
                                                                     "dokter",
                                                                     "directeur",
                                                                     "directrice",
                                                                     "voorzitter",
                                                                     "minister",
                                                                     "docent",
                                                                     "juf",
                                                                     "meester",
                                                                     "consulent",
                                                                     "wijkagent",
                                                                     "verpleegkundige",
                                                                     "doktersassistente",
                                                                     "coördinator",
                                                                     "coordinator",
                                                                     "tolk",
                                                                     "vertelde",
                                                                     "zei",
                                                                     "sprak",
                                                                     "opende"});
    for (std::string_view office : offices)
        if (lc.substr(i, office.size()) == office &&
            (i + office.size() >= lc.size() || !letter(lc[i + office.size()])))
            return true;
    return false;
}

} // namespace

bool titled_name_in(std::string_view t, std::string_view lc) {
    static constexpr auto titles = std::to_array<std::string_view>(
        {"mevrouw", "mevr.", "mevr", "mvr.", "mev.",    "mw.",      "mw",    "mijnheer",
         "meneer",  "mnr.",  "dhr.", "dhr",  "de heer", "juffrouw", "mej.",  "mrs.",
         "mrs",     "mr.",   "mr",   "ms.",  "ms",      "miss",     "madame"});
    for (std::size_t i = 0; i < lc.size(); ++i) {
        if (!ascii_letter(lc[i]) || (i > 0 && letter(lc[i - 1])))
            continue;
        for (std::string_view title : titles) {
            if (lc.substr(i, title.size()) != title)
                continue;
            const std::size_t end = i + title.size();
            if (title.back() != '.' && end < lc.size() && letter(lc[end]))
                continue; // part of a longer word
            // MR, MW, MS and DHR in capitals are councils, megawatts and diseases.
            bool capitals = true;
            std::size_t letters = 0;
            for (std::size_t k = i; k < end; ++k)
                if (ascii_letter(t[k])) {
                    capitals = capitals && upper(t[k]);
                    ++letters;
                }
            if (capitals && letters < 4)
                continue;
            const std::size_t next = skip_spaces(lc, end, 3);
            if (title.back() != '.' && next == end)
                continue; // "meneer." ends a sentence
            // Dutch surnames often begin with a particle in lower case: mevrouw van Dijk, dhr. de
            // Vries; the capital comes after it.
            std::size_t word = next;
            std::size_t particles = 0;
            while (particles < 3) {
                const std::size_t length = particle_at(lc, word);
                if (length == 0)
                    break;
                word = skip_spaces(lc, word + length, 3);
                ++particles;
            }
            // "mevrouw Wethouder opende": an office, not a name.
            if (office_at(lc, word))
                break;
            if (uppercase_at(t, word)) // "mevrouw van de gemeente" is no name
                return true;
            break;
        }
    }
    return false;
}

} // namespace sleutel::privacy_detail
