// Detectors for personal data in free text. The text is first normalised (see
// normalised_for_matching) so look-alike characters, invisible characters and digits of other
// scripts cannot hide anything; then hand-written scanners, each linear in the length of the
// text, look for the shapes of numbers, addresses, dates of birth and titled names.
#include "domain/privacy.hpp"

#include <array>
#include <cstdlib>
#include <span>
#include <utf8proc.h>
#include <vector>

namespace sleutel {

namespace {

// ---------------------------------------------------------------------------------------------
// Normalisation

void append_utf8(std::string& out, utf8proc_int32_t cp) {
    std::array<utf8proc_uint8_t, 4> buffer{};
    const utf8proc_ssize_t n = utf8proc_encode_char(cp, buffer.data());
    out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(n));
}

// Decodes `text`, calling f(codepoint) for each character; invalid bytes come as U+FFFD.
template <typename F> void for_each_codepoint(std::string_view text, F&& f) {
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    auto left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        utf8proc_int32_t cp = -1;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
        if (n < 1) {
            cp = 0xFFFD;
            n = 1;
        }
        f(cp);
        p += n;
        left -= n;
    }
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
    for_each_codepoint(text, [&](utf8proc_int32_t cp) {
        const utf8proc_int32_t m = matching_form(cp);
        if (m >= 0)
            append_utf8(out, m);
    });
    return out;
}

// ---------------------------------------------------------------------------------------------
// Character helpers on the normalised text (ASCII decisions; bytes >= 0x80 count as letters)

