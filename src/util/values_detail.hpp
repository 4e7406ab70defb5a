// Readers of digits and decimal numbers shared by the parsers of the values users type.
#pragma once
#include <array>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sleutel::values_detail {

inline bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
inline bool all_digits(std::string_view s) {
    if (s.empty())
        return false;
    for (char c : s)
        if (!is_digit(c))
            return false;
    return true;
}

// Digits only, no sign, no overflow past `max`.
inline std::optional<std::int64_t> parse_natural(std::string_view s, std::int64_t max) {
    if (!all_digits(s) || s.size() > 18)
        return std::nullopt;
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc{} || end != s.data() + s.size() || value > max)
        return std::nullopt;
    return value;
}

inline std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// A decimal number `I`, `I.F` or `I,F` scaled by `unit` (60 for hours to minutes, 100 for euros to
// cents, 10 for km to tenths); the result must be whole.
inline std::optional<std::int64_t> parse_scaled(std::string_view s, std::int64_t unit,
                                                std::size_t max_fraction_digits,
                                                std::int64_t max_whole) {
    const auto sep = s.find_first_of(".,");
    const std::string_view whole = s.substr(0, sep);
    const auto whole_value = parse_natural(whole, max_whole);
    if (!whole_value)
        return std::nullopt;
    std::int64_t result = *whole_value * unit;
    if (sep == std::string_view::npos)
        return result;
    const std::string_view fraction = s.substr(sep + 1);
    if (fraction.empty() || fraction.size() > max_fraction_digits || !all_digits(fraction))
        return std::nullopt;
    std::int64_t scale = 1;
    for (std::size_t i = 0; i < fraction.size(); ++i)
        scale *= 10;
    const std::int64_t numerator = *parse_natural(fraction, scale) * unit;
    if (numerator % scale != 0)
        return std::nullopt;
    return result + numerator / scale;
}

// Day names, Monday first: the English ones are also how reachable times are written back.
inline constexpr std::array<std::string_view, 7> english_days{"mon", "tue", "wed", "thu",
                                                              "fri", "sat", "sun"};
inline constexpr std::array<std::string_view, 7> dutch_days{"ma", "di", "wo", "do",
                                                            "vr", "za", "zo"};
// In full, as a Dutch coordinator may write them in the config.
inline constexpr std::array<std::string_view, 7> dutch_day_names{
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};

} // namespace sleutel::values_detail
