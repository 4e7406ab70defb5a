// Dates, weekdays and times of day as users type them.
#include "util/values.hpp"

#include "util/error.hpp"
#include "util/values_detail.hpp"

#include <fmt/format.h>

namespace sleutel {

using namespace values_detail;

namespace {

using namespace std::chrono;

std::optional<Date> make_date(int y, unsigned m, unsigned d) {
    const Date date{year{y}, month{m}, day{d}};
    if (!date.ok())
        return std::nullopt;
    return date;
}

std::string date_hint() {
    return _("write YYYY-MM-DD, today, yesterday, -3d, or a weekday such as mon");
}

// Four digits, a dash, two digits, a dash, two digits: a date that may not exist.
bool is_iso_date_shape(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-')
        return false;
    for (std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U})
        if (t[i] < '0' || t[i] > '9')
            return false;
    return true;
}

// The three parts of `D-M-YYYY` or `D/M/YYYY` (one separator, used twice): day and month of one
// or two digits, a year of four.
struct DayMonthYear {
    std::string_view day, month, year;
};
std::optional<DayMonthYear> day_month_year_shape(std::string_view t) {
    const auto first = t.find_first_of("-/");
    if (first == std::string_view::npos || first < 1 || first > 2)
        return std::nullopt;
    const auto second = t.find(t[first], first + 1);
    if (second == std::string_view::npos || second - first < 2 || second - first > 3 ||
        t.size() - second != 5)
        return std::nullopt;
    const DayMonthYear parts{t.substr(0, first), t.substr(first + 1, second - first - 1),
                             t.substr(second + 1)};
    if (!all_digits(parts.day) || !all_digits(parts.month) || !all_digits(parts.year))
        return std::nullopt;
    return parts;
}

// A date cell a spreadsheet wrote as its serial day number: five digits (1927 to 2173), perhaps
// with a time of day as a fraction (`46000,5`).
bool is_spreadsheet_serial(std::string_view t) {
    const auto point = t.find_first_of(".,");
    const std::string_view whole = t.substr(0, point);
    if (whole.size() != 5 || !all_digits(whole) || whole[0] == '0')
        return false;
    return point == std::string_view::npos || all_digits(t.substr(point + 1));
}

} // namespace

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
        throw DataError(_f("not a date: '{}'", text), date_hint());
    }
    if (const auto weekday = parse_weekday(t)) {
        const unsigned back = (iso_weekday(today) + 7 - *weekday) % 7;
        return add_days(today, -static_cast<int>(back));
    }
    if (const auto d = parse_iso_date(t))
        return *d;
    if (is_iso_date_shape(t))
        throw DataError(_f("the date '{}' does not exist", text), date_hint());
    throw DataError(_f("not a date: '{}'", text), date_hint());
}

std::optional<Date> parse_day_month_year(std::string_view text) {
    const auto parts = day_month_year_shape(text);
    if (!parts)
        return std::nullopt;
    const auto y = parse_natural(parts->year, 9999);
    const auto m = parse_natural(parts->month, 12);
    const auto d = parse_natural(parts->day, 31);
    if (y && m && d && *y >= 1)
        if (const auto date = make_date(static_cast<int>(*y), static_cast<unsigned>(*m),
                                        static_cast<unsigned>(*d)))
            return date;
    throw DataError(_f("the date '{}' does not exist", text),
                    _("write the day first, D-M-YYYY, or YYYY-MM-DD"));
}

Date parse_file_date(std::string_view text, Date today, bool day_month_year, bool words) {
    if (day_month_year) {
        if (const auto date = parse_day_month_year(text))
            return *date;
    } else if (day_month_year_shape(text)) {
        throw DataError(_f("not a date: '{}'", text),
                        _("write YYYY-MM-DD; D-M-YYYY is read only in a file separated by ';'"));
    }
    if (is_spreadsheet_serial(text))
        throw DataError(_f("not a date: '{}'", text),
                        _("a spreadsheet's day number: format the column as a date, or save the "
                          "file as CSV UTF-8"));
    if (words)
        return parse_date(text, today);
    if (const auto date = parse_iso_date(text))
        return *date;
    if (is_iso_date_shape(text))
        throw DataError(_f("the date '{}' does not exist", text), _("write YYYY-MM-DD"));
    throw DataError(_f("not a date: '{}'", text),
                    day_month_year ? _("write D-M-YYYY or YYYY-MM-DD") : _("write YYYY-MM-DD"));
}

int parse_time_of_day(std::string_view text) {
    const auto colon = text.find(':');
    if (colon != std::string_view::npos && colon >= 1 && colon <= 2 && text.size() == colon + 3) {
        const auto h = parse_natural(text.substr(0, colon), 23);
        const auto m = parse_natural(text.substr(colon + 1), 59);
        if (h && m)
            return static_cast<int>(*h * 60 + *m);
    }
    throw DataError(_f("not a time of day: '{}'", text), _("write HH:MM, 00:00 to 23:59"));
}

std::string format_time_of_day(int minutes) {
    return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60);
}

std::optional<unsigned> parse_weekday(std::string_view name) {
    const std::string t = lower(name);
    for (unsigned i = 0; i < 7; ++i)
        if (t == english_days[i] || t == dutch_days[i] || t == dutch_day_names[i])
            return i + 1;
    return std::nullopt;
}

} // namespace sleutel
