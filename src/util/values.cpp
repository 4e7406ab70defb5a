// Parsing what users type into exact values (minutes, cents, dates) and formatting them back.
#include "util/values.hpp"

#include "util/error.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <fmt/format.h>
#include <utf8proc.h>

namespace sleutel {

namespace {

using namespace std::chrono;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool all_digits(std::string_view s) {
    if (s.empty())
        return false;
    for (char c : s)
        if (!is_digit(c))
            return false;
    return true;
}

// Digits only, no sign, no overflow past `max`.
std::optional<std::int64_t> parse_natural(std::string_view s, std::int64_t max) {
    if (!all_digits(s) || s.size() > 18)
        return std::nullopt;
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc{} || end != s.data() + s.size() || value > max)
        return std::nullopt;
    return value;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// A decimal number `I`, `I.F` or `I,F` scaled by `unit` (60 for hours to minutes, 100 for euros to
// cents, 10 for km to tenths); the result must be whole.
std::optional<std::int64_t> parse_scaled(std::string_view s, std::int64_t unit,
                                         std::size_t max_fraction_digits, std::int64_t max_whole) {
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

std::optional<Date> make_date(int y, unsigned m, unsigned d) {
    const Date date{year{y}, month{m}, day{d}};
    if (!date.ok())
        return std::nullopt;
    return date;
}

Date first_of_month(Date d) {
    return d.year() / d.month() / 1;
}
Date last_of_month(Date d) {
    return Date{d.year() / d.month() / last};
}

const std::string date_hint = "write YYYY-MM-DD, today, yesterday, -3d, or a weekday such as mon";
const std::string period_hint =
    "write today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisquarter, lastquarter, "
    "thisyear, lastyear, 2026, 2026-Q3, 2026-11, 2026-W47, 2026-11-20 or FROM..TO";

constexpr Date open_start{year{1}, January, day{1}};
constexpr Date open_end{year{9999}, December, day{31}};

// A period without `..`.
std::optional<Period> parse_single_period(std::string_view text, Date today) {
    const std::string t = lower(text);
    auto month_period = [](Date d) {
        return Period{first_of_month(d), last_of_month(d),
                      fmt::format("{:04}-{:02}", static_cast<int>(d.year()),
                                  static_cast<unsigned>(d.month()))};
    };
    auto week_period = [](Date d) {
        const IsoWeek w = iso_week_of(d);
        const Date monday = iso_week_monday(w.year, w.week);
        return Period{monday, add_days(monday, 6), fmt::format("{:04}-W{:02}", w.year, w.week)};
    };
    auto quarter_period = [](int y, unsigned q) {
        const Date from{year{y}, month{3 * q - 2}, day{1}};
        return Period{from, last_of_month(Date{year{y}, month{3 * q}, day{1}}),
                      fmt::format("{:04}-Q{}", y, q)};
    };
    auto year_period = [](int y) {
        return Period{Date{year{y}, January, day{1}}, Date{year{y}, December, day{31}},
                      fmt::format("{:04}", y)};
    };
    auto day_period = [](Date d) { return Period{d, d, format_date(d)}; };
    const int this_year = static_cast<int>(today.year());
    const unsigned this_quarter = (static_cast<unsigned>(today.month()) + 2) / 3;

    if (t == "today")
        return day_period(today);
    if (t == "yesterday")
        return day_period(add_days(today, -1));
    if (t == "thisweek")
        return week_period(today);
    if (t == "lastweek")
        return week_period(add_days(today, -7));
    if (t == "thismonth")
        return month_period(today);
    if (t == "lastmonth")
        return month_period(add_days(first_of_month(today), -1));
    if (t == "thisquarter")
        return quarter_period(this_year, this_quarter);
    if (t == "lastquarter")
        return this_quarter == 1 ? quarter_period(this_year - 1, 4)
                                 : quarter_period(this_year, this_quarter - 1);
    if (t == "thisyear")
        return year_period(this_year);
    if (t == "lastyear")
        return year_period(this_year - 1);

    if (t.size() < 4)
        return std::nullopt;
    const auto y = parse_natural(std::string_view(t).substr(0, 4), 9999);
    if (!y || *y < 1)
        return std::nullopt;
    const int yr = static_cast<int>(*y);
    const std::string_view rest = std::string_view(t).substr(4);
    if (rest.empty())
        return year_period(yr);
    if (rest.size() == 3 && rest.substr(0, 2) == "-q") {
        const auto q = parse_natural(rest.substr(2), 4);
        if (!q || *q < 1)
            return std::nullopt;
        return quarter_period(yr, static_cast<unsigned>(*q));
    }
    if (rest.size() == 4 && rest.substr(0, 2) == "-w") {
        const auto w = parse_natural(rest.substr(2), 99);
        if (!w || *w < 1)
            return std::nullopt;
        if (static_cast<unsigned>(*w) > iso_weeks_in_year(yr))
            throw DataError(
                fmt::format("not a period: {} has only {} ISO weeks", yr, iso_weeks_in_year(yr)));
        const Date monday = iso_week_monday(yr, static_cast<unsigned>(*w));
        return Period{monday, add_days(monday, 6), fmt::format("{:04}-W{:02}", yr, *w)};
    }
    if (rest.size() == 3 && rest[0] == '-') {
        const auto m = parse_natural(rest.substr(1), 99);
        if (!m || *m < 1)
            return std::nullopt;
        if (*m > 12)
            throw DataError(fmt::format("not a period: there is no month {}", *m));
        return month_period(Date{year{yr}, month{static_cast<unsigned>(*m)}, day{1}});
    }
    if (const auto d = parse_iso_date(t))
        return day_period(*d);
    if (t.size() == 10 && t[4] == '-' && t[7] == '-')
        throw DataError(fmt::format("not a period: '{}' is not a date", text));
    return std::nullopt;
}

// One side of `A..B`: a period, or any date form (`-3d`, `mon`).
std::optional<Period> parse_range_side(std::string_view text, Date today) {
    if (auto p = parse_single_period(text, today))
        return p;
    try {
        const Date d = parse_date(text, today);
        return Period{d, d, format_date(d)};
    } catch (const DataError&) {
        return std::nullopt;
    }
}

} // namespace

bool is_handle(std::string_view text) {
    if (text.size() < 2 || text.size() > 32 || text[0] < 'a' || text[0] > 'z')
        return false;
    for (char c : text)
        if (!((c >= 'a' && c <= 'z') || is_digit(c) || c == '-'))
            return false;
    return true;
}

std::string parse_handle(std::string_view text, std::string_view what) {
    if (!is_handle(text))
        throw DataError(fmt::format("not a valid {}: '{}'", what, text),
                        "a handle is 2 to 32 characters: a lower-case letter, then lower-case "
                        "letters, digits or '-'");
    return std::string(text);
}

std::optional<Date> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const auto y = parse_natural(text.substr(0, 4), 9999);
    const auto m = parse_natural(text.substr(5, 2), 12);
    const auto d = parse_natural(text.substr(8, 2), 31);
    if (!y || !m || !d || *y < 1)
        return std::nullopt;
    return make_date(static_cast<int>(*y), static_cast<unsigned>(*m), static_cast<unsigned>(*d));
}

Date parse_date(std::string_view text, Date today) {
    const std::string t = lower(text);
    if (t == "today")
        return today;
    if (t == "yesterday")
        return add_days(today, -1);
    if (t.size() >= 3 && t.front() == '-' && t.back() == 'd') {
        if (const auto n = parse_natural(std::string_view(t).substr(1, t.size() - 2), 36600))
            return add_days(today, -static_cast<int>(*n));
        throw DataError(fmt::format("not a date: '{}'", text), date_hint);
    }
    if (const auto weekday = parse_weekday(t)) {
        const unsigned back = (iso_weekday(today) + 7 - *weekday) % 7;
        return add_days(today, -static_cast<int>(back));
    }
    if (const auto d = parse_iso_date(t))
        return *d;
    throw DataError(fmt::format("not a date: '{}'", text), date_hint);
}

int parse_time_of_day(std::string_view text) {
    const auto colon = text.find(':');
    if (colon != std::string_view::npos && colon >= 1 && colon <= 2 && text.size() == colon + 3) {
        const auto h = parse_natural(text.substr(0, colon), 23);
        const auto m = parse_natural(text.substr(colon + 1), 59);
        if (h && m)
            return static_cast<int>(*h * 60 + *m);
    }
    throw DataError(fmt::format("not a time of day: '{}'", text), "write HH:MM, 00:00 to 23:59");
}

std::string format_time_of_day(int minutes) {
    return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60);
}

