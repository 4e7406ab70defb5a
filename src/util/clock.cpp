// Today's date from the system clock, or fixed by $SLEUTEL_TODAY.
#include "util/clock.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/values.hpp"

#include <ctime>
#include <fmt/format.h>

namespace sleutel {

namespace {
Date local_today() {
    // The programme works in local (Dutch) days: an activity at 00:30 belongs to that day.
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date{std::chrono::year{local.tm_year + 1900},
                std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)},
                std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
}
} // namespace

Clock::Clock(const std::optional<std::string>& fixed) : today_(local_today()) {
    if (!fixed)
        return;
    const auto date = parse_iso_date(*fixed);
    if (!date)
        throw DataError(_f("SLEUTEL_TODAY is not a date: '{}'", *fixed),
                        _("set it as YYYY-MM-DD, or unset it to use the system date"));
    today_ = *date;
}

std::string Clock::now_utc() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", utc.tm_year + 1900, utc.tm_mon + 1,
                       utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
}

} // namespace sleutel
