// Periods: named ones, years, quarters, months, ISO weeks, days and ranges `A..B`.
#include "util/values.hpp"

#include "util/period_keywords.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/values_detail.hpp"

#include <fmt/format.h>

namespace sleutel {

using namespace values_detail;

namespace {

using namespace std::chrono;

Date first_of_month(Date d) {
    return d.year() / d.month() / 1;
}
Date last_of_month(Date d) {
    return Date{d.year() / d.month() / last};
}

// A function, not a constant: the hint is in the user's language, known only once running.
std::string period_hint() {
    return _f("write {}, 2026, 2026-Q3, 2026-11, 2026-W47, 2026-11-20 or FROM..TO",
              fmt::join(period_keywords, ", "));
}

constexpr Date open_start{year{1}, January, day{1}};
constexpr Date open_end{year{9999}, December, day{31}};

Period month_period(Date d) {
    return Period{
        first_of_month(d), last_of_month(d),
        fmt::format("{:04}-{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()))};
}

Period week_period(int iso_year, unsigned week) {
    const Date monday = iso_week_monday(iso_year, week);
    return Period{monday, add_days(monday, 6), fmt::format("{:04}-W{:02}", iso_year, week)};
}

Period week_period(Date d) {
    const IsoWeek w = iso_week_of(d);
    return week_period(w.year, w.week);
}

Period quarter_period(int y, unsigned q) {
    const Date from{year{y}, month{3 * q - 2}, day{1}};
    return Period{from, last_of_month(Date{year{y}, month{3 * q}, day{1}}),
                  fmt::format("{:04}-Q{}", y, q)};
}

Period year_period(int y) {
    return Period{Date{year{y}, January, day{1}}, Date{year{y}, December, day{31}},
                  fmt::format("{:04}", y)};
}

Period day_period(Date d) {
    return Period{d, d, format_date(d)};
}

// The period each word of period_keywords names, in the list's order: the words themselves are
// defined once, there, for the parser, the completion and the hint alike.
Period quarter_before(Date today) {
    const int y = static_cast<int>(today.year());
    const unsigned q = (static_cast<unsigned>(today.month()) + 2) / 3;
    return q == 1 ? quarter_period(y - 1, 4) : quarter_period(y, q - 1);
}
using NamedPeriod = Period (*)(Date today);
constexpr NamedPeriod named_periods[] = {
    [](Date t) { return day_period(t); },                                 // today
    [](Date t) { return day_period(add_days(t, -1)); },                   // yesterday
    [](Date t) { return week_period(t); },                                // thisweek
    [](Date t) { return week_period(add_days(t, -7)); },                  // lastweek
    [](Date t) { return month_period(t); },                               // thismonth
    [](Date t) { return month_period(add_days(first_of_month(t), -1)); }, // lastmonth
    [](Date t) {                                                          // thisquarter
        return quarter_period(static_cast<int>(t.year()),
                              (static_cast<unsigned>(t.month()) + 2) / 3);
    },
    [](Date t) { return quarter_before(t); },                           // lastquarter
    [](Date t) { return year_period(static_cast<int>(t.year())); },     // thisyear
    [](Date t) { return year_period(static_cast<int>(t.year()) - 1); }, // lastyear
};
static_assert(std::size(named_periods) == std::size(period_keywords));

// A period named after today (`thisweek`, `lastquarter`); `t` is in lower case.
std::optional<Period> named_period(std::string_view t, Date today) {
    for (std::size_t i = 0; i < std::size(period_keywords); ++i)
        if (t == period_keywords[i])
            return named_periods[i](today);
    return std::nullopt;
}

// What follows the year `yr` in `2026-Q3`, `2026-W47` or `2026-11`: `rest` starts with '-'.
std::optional<Period> part_of_year(int yr, std::string_view rest) {
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
                _f("not a period: {} has only {} ISO weeks", yr, iso_weeks_in_year(yr)));
        return week_period(yr, static_cast<unsigned>(*w));
    }
    if (rest.size() == 3 && rest[0] == '-') {
        const auto m = parse_natural(rest.substr(1), 99);
        if (!m || *m < 1)
            return std::nullopt;
        if (*m > 12)
            throw DataError(_f("not a period: there is no month {}", *m));
        return month_period(Date{year{yr}, month{static_cast<unsigned>(*m)}, day{1}});
    }
    return std::nullopt;
}

// A period without `..`.
std::optional<Period> parse_single_period(std::string_view text, Date today) {
    const std::string t = lower(text);
    if (auto named = named_period(t, today))
        return named;
    if (t.size() < 4)
        return std::nullopt;
    const auto y = parse_natural(std::string_view(t).substr(0, 4), 9999);
    if (!y || *y < 1)
        return std::nullopt;
    const int yr = static_cast<int>(*y);
    const std::string_view rest = std::string_view(t).substr(4);
    if (rest.empty())
        return year_period(yr);
    if (auto part = part_of_year(yr, rest))
        return part;
    if (const auto d = parse_iso_date(t))
        return day_period(*d);
    if (t.size() == 10 && t[4] == '-' && t[7] == '-')
        throw DataError(_f("not a period: '{}' is not a date", text));
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

// Dates run from 0001-01-01 to 9999-12-31; a week that crosses either end (9999-W52 ends on
// 10000-01-02) is refused rather than reaching a date no one can write.
Period within_calendar(Period p, std::string_view text) {
    if (to_days(p.from) < to_days(open_start) || to_days(p.to) > to_days(open_end))
        throw DataError(_f("not a period: '{}' runs past {}", text,
                           format_date(to_days(p.to) > to_days(open_end) ? open_end : open_start)),
                        _("dates go from 0001-01-01 to 9999-12-31"));
    return p;
}

} // namespace

Period period_between(std::optional<Date> from, std::optional<Date> to) {
    Period p{from.value_or(open_start), to.value_or(open_end), ""};
    if (to_days(p.from) > to_days(p.to))
        throw DataError(_f("the period starts after it ends: {} is after {}", format_date(p.from),
                           format_date(p.to)));
    p.label = fmt::format("{}..{}", from ? format_date(*from) : "", to ? format_date(*to) : "");
    return p;
}

Period parse_period(std::string_view text, Date today) {
    const auto fail = [&]() -> Period {
        throw DataError(_f("not a period: '{}'", text), period_hint());
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

} // namespace sleutel