std::string parse_ref(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    const auto last = text.find_last_not_of(" \t");
    const std::string_view ref =
        first == std::string_view::npos ? std::string_view{} : text.substr(first, last - first + 1);
    for (char c : ref)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            throw DataError("a ref cannot hold control characters or line breaks");
    if (!valid_utf8(ref))
        throw DataError("a ref is not valid UTF-8 text");
    if (ref.empty() || ref.size() > 100)
        throw DataError("a ref is 1 to 100 characters");
    return std::string(ref);
}

bool is_phone_number(std::string_view text) {
    std::size_t digits = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (is_digit(c))
            ++digits;
        else if (c == '+' ? digits > 0 || text.find_first_not_of(" ") < i
                          : std::string_view(" -()").find(c) == std::string_view::npos)
            return false;
    }
    return digits >= 8 && digits <= 15;
}

bool is_email_address(std::string_view text) {
    const auto at = text.find('@');
    if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos)
        return false;
    for (char c : text)
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return false;
    const std::string_view domain = text.substr(at + 1);
    const auto dot = domain.rfind('.');
    return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size() &&
           domain.front() != '.' && domain.find("..") == std::string_view::npos;
}

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
            throw DataError(fmt::format("a duration can be at most 24 hours: '{}'", text));
        throw DataError(fmt::format("not a duration: '{}'", text),
                        "write 90m, 1h, 1h30, 1.5h, 1:30 or 1u30");
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
        throw DataError(fmt::format("a duration must be more than 0 minutes: '{}'", text));
    if (*minutes > 24 * 60)
        throw DataError(fmt::format("a duration can be at most 24 hours: '{}'", text));
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
        throw DataError(fmt::format("too many hours per week: '{}'", text),
                        "at most 168, the hours in a week");
    if (!minutes)
        throw DataError(fmt::format("not a number of hours per week: '{}'", text),
                        "write a number from 0 to 168, such as 18 or 4.5");
    return *minutes;
}

