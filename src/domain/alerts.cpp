// One overload rule for the signals report and the profile card.
#include "domain/alerts.hpp"

#include <fmt/format.h>

namespace sleutel {

namespace {

bool over(Minutes logged, Minutes limit_of, double limit) {
    return static_cast<double>(logged) > limit * static_cast<double>(limit_of);
}

} // namespace

Overload overload(const Workload& work, double limit) {
    if (work.available && over(work.logged, *work.available, limit))
        return Overload::over_available;
    if (work.contracted > 0 && over(work.logged, work.contracted, limit))
        return Overload::over_contract;
    return Overload::none;
}

std::optional<Alert> overload_alert(const std::string& handle, const Workload& work,
                                    const Config& config, WorkSpan span) {
    const Language lang = config.programme.language;
    const bool four_weeks = span == WorkSpan::last_4_weeks;
    std::string detail;
    switch (overload(work, config.alerts.overload_ratio)) {
    case Overload::none:
        return std::nullopt;
    case Overload::over_available:
        detail = fmt::format(
            fmt::runtime(four_weeks ? tr(lang, "{} logged in 4 weeks against {} available")
                                    : tr(lang, "{} logged against {} available")),
            format_duration(work.logged), format_duration(*work.available));
        break;
    case Overload::over_contract:
        // A report line stands alone and carries the ratio; the card's sits under its own lines of
        // logged and contracted time.
        detail = four_weeks ? tr_f(lang, "{} logged in 4 weeks against {} contracted",
                                   format_duration(work.logged), format_duration(work.contracted))
                            : tr_f(lang, "{} logged against {} contracted ({})",
                                   format_duration(work.logged), format_duration(work.contracted),
                                   format_decimal(static_cast<double>(work.logged) /
                                                      static_cast<double>(work.contracted),
                                                  lang));
        break;
    }
    return Alert{AlertKind::overload, handle, std::move(detail), Severity::warning};
}

} // namespace sleutel
