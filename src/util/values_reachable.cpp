// Reachable times: the weekdays and hours a key person has agreed to be reached.
#include "util/values.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/values_detail.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace sleutel {

using values_detail::english_days;

namespace {

// A function, not a constant: the hint is in the user's language, known only once running.
std::string reachable_hint() {
    return _("write DAYS@HH:MM-HH:MM, such as mon-fri@09:00-17:00, mon,wed,fri@18:00-21:30 or "
             "za,zo@10:00-14:00");
}

[[noreturn]] void reachable_error(std::string_view text, const std::string& why) {
    throw DataError(_f("not a reachable time: '{}': {}", text, why), reachable_hint());
}

} // namespace

Reachable parse_reachable(std::string_view text) {
    const auto at = text.find('@');
    if (at == std::string_view::npos)
        reachable_error(text, _("no '@' between the days and the hours"));
    const auto day = [&](std::string_view name) {
        if (name.empty())
            reachable_error(text, _("a day is missing"));
        const auto number = parse_weekday(name);
        if (!number)
            reachable_error(text, _f("'{}' is not a weekday", name));
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
            reachable_error(text, _f("the range '{}' starts and ends on one day", item));
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
        reachable_error(text, _("the hours are not HH:MM-HH:MM"));
    const auto time = [&](std::string_view part) {
        try {
            return parse_time_of_day(part);
        } catch (const DataError&) {
            reachable_error(text, _f("'{}' is not a time of day", part));
        }
    };
    r.start = time(hours.substr(0, dash));
    const std::string_view end = hours.substr(dash + 1);
    r.end = end == "24:00" ? 24 * 60 : time(end);
    if (r.end <= r.start)
        reachable_error(text, _("the hours must end after they start, on the same day"));
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