Period period_between(std::optional<Date> from, std::optional<Date> to) {
    Period p{from.value_or(open_start), to.value_or(open_end), ""};
    if (to_days(p.from) > to_days(p.to))
        throw DataError(fmt::format("the period starts after it ends: {} is after {}",
                                    format_date(p.from), format_date(p.to)));
    p.label = fmt::format("{}..{}", from ? format_date(*from) : "", to ? format_date(*to) : "");
    return p;
}

namespace {

// Dates run from 0001-01-01 to 9999-12-31; a week that crosses either end (9999-W52 ends on
// 10000-01-02) is refused rather than reaching a date no one can write.
Period within_calendar(Period p, std::string_view text) {
    if (to_days(p.from) < to_days(open_start) || to_days(p.to) > to_days(open_end))
        throw DataError(
            fmt::format("not a period: '{}' runs past {}", text,
                        format_date(to_days(p.to) > to_days(open_end) ? open_end : open_start)),
            "dates go from 0001-01-01 to 9999-12-31");
    return p;
}

} // namespace

Period parse_period(std::string_view text, Date today) {
    const auto fail = [&]() -> Period {
        throw DataError(fmt::format("not a period: '{}'", text), period_hint);
    };
    if (const auto dots = text.find(".."); dots != std::string_view::npos) {
        const std::string_view left = text.substr(0, dots);
        const std::string_view right = text.substr(dots + 2);
        std::optional<Date> from, to;
        if (!left.empty()) {
            const auto p = parse_range_side(left, today);
            if (!p)
                return fail();
            from = p->from;
        }
        if (!right.empty()) {
            const auto p = parse_range_side(right, today);
            if (!p)
                return fail();
            to = p->to;
        }
        return within_calendar(period_between(from, to), text);
    }
    if (const auto p = parse_single_period(text, today))
        return within_calendar(*p, text);
    return fail();
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
        throw DataError(fmt::format("too large an amount of money: '{}'", text),
                        "at most 9999999,99 euros");
    if (!cents)
        throw DataError(fmt::format("not an amount of money: '{}'", text),
                        "write euros such as 12,50 or 12.50");
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
        throw DataError(fmt::format("too large a distance in km: '{}'", text), "at most 99999 km");
    if (!tenths)
        throw DataError(fmt::format("not a distance in km: '{}'", text),
                        "write a number with at most one decimal, such as 12 or 7.5");
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
        throw DataError(fmt::format("not a number of seconds: '{}'", text),
                        "write a number of seconds from 0 to 3600, such as 5 or 0.5");
    return *ms;
}

std::int64_t parse_count(std::string_view text, std::string_view what) {
    const auto n = parse_natural(text, 1'000'000'000);
    if (!n && all_digits(text))
        throw DataError(fmt::format("too large a count of {}: '{}'", what, text),
                        "at most 1000000000");
    if (!n)
        throw DataError(fmt::format("not a count of {}: '{}'", what, text),
                        "write a whole number from 0 up");
    return *n;
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
    const std::string hint = "write an ISO 639 code and a level A1..C2 or native, such as "
                             "ti:native or nl:B1";
    if (!is_language_code(code))
        throw DataError(fmt::format("not a language code: '{}'", text), hint);
    if (colon == std::string_view::npos) {
        if (level_required)
            throw DataError(fmt::format("a language needs a level: '{}'", text), hint);
        return {code, std::nullopt};
    }
    const std::string level = lower(text.substr(colon + 1));
    for (unsigned i = 0; i <= static_cast<unsigned>(Level::native); ++i) {
        const auto candidate = static_cast<Level>(i);
        if (lower(format_level(candidate)) == level)
            return {code, candidate};
    }
    throw DataError(fmt::format("not a language level: '{}'", text), hint);
}

bool valid_utf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    auto left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        utf8proc_int32_t code_point = 0;
        const utf8proc_ssize_t n = utf8proc_iterate(bytes, left, &code_point);
        if (n <= 0)
            return false;
        bytes += n;
        left -= n;
    }
    return true;
}

