// Parsers and formatters for the values users type: handles, dates, times, durations, periods,
// money, distances and languages. Parsers throw DataError with a message that names the input.
#pragma once
#include "util/date.hpp"
#include "util/i18n.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sleutel {

using Minutes = std::int64_t; // durations are whole minutes
using Cents = std::int64_t;   // money is whole euro cents

// a / b to the nearest whole number, halves up: cents from cent-minutes or cent-tenths of a km.
inline std::int64_t rounded_div(std::int64_t a, std::int64_t b) {
    return (a + b / 2) / b;
}

// Whether `text` is well-formed UTF-8 (no stray bytes from a Latin-1 file or a cut-off copy).
bool valid_utf8(std::string_view text);

// `[a-z][a-z0-9-]{1,31}`.
bool is_handle(std::string_view text);
std::string parse_handle(std::string_view text, std::string_view what = "handle");

// `YYYY-MM-DD`, `today`, `yesterday`, `-3d`, or a weekday (`mon`..`sun`, `ma`..`zo`) meaning the
// most recent one on or before today.
Date parse_date(std::string_view text, Date today);
// Only `YYYY-MM-DD`; for stored values and config.
std::optional<Date> parse_iso_date(std::string_view text);
// `D-M-YYYY` or `D/M/YYYY` (also `DD-MM-YYYY`, `DD/MM/YYYY`): how a spreadsheet in a Dutch locale
// writes a date. Nothing for text of another shape; DataError for one of this shape whose day
// does not exist (`30-2-2026`), so a typing error is not taken for some other kind of text.
std::optional<Date> parse_day_month_year(std::string_view text);
// A date in a cell of an imported file: what parse_date reads and, with `day_month_year` (a file
// separated by `;`, as Dutch Excel saves it), also parse_day_month_year's forms. Outside that
// mode `20-11-2026` is refused, as `11-20-2026` could be meant the other way round. A
// spreadsheet's serial day number (`46000`, a date cell formatted as a number) is refused with a
// hint of its own. Without `words`, only the forms of a calendar date (for a birth date): no
// `today`, `-3d` or weekday.
Date parse_file_date(std::string_view text, Date today, bool day_month_year, bool words = true);

// `HH:MM` on a 24-hour clock, as minutes after midnight.
int parse_time_of_day(std::string_view text);
std::string format_time_of_day(int minutes_after_midnight);

// `90m`, `1h`, `1h30`, `1h30m`, `1.5h`, `1:30`, `1u30`; more than 0 and at most 24 hours.
Minutes parse_duration(std::string_view text);
// `1:30`, the way people read a duration.
std::string format_duration(Minutes minutes);

// Contracted hours such as `18` or `4.5`, as minutes (per week).
Minutes parse_hours(std::string_view text);

struct Period {
    Date from;
    Date to;           // inclusive
    std::string label; // `2026-W47`, `2026-11`, `2026-11-01..2026-11-15`; used in file names
};
// See sleutel-dates(7): named periods, years, quarters, months, ISO weeks, days and `A..B`.
Period parse_period(std::string_view text, Date today);
Period period_between(std::optional<Date> from, std::optional<Date> to);

// In words, for documents: `1 december 2026` (Dutch months in lower case) or `1 December 2026`.
std::string format_date_in_words(Date date, Language language);
// The month of `date` in words: `november 2026`.
std::string format_month_in_words(Date date, Language language);
// A period in words: `november 2026`, `week 47 2026`, `2026`, `1 – 15 november 2026`.
std::string format_period_in_words(const Period& period, Language language);
// A moment `YYYY-MM-DDTHH:MM:SSZ` in local time, in words: `1 december 2026 om 10:18`. Other
// text comes back as it is.
std::string format_moment_in_words(std::string_view iso_utc, Language language);

// `12,50`, `12.50`, `12`, `€ 12,50`: not negative.
Cents parse_money(std::string_view text);
// `€ 12,50` (nl) or `€12.50` (en).
std::string format_money(Cents cents, Language language);
// A ratio with two decimals: `1,38` (nl) or `1.38` (en).
std::string format_decimal(double value, Language language);

// Kilometres with at most one decimal, as tenths of a km.
std::int64_t parse_km_tenths(std::string_view text);
std::string format_km(std::int64_t tenths);

// Seconds such as `5`, `0.5` or `0,25` (at most 3600), as milliseconds.
std::int64_t parse_seconds_ms(std::string_view text);

// A count of people or referrals: a whole number from 0 up (at most 1000000000).
std::int64_t parse_count(std::string_view text, std::string_view what);

// An activity's external ref with the spaces around it taken off, so `R1 ` and `R1` are one
// ref; control characters and line breaks are refused (DataError).
std::string parse_ref(std::string_view text);

// A phone number: digits with perhaps a leading `+`, spaces, dashes and brackets; 8 to 15 digits.
bool is_phone_number(std::string_view text);
// An e-mail address: one `@`, a local part, a domain with a dot, no spaces or control characters.
bool is_email_address(std::string_view text);

// Whether `text` is a well-formed number (digits, perhaps a decimal part with `.` or `,`, perhaps
// an exponent) whose value is past `max`: such input is "too large", not "not a number".
bool number_too_large(std::string_view text, double max);

enum class Level { a1, a2, b1, b2, c1, c2, native };
struct LanguageSkill {
    std::string code; // ISO 639-1, else 639-3
    std::optional<Level> level;
};
// `ti:native`, `nl:B1`; with level_required false also a bare `ti`.
LanguageSkill parse_language(std::string_view text, bool level_required = true);
bool is_language_code(std::string_view code);
std::string format_level(Level level);
// A language's name in `language` (`Arabisch`, `Arabic`); an unknown code is itself.
std::string language_name(std::string_view code, Language language);
// How documents show a language: its name with the code, `Arabisch (ar)`, so a reader knows the
// language and can still find the code they type; an unknown code is shown as it is.
std::string language_label(std::string_view code, Language language);

// A weekday named in English (`mon`..`sun`) or Dutch (`ma`..`zo`, or in full `maandag`..
// `zondag`), in any case, as its ISO number (1 = Monday .. 7 = Sunday); nothing for any other
// text. The one reader of day names: dates,
// working hours and reachable times all go through it, so they accept the same names.
std::optional<unsigned> parse_weekday(std::string_view name);

// When a key person has agreed to be reached: one window of time on some weekdays. Work outside
// it is after hours for them, whatever the programme's working hours.
struct Reachable {
    std::vector<unsigned> days; // ISO 1 = Monday .. 7 = Sunday, sorted, unique
    int start = 0;              // minutes after midnight, inclusive
    int end = 0;                // minutes after midnight, exclusive; 1440 is midnight at the end
    bool operator==(const Reachable&) const = default;
};
// `DAYS@HH:MM-HH:MM`: `mon-fri@09:00-17:00`, `mon,wed,fri@18:00-21:30`, `za,zo@10:00-14:00`.
// DAYS is a comma list of day names (parse_weekday) and ranges; a range may wrap past Sunday
// (`fri-mon` is Friday to Monday). The window ends after it starts, on the same day: `24:00` is
// the latest end, and a window past midnight cannot be written.
Reachable parse_reachable(std::string_view text);
// The canonical text, in English day names: runs of three or more days become a range
// (`mon-fri`), shorter ones a list (`sat,sun`); a week is read from Monday, never wrapping.
std::string format_reachable(const Reachable& reachable);
// Whether `minute_of_day` (minutes after midnight) of `day` falls inside the window.
bool is_reachable(const Reachable& reachable, Date day, int minute_of_day);

} // namespace sleutel
