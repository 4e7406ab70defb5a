// Finding phone numbers and citizen service numbers (BSN) among the numbers of a note, after
// setting aside its dates, clock times, year ranges and amounts.
#include "domain/privacy.hpp"
#include "domain/privacy_detail.hpp"

#include <string>

namespace sleutel::privacy_detail {

namespace {

// What lies between two groups joins them into one number: spaces, at most one of - . , _ /
// and at most one bracket of each kind.
bool joins(std::string_view sep) {
    if (sep.empty() || sep.size() > 8)
        return false;
    int marks = 0, open = 0, close = 0;
    for (char c : sep) {
        if (c == ' ')
            continue;
        if (c == '-' || c == '.' || c == ',' || c == '_' || c == '/')
            ++marks;
        else if (c == '(')
            ++open;
        else if (c == ')')
            ++close;
        else
            return false;
    }
    return marks <= 1 && open <= 1 && close <= 1;
}

// Groups i and i+1 as a clock time 14.00 or 9.30.
bool clock_time(std::string_view t, const std::vector<Group>& g, std::size_t i) {
    if (i + 1 >= g.size() || !single_mark(between(t, g[i], g[i + 1]), ".:") || g[i].size() > 2 ||
        g[i + 1].size() != 2)
        return false;
    return number_at(t, g[i].begin, g[i].end) <= 24 &&
           number_at(t, g[i + 1].begin, g[i + 1].end) <= 59;
}

bool range_between(std::string_view sep) {
    std::size_t dashes = 0;
    for (char c : sep) {
        if (c == '-')
            ++dashes;
        else if (c != ' ')
            return sep == " tot " || sep == " to " || sep == " t/m ";
    }
    return dashes == 1;
}

// Marks dates, clock times, year ranges and amounts, which are never a phone number or a BSN.
void mask_ordinary_numbers(std::string_view t, std::string_view lc, std::vector<Group>& g) {
    for (std::size_t i = 0; i < g.size(); ++i) {
        if (numeric_date(t, g, i, true, "-/.")) {
            g[i].masked = g[i + 1].masked = g[i + 2].masked = true;
            continue;
        }
        if (clock_time(t, g, i)) {
            const std::size_t after = skip_spaces(lc, g[i + 1].end, 3);
            bool time = word_at(lc, after, "uur") || word_at(lc, after, "u") ||
                        word_at(lc, after, "h") || word_at(lc, after, "hr");
            for (std::string_view w :
                 {"om", "van", "vanaf", "tot", "tussen", "rond", "at", "from", "until", "to"}) {
                const std::size_t b = g[i].begin;
                if (b >= w.size() + 1 && lc[b - 1] == ' ' && word_at(lc, b - 1 - w.size(), w))
                    time = true;
            }
            if (i + 3 < g.size() && range_between(between(t, g[i + 1], g[i + 2])) &&
                clock_time(t, g, i + 2)) {
                g[i + 2].masked = g[i + 3].masked = true;
                time = true;
            }
            if (time)
                g[i].masked = g[i + 1].masked = true;
        }
        if (i + 1 < g.size() && year_like(t, g[i]) && year_like(t, g[i + 1])) {
            const std::string_view sep = between(t, g[i], g[i + 1]);
            std::size_t marks = 0;
            bool only = true;
            for (char c : sep) {
                marks += c == '/' || c == '-';
                only = only && (c == '/' || c == '-' || c == ' ');
            }
            if (only && marks == 1)
                g[i].masked = g[i + 1].masked = true;
        }
        // An amount: after a euro sign or "eur", with its thousands and cents.
        std::size_t b = g[i].begin;
        while (b > 0 && lc[b - 1] == ' ')
            --b;
        const bool euro = (b >= 3 && lc.substr(b - 3, 3) == "\xE2\x82\xAC") ||
                          (b >= 3 && lc.substr(b - 3, 3) == "eur") ||
                          (b >= 4 && lc.substr(b - 4, 4) == "euro");
        if (euro) {
            g[i].masked = true;
            while (i + 1 < g.size() && single_mark(between(t, g[i], g[i + 1]), ".,"))
                g[++i].masked = true;
        }
    }
}

NumberKind number_window(std::string_view t, const std::vector<Group>& g, std::size_t s,
                         std::size_t e) {
    std::string d;
    bool single_digits = true, long_groups = true;
    for (std::size_t k = s; k <= e; ++k) {
        d.append(t.substr(g[k].begin, g[k].size()));
        single_digits = single_digits && g[k].size() == 1;
        long_groups = long_groups && g[k].size() >= 2;
    }
    const std::size_t n = d.size();
    // A '+' before the first group, maybe with spaces or a bracket: "+31", "+ 31", "(+31)".
    std::size_t b = g[s].begin;
    while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '(') && g[s].begin - b < 3)
        --b;
    const bool plus = b > 0 && t[b - 1] == '+';
    if (plus && n >= 8 && n <= 15)
        return NumberKind::phone;
    if (d.starts_with("00") && n >= 11 && n <= 15)
        return NumberKind::phone;
    if (d[0] == '0' && n == 10)
        return NumberKind::phone;
    if (d.starts_with("31") && ((n == 11 && d[2] != '0') || (n == 12 && d[2] == '0')))
        return NumberKind::phone; // +31 without its '+'
    const std::size_t groups = e - s + 1;
    if (n == 11 && d[0] == '1' &&
        (groups == 1 || (groups == 4 && g[s].size() == 1 && g[s + 1].size() == 3 &&
                         g[s + 2].size() == 3 && g[s + 3].size() == 4)))
        return NumberKind::phone; // North American: 1-555-123-4567
    if (n == 10 && groups == 3 && g[s].size() == 3 && g[s + 1].size() == 3 &&
        g[s + 2].size() == 4 && d[0] >= '2')
        return NumberKind::phone; // (555) 123-4567
    if (n == 9 && (single_digits || long_groups) && passes_eleven_test(d))
        return NumberKind::bsn;
    if (n == 9 && d[0] == '6' && (groups == 1 || g[s].size() == 1))
        return NumberKind::phone; // a mobile number whose 0 a spreadsheet dropped
    if (n == 8 && passes_eleven_test("0" + d) &&
        (groups == 1 || single_digits || (groups == 2 && g[s].size() == 4 && !year_like(t, g[s])) ||
         (groups == 3 && g[s].size() == 2 && g[s + 1].size() == 3)))
        return NumberKind::bsn; // a BSN whose leading 0 was dropped
    return NumberKind::none;
}

} // namespace