namespace {

constexpr std::array<std::string_view, 7> english_days{"mon", "tue", "wed", "thu",
                                                       "fri", "sat", "sun"};
constexpr std::array<std::string_view, 7> dutch_days{"ma", "di", "wo", "do", "vr", "za", "zo"};

const std::string reachable_hint =
    "write DAYS@HH:MM-HH:MM, such as mon-fri@09:00-17:00, mon,wed,fri@18:00-21:30 or "
    "za,zo@10:00-14:00";

[[noreturn]] void reachable_error(std::string_view text, const std::string& why) {
    throw DataError(fmt::format("not a reachable time: '{}': {}", text, why), reachable_hint);
}

} // namespace

std::optional<unsigned> parse_weekday(std::string_view name) {
    const std::string t = lower(name);
    for (unsigned i = 0; i < 7; ++i)
        if (t == english_days[i] || t == dutch_days[i])
            return i + 1;
    return std::nullopt;
}

Reachable parse_reachable(std::string_view text) {
    const auto at = text.find('@');
    if (at == std::string_view::npos)
        reachable_error(text, "no '@' between the days and the hours");
    const auto day = [&](std::string_view name) {
        if (name.empty())
            reachable_error(text, "a day is missing");
        const auto number = parse_weekday(name);
        if (!number)
            reachable_error(text, fmt::format("'{}' is not a weekday", name));
        return *number;
    };
    std::array<bool, 8> on{}; // by ISO number; [0] unused
    std::string_view days = text.substr(0, at);
    while (true) {
        const auto comma = days.find(',');
        const std::string_view item = days.substr(0, comma);
        const auto dash = item.find('-');
        const unsigned first = day(item.substr(0, dash));
        const unsigned last = dash == std::string_view::npos ? first : day(item.substr(dash + 1));
        if (dash != std::string_view::npos && last == first)
            reachable_error(text, fmt::format("the range '{}' starts and ends on one day", item));
        // A range past Sunday goes on from Monday: fri-mon is Friday, the weekend and Monday.
        for (unsigned d = first;; d = d % 7 + 1) {
            on[d] = true;
            if (d == last)
                break;
        }
        if (comma == std::string_view::npos)
            break;
        days.remove_prefix(comma + 1);
    }
    Reachable r;
    for (unsigned d = 1; d <= 7; ++d)
        if (on[d])
            r.days.push_back(d);

    const std::string_view hours = text.substr(at + 1);
    const auto dash = hours.find('-');
    if (dash == std::string_view::npos)
        reachable_error(text, "the hours are not HH:MM-HH:MM");
    const auto time = [&](std::string_view part) {
        try {
            return parse_time_of_day(part);
        } catch (const DataError&) {
            reachable_error(text, fmt::format("'{}' is not a time of day", part));
        }
    };
    r.start = time(hours.substr(0, dash));
    const std::string_view end = hours.substr(dash + 1);
    r.end = end == "24:00" ? 24 * 60 : time(end);
    if (r.end <= r.start)
        reachable_error(text, "the hours must end after they start, on the same day");
    return r;
}

std::string format_reachable(const Reachable& r) {
    std::string days;
    for (std::size_t i = 0; i < r.days.size();) {
        std::size_t run = i;
        while (run + 1 < r.days.size() && r.days[run + 1] == r.days[run] + 1)
            ++run;
        auto name = [&](std::size_t k) { return english_days[r.days[k] - 1]; };
        if (!days.empty())
            days += ',';
        if (run - i >= 2) {
            days += fmt::format("{}-{}", name(i), name(run));
        } else {
            days += name(i);
            if (run > i)
                days += fmt::format(",{}", name(run));
        }
        i = run + 1;
    }
    return fmt::format("{}@{}-{}", days, format_time_of_day(r.start), format_time_of_day(r.end));
}

bool is_reachable(const Reachable& r, Date day, int minute_of_day) {
    return std::binary_search(r.days.begin(), r.days.end(), iso_weekday(day)) &&
           minute_of_day >= r.start && minute_of_day < r.end;
}

} // namespace sleutel
