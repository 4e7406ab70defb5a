// The reports a programme owes its municipality: what was done (summary, reach, referrals), by
// whom against what was agreed (hours, allowance), where languages are missing (coverage), and
// what needs attention (alerts), what the community signalled and what became of it (signals),
// and how far the year's targets are met (progress). Each report is a table plus totals; `weekly`
// and `monthly` bundle several into one document.
#pragma once
#include "model/config.hpp"
#include "model/report_document.hpp"
#include "store/store.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sleutel {

enum class ReportKind {
    summary,
    hours,
    allowance,
    reach,
    referrals,
    coverage,
    alerts,
    signals,
    progress,
    weekly,
    monthly
};
std::optional<ReportKind> report_kind(std::string_view name);
std::string_view report_kind_name(ReportKind kind);
std::vector<std::string> report_kind_names();
bool is_combined(ReportKind kind);
// `lastweek` for weekly and the single kinds, `lastmonth` for monthly.
std::string_view default_period(ReportKind kind);
// The dimensions `--by` accepts for summary and reach.
std::vector<std::string> report_dimensions();

// The calendar months a period touches, whole: the volunteer allowance is a monthly sum by law.
// The label says so (`2026-11 (whole month)`) when the period had to grow.
Period whole_months(const Period& period);

struct ReportRequest {
    Period period;
    std::optional<std::string> by;           // summary and reach; default person / theme
    std::optional<std::string> person;       // a handle or unique prefix, as typed
    std::optional<std::string> municipality; // a CBS code
    Date today;
};

// A database to report on; `name` keeps persons of different databases apart when there are
// several (`haarlem:amira`).
struct ReportSource {
    Store* store;
    std::string name;
};

// Whether to gather the extra tables the html charts draw from.
enum class Charts { without, with };

// Builds the report from every source: persons stay apart, counts per theme, type, month and
// municipality add up. `Charts::with` also gathers what the html charts need.
ReportDocument build_report(const std::vector<ReportSource>& sources, const Config& config,
                            ReportKind kind, const ReportRequest& request, Charts charts);

// Whether a document holds any signal (`report ... --check`).
bool has_alerts(const ReportDocument& document);

} // namespace sleutel