bool digit(char c) {
    return c >= '0' && c <= '9';
}
bool ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool high(char c) {
    return static_cast<unsigned char>(c) >= 0x80;
}
bool letter(char c) {
    return ascii_letter(c) || high(c);
}
bool alnum(char c) {
    return letter(c) || digit(c);
}
char lower(char c) {
    return upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string lowered(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = lower(c);
    return out;
}

int number_at(std::string_view t, std::size_t begin, std::size_t end) {
    int n = 0;
    for (std::size_t i = begin; i < end && i < begin + 6; ++i)
        n = n * 10 + (t[i] - '0');
    return n;
}

// `word` at position i of the lowered text, at a word start and ending at a word end.
bool word_at(std::string_view lc, std::size_t i, std::string_view word) {
    if (lc.substr(i, word.size()) != word)
        return false;
    if (i > 0 && letter(lc[i - 1]))
        return false;
    const std::size_t end = i + word.size();
    return end >= lc.size() || !letter(lc[end]) || !letter(word.back());
}

std::size_t skip_spaces(std::string_view t, std::size_t i, std::size_t most = 8) {
    std::size_t n = 0;
    while (i < t.size() && t[i] == ' ' && n < most) {
        ++i;
        ++n;
    }
    return i;
}

// ---------------------------------------------------------------------------------------------
// E-mail addresses

constexpr auto known_tlds = std::to_array<std::string_view>(
    {"nl", "be", "de",  "fr", "uk",  "com",    "org",   "net",  "eu",   "info", "edu", "gov", "io",
     "co", "me", "biz", "tr", "ma",  "sy",     "es",    "it",   "pl",   "ro",   "bg",  "ua",  "ru",
     "ch", "se", "dk",  "no", "fi",  "pt",     "gr",    "ie",   "lu",   "cz",   "hu",  "af",  "so",
     "er", "et", "ir",  "iq", "in",  "pk",     "cn",    "jp",   "us",   "ca",   "au",  "br",  "mx",
     "sr", "cw", "aw",  "tv", "app", "online", "email", "mail", "live", "ly",   "eg",  "dz"});

bool known_tld(std::string_view tld) {
    const std::string l = lowered(tld);
    for (std::string_view k : known_tlds)
        if (l == k)
            return true;
    return false;
}

bool local_char(char c) {
    return alnum(c) || c == '.' || c == '_' || c == '-' || c == '+' || c == '%' || c == '\'';
}
bool label_char(char c) {
    return alnum(c) || c == '-' || c == '_';
}

// An e-mail address around the '@' at `at`. `spelled` asks for a known top-level domain and a
// local part of two characters at least, for addresses written out in words.
bool email_at(std::string_view t, std::size_t at, bool spelled) {
    // The local part, maybe after spaces, maybe quoted.
    std::size_t end = at;
    std::size_t spaces = 0;
    while (end > 0 && t[end - 1] == ' ' && spaces < 3) {
        --end;
        ++spaces;
    }
    const bool spaced_before = spaces > 0;
    std::size_t local_size = 0;
    if (end > 0 && t[end - 1] == '"') {
        std::size_t open = end - 1;
        std::size_t steps = 0;
        while (open > 0 && t[open - 1] != '"' && steps < 64) {
            --open;
            ++steps;
        }
        if (open == 0 || t[open - 1] != '"')
            return false;
        local_size = end - open - 1;
    } else {
        std::size_t start = end;
        bool has_alnum = false;
        while (start > 0 && local_char(t[start - 1]) && end - start < 64) {
            --start;
            has_alnum = has_alnum || alnum(t[start]);
        }
        if (!has_alnum)
            return false;
        local_size = end - start;
    }
    if (local_size == 0 || (spelled && local_size < 2))
        return false;

    // The domain, maybe after spaces: an IP literal, or labels joined by dots.
    std::size_t i = at + 1;
    spaces = 0;
    while (i < t.size() && t[i] == ' ' && spaces < 3) {
        ++i;
        ++spaces;
    }
    const bool spaced = spaced_before || spaces > 0;
    if (i < t.size() && t[i] == '[') {
        std::size_t dots = 0, digits = 0;
        std::size_t j = i + 1;
        for (; j < t.size() && j < i + 48 && t[j] != ']'; ++j) {
            dots += t[j] == '.' || t[j] == ':';
            digits += digit(t[j]) || (t[j] >= 'a' && t[j] <= 'f') || (t[j] >= 'A' && t[j] <= 'F');
        }
        return j < t.size() && t[j] == ']' && dots >= 2 && digits >= 4;
    }
    std::vector<std::string_view> labels;
    while (i < t.size() && labels.size() < 16) {
        const std::size_t start = i;
        while (i < t.size() && label_char(t[i]) && i - start < 64)
            ++i;
        if (i == start)
            break;
        labels.push_back(t.substr(start, i - start));
        if (i + 1 < t.size() && t[i] == '.' && label_char(t[i + 1]))
            ++i;
        else
            break;
    }
    if (labels.size() < 2)
        return false;
    const std::string_view tld = labels.back();
    bool all_numeric = true;
    for (std::string_view label : labels)
        for (char c : label)
            all_numeric = all_numeric && digit(c);
    if (all_numeric)
        return labels.size() == 4;
    bool letters = tld.size() >= 2;
    for (char c : tld)
        letters = letters && letter(c);
    if (!letters)
        return false;
    return (spelled || spaced) ? known_tld(tld) : true;
}

bool email_in(std::string_view t, bool spelled) {
    for (std::size_t at = t.find('@'); at != std::string_view::npos; at = t.find('@', at + 1))
        if (email_at(t, at, spelled))
            return true;
    return false;
}

// The lowered text with written-out '@' and '.' ("[at]", " at ", "(punt)", " dot ") as the
// characters themselves; nullopt when there were none.
std::optional<std::string> unspelled(std::string_view lc) {
    struct Form {
        std::string_view text;
        char as;
        bool word; // needs a space (or the text's end) on both sides
    };
    static constexpr auto forms = std::to_array<Form>({
        {"[at]", '@', false},   {"(at)", '@', false},   {"{at}", '@', false},
        {"<at>", '@', false},   {"(@)", '@', false},    {"[@]", '@', false},
        {"{@}", '@', false},    {"at", '@', true},      {"apenstaartje", '@', true},
        {"[dot]", '.', false},  {"(dot)", '.', false},  {"{dot}", '.', false},
        {"<dot>", '.', false},  {"[punt]", '.', false}, {"(punt)", '.', false},
        {"{punt}", '.', false}, {"dot", '.', true},     {"punt", '.', true},
        {"[.]", '.', false},    {"(.)", '.', false},    {".", '.', true},
    });
    std::string out;
    out.reserve(lc.size());
    bool changed = false;
    std::size_t i = 0;
    while (i < lc.size()) {
        bool replaced = false;
        for (const Form& form : forms) {
            // Spaces around a form go with it.
            const std::size_t start = skip_spaces(lc, i, 3);
            if (lc.substr(start, form.text.size()) != form.text)
                continue;
            const std::size_t after = start + form.text.size();
            const std::size_t next = skip_spaces(lc, after, 3);
            if (form.word && (start == i || next == after || next >= lc.size()))
                continue;
            out += form.as;
            i = next;
            replaced = changed = true;
            break;
        }
        if (!replaced)
            out += lc[i++];
    }
    if (!changed)
        return std::nullopt;
    return out;
}

// ---------------------------------------------------------------------------------------------
// IBAN

bool iban_in(std::string_view lc) {
    for (std::size_t i = 0; i + 4 < lc.size(); ++i) {
        if (!(lc[i] >= 'a' && lc[i] <= 'z') || !(lc[i + 1] >= 'a' && lc[i + 1] <= 'z') ||
            (i > 0 && alnum(lc[i - 1])))
            continue;
        // The check digits follow the country, maybe after a space: "NL91", "NL 91".
        const std::size_t d = lc[i + 2] == ' ' || lc[i + 2] == '-' ? i + 3 : i + 2;
        if (d + 1 >= lc.size() || !digit(lc[d]) || !digit(lc[d + 1]))
            continue;
        std::string compact;
        std::size_t digits = 0;
        std::size_t j = i;
        while (j < lc.size() && compact.size() < 34) {
            if ((lc[j] >= 'a' && lc[j] <= 'z') || digit(lc[j])) {
                compact += lc[j];
                digits += digit(lc[j]);
                ++j;
                const bool boundary =
                    j >= lc.size() || !((lc[j] >= 'a' && lc[j] <= 'z') || digit(lc[j]));
                if (boundary && compact.size() >= 15 && digits >= 10 && passes_iban_check(compact))
                    return true;
            } else if ((lc[j] == ' ' || lc[j] == '-' || lc[j] == '.') && j + 1 < lc.size() &&
                       ((lc[j + 1] >= 'a' && lc[j + 1] <= 'z') || digit(lc[j + 1]))) {
                ++j;
            } else {
                break;
            }
        }
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Numbers: digit groups, the dates, times and ranges among them, and the windows of groups that
// read as a phone number or a BSN.

struct Group {
    std::size_t begin, end;
    bool masked = false;
    std::size_t size() const { return end - begin; }
};

std::vector<Group> digit_groups(std::string_view t) {
    std::vector<Group> groups;
    for (std::size_t i = 0; i < t.size();) {
        if (!digit(t[i])) {
            ++i;
            continue;
        }
        const std::size_t begin = i;
        while (i < t.size() && digit(t[i]))
            ++i;
        groups.push_back({begin, i});
    }
    return groups;
}

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

std::string_view between(std::string_view t, const Group& a, const Group& b) {
    return t.substr(a.end, b.begin - a.end);
}

bool single_mark(std::string_view sep, std::string_view marks) {
    return sep.size() == 1 && marks.find(sep[0]) != std::string_view::npos;
}

bool year_like(std::string_view t, const Group& g) {
    if (g.size() != 4)
        return false;
    const int y = number_at(t, g.begin, g.end);
    return y >= 1900 && y <= 2099;
}

// Groups i, i+1, i+2 as a numeric date d-m-y or y-m-d with one separator used twice, not part
// of a longer run using the same separator. Two-digit years only when `short_years`.
bool numeric_date(std::string_view t, const std::vector<Group>& g, std::size_t i, bool short_years,
                  std::string_view marks) {
    if (i + 2 >= g.size())
        return false;
    const std::string_view s1 = between(t, g[i], g[i + 1]);
    const std::string_view s2 = between(t, g[i + 1], g[i + 2]);
    if (s1 != s2 || !single_mark(s1, marks))
        return false;
    const char sep = s1[0];
    if (g[i].begin >= 2 && t[g[i].begin - 1] == sep && digit(t[g[i].begin - 2]))
        return false;
    if (g[i + 2].end + 1 < t.size() && t[g[i + 2].end] == sep && digit(t[g[i + 2].end + 1]))
        return false;
    const int a = number_at(t, g[i].begin, g[i].end);
    const int b = number_at(t, g[i + 1].begin, g[i + 1].end);
    const int c = number_at(t, g[i + 2].begin, g[i + 2].end);
    const auto small = [](const Group& x) { return x.size() == 1 || x.size() == 2; };
    if (small(g[i]) && small(g[i + 1]) &&
        (g[i + 2].size() == 4 || (short_years && g[i + 2].size() == 2)))
        return a >= 1 && a <= 31 && b >= 1 && b <= 12;
    if (g[i].size() == 4 && small(g[i + 1]) && small(g[i + 2]))
        return b >= 1 && b <= 12 && c >= 1 && c <= 31;
    return false;
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

enum class NumberKind { none, phone, bsn };

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

// ---------------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------------
// Dates of birth: a full date next to a birth word

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

// ---------------------------------------------------------------------------------------------
// Names with a title: mevrouw Yusuf, dhr. Jansen

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

} // namespace

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

bool passes_iban_check(std::string_view compact) {
    if (compact.size() < 5 || compact.size() > 34)
        return false;
    int rest = 0;
    for (std::size_t k = 0; k < compact.size(); ++k) {
        const char c = lower(compact[(k + 4) % compact.size()]);
        if (digit(c))
            rest = (rest * 10 + (c - '0')) % 97;
        else if (c >= 'a' && c <= 'z')
            rest = (rest * 100 + (c - 'a' + 10)) % 97;
        else
            return false;
    }
    return rest == 1;
}

std::string normalised_for_matching(std::string_view text) {
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

std::optional<std::string> personal_data_in(std::string_view original) {
    const std::string t = normalised_for_matching(original);
    const std::string lc = lowered(t);
    if (email_in(t, false))
        return "an e-mail address";
    if (const auto words = unspelled(lc); words && email_in(*words, true))
        return "an e-mail address";
    if (iban_in(lc))
        return "a bank account number (IBAN)";
    if (birth_date_in(t, lc))
        return "a date of birth";
    switch (number_in(t, lc)) {
    case NumberKind::bsn:
        return "a citizen service number (BSN)";
    case NumberKind::phone:
        return "a phone number";
    case NumberKind::none:
        break;
    }
    if (postcode_in(t))
        return "a postcode";
    if (street_in(t, lc))
        return "a street address";
    if (titled_name_in(t, lc))
        return "a name with a title";
    return std::nullopt;
}

} // namespace sleutel