NumberKind number_in(std::string_view t, std::string_view lc) {
    std::vector<Group> g = digit_groups(t);
    mask_ordinary_numbers(t, lc, g);
    NumberKind found = NumberKind::none;
    for (std::size_t s = 0; s < g.size(); ++s) {
        if (g[s].masked)
            continue;
        std::size_t n = 0;
        for (std::size_t e = s; e < g.size() && !g[e].masked; ++e) {
            if (e > s && !joins(between(t, g[e - 1], g[e])))
                break;
            n += g[e].size();
            if (n > 15)
                break;
            const NumberKind kind = number_window(t, g, s, e);
            if (kind == NumberKind::bsn)
                return kind;
            if (kind == NumberKind::phone)
                found = kind; // a BSN elsewhere is named first
        }
    }
    return found;
}

} // namespace sleutel::privacy_detail

namespace sleutel {

using namespace privacy_detail;

bool passes_eleven_test(std::string_view d) {
    if (d.size() != 9)
        return false;
    long sum = 0;
    bool all_zero = true;
    for (std::size_t i = 0; i < 9; ++i)
        if (!digit(d[i]))
            return false;
    for (std::size_t i = 0; i < 8; ++i) {
        sum += static_cast<long>(d[i] - '0') * static_cast<long>(9 - i);
        all_zero = all_zero && d[i] == '0';
    }
    sum -= d[8] - '0';
    return !all_zero && sum % 11 == 0;
}

} // namespace sleutel
