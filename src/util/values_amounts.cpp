// Numbers with a unit: durations, hours per week, money, distances, seconds and counts.
#include "util/values.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/values_detail.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sleutel {

namespace {

// What the callers count, named in English by them; listed here so the catalogue holds each, and
// the message names it in the user's language.
std::string counted(std::string_view what) {
    for (const char* known : {N_("people reached"), N_("professionals reached"), N_("questions"),
                              N_("years"), N_("minutes"), N_("cents")})
        if (what == known)
            return _(known);
    return std::string(what);
}

} // namespace

using namespace values_detail;

bool number_too_large(std::string_view text, double max) {
    if (text.empty() || !is_digit(text.front()))
        return false;
    std::string t(text);
    std::replace(t.begin(), t.end(), ',', '.');
    double value = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
    if (end != t.data() + t.size())
        return false;
    return ec == std::errc::result_out_of_range ? true : ec == std::errc{} && value > max;
}

Minutes parse_duration(std::string_view text) {
    const auto fail = [&]() -> Minutes {
        // A number of hours or minutes that is well-formed but huge is still too long.
        const std::string t = lower(text);
        const auto unit = t.find_first_of("hum:");
        if (unit != std::string::npos && unit > 0 &&
            number_too_large(std::string_view(t).substr(0, unit), 24 * 60))
            throw DataError(_f("a duration can be at most 24 hours: '{}'", text));
        throw DataError(_f("not a duration: '{}'", text),
                        _("write 90m, 1h, 1h30, 1.5h, 1:30 or 1u30"));
    };
    const std::string t = lower(text);
    std::optional<std::int64_t> minutes;
    if (const auto colon = t.find(':'); colon != std::string::npos) {
        const auto h = parse_natural(std::string_view(t).substr(0, colon), 9999);
        const std::string_view mm = std::string_view(t).substr(colon + 1);
        const auto m = mm.size() == 2 ? parse_natural(mm, 59) : std::nullopt;
        if (h && m)
            minutes = *h * 60 + *m;
    } else if (const auto unit = t.find_first_of("hum"); unit != std::string::npos && unit > 0) {
        const std::string_view number = std::string_view(t).substr(0, unit);
        const std::string_view after = std::string_view(t).substr(unit + 1);
        if (t[unit] == 'm') {
            if (after.empty())
                minutes = parse_natural(number, 99999);
        } else {
            const auto hours = parse_scaled(number, 60, 4, 9999);
            std::string_view extra = after;
            if (!extra.empty() && extra.back() == 'm')
                extra.remove_suffix(1);
            if (hours && extra.empty() && after.empty()) {
                minutes = hours;
            } else if (hours && number.find_first_of(".,") == std::string_view::npos &&
                       extra.size() >= 1 && extra.size() <= 2) {
                if (const auto m = parse_natural(extra, 59))
                    minutes = *hours + *m;
            }
        }
    }
    if (!minutes)
        return fail();
    if (*minutes <= 0)
        throw DataError(_f("a duration must be more than 0 minutes: '{}'", text));
    if (*minutes > 24 * 60)
        throw DataError(_f("a duration can be at most 24 hours: '{}'", text));
    return *minutes;
}

std::string format_duration(Minutes minutes) {
    const char* sign = minutes < 0 ? "-" : "";
    const Minutes m = minutes < 0 ? -minutes : minutes;
    return fmt::format("{}{}:{:02}", sign, m / 60, m % 60);
}

Minutes parse_hours(std::string_view text) {
    std::string_view t = text;
    if (!t.empty() && (t.back() == 'h' || t.back() == 'u'))
        t.remove_suffix(1);
    const auto minutes = parse_scaled(t, 60, 2, 168);
    if ((!minutes && number_too_large(t, 168)) || (minutes && *minutes > 168 * 60))
        throw DataError(_f("too many hours per week: '{}'", text),
                        _("at most 168, the hours in a week"));
    if (!minutes)
        throw DataError(_f("not a number of hours per week: '{}'", text),
                        _("write a number from 0 to 168, such as 18 or 4.5"));
    return *minutes;
}

Cents parse_money(std::string_view text) {
    std::string_view t = text;
    constexpr std::string_view euro = "\xE2\x82\xAC";
    if (t.starts_with(euro))
        t.remove_prefix(euro.size());
    while (!t.empty() && t.front() == ' ')
        t.remove_prefix(1);
    const auto cents = parse_scaled(t, 100, 2, 9'999'999);
    if (!cents && number_too_large(t, 9'999'999))
        throw DataError(_f("too large an amount of money: '{}'", text),
                        _("at most 9999999,99 euros"));
    if (!cents)
        throw DataError(_f("not an amount of money: '{}'", text),
                        _("write euros such as 12,50 or 12.50"));
    return *cents;
}

std::string format_money(Cents cents, Language language) {
    const bool negative = cents < 0;
    const std::int64_t abs = negative ? -cents : cents;
    std::string euros = fmt::format("{}", abs / 100);
    const char group = language == Language::nl ? '.' : ',';
    for (auto i = static_cast<std::ptrdiff_t>(euros.size()) - 3; i > 0; i -= 3)
        euros.insert(static_cast<std::size_t>(i), 1, group);
    const char decimal = language == Language::nl ? ',' : '.';
    const std::string sign = negative ? "-" : "";
    if (language == Language::nl)
        return fmt::format("{}\xE2\x82\xAC {}{}{:02}", sign, euros, decimal, abs % 100);
    return fmt::format("{}\xE2\x82\xAC{}{}{:02}", sign, euros, decimal, abs % 100);
}

std::int64_t parse_km_tenths(std::string_view text) {
    const auto tenths = parse_scaled(text, 10, 1, 99999);
    if (!tenths && number_too_large(text, 99999))
        throw DataError(_f("too large a distance in km: '{}'", text), _("at most 99999 km"));
    if (!tenths)
        throw DataError(_f("not a distance in km: '{}'", text),
                        _("write a number with at most one decimal, such as 12 or 7.5"));
    return *tenths;
}

std::string format_km(std::int64_t tenths) {
    if (tenths % 10 == 0)
        return fmt::format("{}", tenths / 10);
    return fmt::format("{}.{}", tenths / 10, tenths % 10);
}

std::int64_t parse_seconds_ms(std::string_view text) {
    const auto ms = parse_scaled(text, 1000, 3, 3600);
    if (!ms || *ms > 3600 * 1000)
        throw DataError(_f("not a number of seconds: '{}'", text),
                        _("write a number of seconds from 0 to 3600, such as 5 or 0.5"));
    return *ms;
}

std::int64_t parse_count(std::string_view text, std::string_view what) {
    const auto n = parse_natural(text, 1'000'000'000);
    if (!n && all_digits(text))
        throw DataError(_f("too large a count of {}: '{}'", counted(what), text),
                        _("at most 1000000000"));
    if (!n)
        throw DataError(_f("not a count of {}: '{}'", counted(what), text),
                        _("write a whole number from 0 up"));
    return *n;
}

std::string format_decimal(double value, Language language) {
    std::string text = fmt::format("{:.2f}", value);
    if (language == Language::nl)
        std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

} // namespace sleutel
