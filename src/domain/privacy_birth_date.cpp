// Finding dates of birth in a note: a full date next to a birth word or a genealogist's mark.
#include "domain/privacy.hpp"
#include "domain/privacy_detail.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace sleutel::privacy_detail {

namespace {

int month_word(std::string_view lc, std::size_t i, std::size_t& end) {
    static constexpr auto months = std::to_array<std::pair<std::string_view, int>>({
        {"januari", 1},   {"january", 1},  {"jan", 1},       {"februari", 2},  {"february", 2},
        {"feb", 2},       {"maart", 3},    {"march", 3},     {"mrt", 3},       {"mar", 3},
        {"april", 4},     {"apr", 4},      {"mei", 5},       {"may", 5},       {"juni", 6},
        {"june", 6},      {"jun", 6},      {"juli", 7},      {"july", 7},      {"jul", 7},
        {"augustus", 8},  {"august", 8},   {"aug", 8},       {"september", 9}, {"sept", 9},
        {"sep", 9},       {"oktober", 10}, {"october", 10},  {"okt", 10},      {"oct", 10},
        {"november", 11}, {"nov", 11},     {"december", 12}, {"dec", 12},      {"mei", 5},
        {"feb", 2},       {"jan", 1},
    });
    for (const auto& [name, m] : months) {
        if (word_at(lc, i, name)) {
            end = i + name.size();
            if (end < lc.size() && lc[end] == '.')
                ++end;
            return m;
        }
    }
    return 0;
}

struct Span {
    std::size_t begin, end;
};

// Full dates: numeric ones and those with a month name, in Dutch or English.
std::vector<Span> full_dates(std::string_view t, std::string_view lc) {
    std::vector<Span> dates;
    const std::vector<Group> g = digit_groups(t);
    for (std::size_t i = 0; i < g.size(); ++i) {
        if (numeric_date(t, g, i, true, "-/. ")) {
            dates.push_back({g[i].begin, g[i + 2].end});
            continue;
        }
        const auto year_after = [&](std::size_t p, std::size_t& end) {
            p = skip_spaces(lc, p, 2);
            if (p < lc.size() && (lc[p] == ',' || lc[p] == '-' || lc[p] == '\''))
                p = skip_spaces(lc, p + 1, 2);
            std::size_t q = p;
            while (q < lc.size() && digit(lc[q]))
                ++q;
            if (q - p != 4 && q - p != 2)
                return false;
            end = q;
            return true;
        };
        // 12 maart 1984, 3-mrt-1984
        if (g[i].size() <= 2 && number_at(t, g[i].begin, g[i].end) >= 1 &&
            number_at(t, g[i].begin, g[i].end) <= 31) {
            std::size_t p = skip_spaces(lc, g[i].end, 2);
            if (p < lc.size() && (lc[p] == '-' || lc[p] == '.'))
                p = skip_spaces(lc, p + 1, 2);
            std::size_t end = 0;
            if (month_word(lc, p, end) && year_after(end, end)) {
                dates.push_back({g[i].begin, end});
                continue;
            }
        }
        // March 3, 1984
        if (g[i].size() <= 2) {
            std::size_t p = g[i].begin;
            while (p > 0 && lc[p - 1] == ' ' && g[i].begin - p < 2)
                --p;
            std::size_t start = p;
            while (start > 0 && letter(lc[start - 1]) && p - start < 10)
                --start;
            if (start > 0 && lc[start - 1] == '.')
                --start;
            std::size_t end = 0;
            if (start < p && month_word(lc, start, end) && year_after(g[i].end, end))
                dates.push_back({start, end});
        }
    }
    return dates;
}

bool birth_word_in(std::string_view lc, std::size_t from, std::size_t to) {
    // Whole words, or the start of a longer one for "geboortedatum" and "birthdate"; not
    // "geboortezorg", which is a theme.
    static constexpr auto words = std::to_array<std::string_view>(
        {"geboren", "geboortedatum", "geboortedag", "geboortejaar", "gebdat", "geb.datum", "geb",
         "dob", "d.o.b", "born", "birth", "birthdate", "birthday"});
    for (std::size_t i = from; i < to; ++i) {
        if (i > 0 && letter(lc[i - 1]))
            continue;
        for (std::string_view w : words)
            if (word_at(lc, i, w))
                return true;
    }
    return false;
}

} // namespace

bool birth_date_in(std::string_view t, std::string_view lc) {
    for (const Span& d : full_dates(t, lc)) {
        const std::size_t from = d.begin > 30 ? d.begin - 30 : 0;
        if (birth_word_in(lc, from, d.begin))
            return true;
        if (birth_word_in(lc, d.end, std::min(lc.size(), d.end + 16)))
            return true;
        // The genealogists' marks: * 12-03-1984, ° 12-03-1984 (not a '*' opening the text,
        // which is a list bullet, unless it is glued to the date).
        std::size_t p = d.begin;
        std::size_t spaces = 0;
        while (p > 0 && (lc[p - 1] == ' ' || lc[p - 1] == ':') && spaces < 2) {
            --p;
            ++spaces;
        }
        if (p >= 2 && lc.substr(p - 2, 2) == "\xC2\xB0")
            return true;
        if (p >= 1 && lc[p - 1] == '*') {
            std::size_t q = p - 1;
            while (q > 0 && lc[q - 1] == ' ')
                --q;
            if (q > 0 || spaces == 0)
                return true;
        }
    }
    return false;
}

} // namespace sleutel::privacy_detail
