// Dates, periods and moments in words, the way a letter to a municipality writes them: `1
// december 2026` in Dutch (months in lower case), `1 December 2026` in English.
#include "util/values.hpp"

#include <array>
#include <cstdio>
#include <ctime>
#include <fmt/format.h>

namespace sleutel {

namespace {

constexpr std::array<const char*, 12> month_names{
    N_("January"), N_("February"), N_("March"),     N_("April"),   N_("May"),      N_("June"),
    N_("July"),    N_("August"),   N_("September"), N_("October"), N_("November"), N_("December")};

std::string month_name(std::chrono::month m, Language language) {
    return tr(language, month_names[static_cast<unsigned>(m) - 1]);
}

int year_of(Date d) {
    return static_cast<int>(d.year());
}

unsigned day_of(Date d) {
    return static_cast<unsigned>(d.day());
}

Date last_of_month(Date d) {
    return Date{d.year() / d.month() / std::chrono::last};
}

} // namespace

std::string format_date_in_words(Date date, Language language) {
    return fmt::format("{} {} {}", day_of(date), month_name(date.month(), language), year_of(date));
}

std::string format_month_in_words(Date date, Language language) {
    return fmt::format("{} {}", month_name(date.month(), language), year_of(date));
}

std::string format_period_in_words(const Period& period, Language language) {
    const Date from = period.from;
    const Date to = period.to;
    if (from == to)
        return format_date_in_words(from, language);
    // A whole ISO week, by its number and ISO year (week 1 may begin in December).
    if (iso_weekday(from) == 1 && to == add_days(from, 6)) {
        const IsoWeek w = iso_week_of(from);
        return tr_f(language, "week {} {}", w.week, w.year);
    }
    const bool first = day_of(from) == 1;
    const bool whole_months = first && to == last_of_month(to);
    if (whole_months && from.year() == to.year() && from.month() == to.month())
        return format_month_in_words(from, language);
    if (whole_months && from.year() == to.year() && static_cast<unsigned>(from.month()) == 1 &&
        static_cast<unsigned>(to.month()) == 12)
        return fmt::format("{}", year_of(from));
    if (whole_months)
        return fmt::format("{} – {}", format_month_in_words(from, language),
                           format_month_in_words(to, language));
    // Within one month, the month is said once: `1 – 15 november 2026`.
    if (from.year() == to.year() && from.month() == to.month())
        return fmt::format("{} – {}", day_of(from), format_date_in_words(to, language));
    return fmt::format("{} – {}", format_date_in_words(from, language),
                       format_date_in_words(to, language));
}

std::string format_moment_in_words(std::string_view iso_utc, Language language) {
    // `YYYY-MM-DDTHH:MM:SSZ`, as Clock::now_utc() writes it; shown in local time, the time the
    // reader's clock showed when the report was made.
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    const std::string text(iso_utc);
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2dZ", &year, &month, &day, &hour, &minute,
                    &second) != 6)
        return text;
    std::tm utc{};
    utc.tm_year = year - 1900;
    utc.tm_mon = month - 1;
    utc.tm_mday = day;
    utc.tm_hour = hour;
    utc.tm_min = minute;
    utc.tm_sec = second;
    const std::time_t moment = timegm(&utc);
    std::tm local{};
    localtime_r(&moment, &local);
    const Date date{std::chrono::year{local.tm_year + 1900},
                    std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)},
                    std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
    return tr_f(language, "{} at {}", format_date_in_words(date, language),
                fmt::format("{:02}:{:02}", local.tm_hour, local.tm_min));
}

} // namespace sleutel
