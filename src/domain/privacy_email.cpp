// Finding e-mail addresses in a note, also written out in words ("jan [at] mail [punt] nl").
#include "domain/privacy.hpp"
#include "domain/privacy_detail.hpp"

#include <array>
#include <span>

namespace sleutel::privacy_detail {

namespace {

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

// The length of the local part before the '@' at `at`, maybe after spaces, maybe quoted; 0 when
// there is none. `spaced` tells whether spaces stood between it and the '@'.
std::size_t local_part_size(std::string_view t, std::size_t at, bool& spaced) {
    std::size_t end = at;
    std::size_t spaces = 0;
    while (end > 0 && t[end - 1] == ' ' && spaces < 3) {
        --end;
        ++spaces;
    }
    spaced = spaces > 0;
    if (end > 0 && t[end - 1] == '"') {
        std::size_t open = end - 1;
        std::size_t steps = 0;
        while (open > 0 && t[open - 1] != '"' && steps < 64) {
            --open;
            ++steps;
        }
        if (open == 0 || t[open - 1] != '"')
            return 0;
        return end - open - 1;
    }
    std::size_t start = end;
    bool has_alnum = false;
    while (start > 0 && local_char(t[start - 1]) && end - start < 64) {
        --start;
        has_alnum = has_alnum || alnum(t[start]);
    }
    return has_alnum ? end - start : 0;
}

// The domain from position `i`: an IP literal, or labels joined by dots. A domain after spaces
// (`spaced`) or in an address written out in words (`spelled`) needs a known top-level domain.
bool domain_at(std::string_view t, std::size_t i, bool spelled, bool spaced) {
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

// An e-mail address around the '@' at `at`. `spelled` asks for a known top-level domain and a
// local part of two characters at least, for addresses written out in words.
bool email_at(std::string_view t, std::size_t at, bool spelled) {
    bool spaced_before = false;
    const std::size_t local_size = local_part_size(t, at, spaced_before);
    if (local_size == 0 || (spelled && local_size < 2))
        return false;
    std::size_t i = at + 1;
    std::size_t spaces = 0;
    while (i < t.size() && t[i] == ' ' && spaces < 3) {
        ++i;
        ++spaces;
    }
    return domain_at(t, i, spelled, spaced_before || spaces > 0);
}

} // namespace

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
    // The first characters of the forms above.
    constexpr std::string_view form_starts = "[({<.adp";
    constexpr auto npos = std::string_view::npos;
    std::string out;
    out.reserve(lc.size());
    bool changed = false;
    std::size_t i = 0;
    while (i < lc.size()) {
        bool replaced = false;
        // Spaces around a form go with it.
        const std::size_t start = skip_spaces(lc, i, 3);
        // Most characters begin no form: one look instead of a comparison with each.
        const bool may_begin = start < lc.size() && form_starts.find(lc[start]) != npos;
        for (const Form& form :
             may_begin ? std::span<const Form>(forms) : std::span<const Form>()) {
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

} // namespace sleutel::privacy_detail
