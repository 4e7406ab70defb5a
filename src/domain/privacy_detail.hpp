// What the detectors for personal data share: character tests on the normalised text, its digit
// groups with the numeric dates among them, and the detectors themselves.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sleutel::privacy_detail {

// Character helpers on the normalised text (ASCII decisions; bytes >= 0x80 count as letters)

inline bool digit(char c) {
    return c >= '0' && c <= '9';
}
inline bool ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool upper(char c) {
    return c >= 'A' && c <= 'Z';
}
inline bool high(char c) {
    return static_cast<unsigned char>(c) >= 0x80;
}
inline bool letter(char c) {
    return ascii_letter(c) || high(c);
}
inline bool alnum(char c) {
    return letter(c) || digit(c);
}
inline char lower(char c) {
    return upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

inline std::string lowered(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = lower(c);
    return out;
}

inline int number_at(std::string_view t, std::size_t begin, std::size_t end) {
    int n = 0;
    for (std::size_t i = begin; i < end && i < begin + 6; ++i)
        n = n * 10 + (t[i] - '0');
    return n;
}

// `word` at position i of the lowered text, at a word start and ending at a word end.
inline bool word_at(std::string_view lc, std::size_t i, std::string_view word) {
    if (lc.substr(i, word.size()) != word)
        return false;
    if (i > 0 && letter(lc[i - 1]))
        return false;
    const std::size_t end = i + word.size();
    return end >= lc.size() || !letter(lc[end]) || !letter(word.back());
}

inline std::size_t skip_spaces(std::string_view t, std::size_t i, std::size_t most = 8) {
    std::size_t n = 0;
    while (i < t.size() && t[i] == ' ' && n < most) {
        ++i;
        ++n;
    }
    return i;
}

// A run of digits in the normalised text; `masked` once it is known to be a date, a time or an
// amount, which is never a phone number or a BSN.
struct Group {
    std::size_t begin, end;
    bool masked = false;
    std::size_t size() const { return end - begin; }
};

std::vector<Group> digit_groups(std::string_view t);

inline std::string_view between(std::string_view t, const Group& a, const Group& b) {
    return t.substr(a.end, b.begin - a.end);
}

inline bool single_mark(std::string_view sep, std::string_view marks) {
    return sep.size() == 1 && marks.find(sep[0]) != std::string_view::npos;
}

bool year_like(std::string_view t, const Group& g);

// Groups i, i+1, i+2 as a numeric date d-m-y or y-m-d with one separator used twice, not part
// of a longer run using the same separator. Two-digit years only when `short_years`.
bool numeric_date(std::string_view t, const std::vector<Group>& g, std::size_t i, bool short_years,
                  std::string_view marks);

// The detectors, each given the normalised text `t` and, where it needs one, its lowered form `lc`.
bool email_in(std::string_view t, bool spelled);
// The lowered text with written-out '@' and '.' ("[at]", " at ", "(punt)", " dot ") as the
// characters themselves; nullopt when there were none.
std::optional<std::string> unspelled(std::string_view lc);
bool iban_in(std::string_view lc);
enum class NumberKind { none, phone, bsn };
NumberKind number_in(std::string_view t, std::string_view lc);
bool postcode_in(std::string_view t);
bool street_in(std::string_view t, std::string_view lc);
bool birth_date_in(std::string_view t, std::string_view lc);
bool titled_name_in(std::string_view t, std::string_view lc);

} // namespace sleutel::privacy_detail
