// The rules behind signals that more than one place raises: the signals report judges the
// report's period, the profile card the last four weeks, and both must call the same thing
// overload.
#pragma once
#include "model/config.hpp"
#include "model/profile.hpp"

#include <optional>
#include <string>

namespace sleutel {

// Logged time against what a key person can carry.
struct Workload {
    Minutes logged = 0;
    Minutes contracted = 0;           // what their assignments agree, pro rata
    std::optional<Minutes> available; // their own availability, when an agreement gives one
};

// Which limit the logged time went over by more than the configured ratio. Their own
// availability is looked at first: assignments can promise more than the person has.
enum class Overload { none, over_available, over_contract };
Overload overload(const Workload& work, double limit);

// The span the work was logged over, named in the signal's wording.
enum class WorkSpan { report_period, last_4_weeks };

// The `overload` signal for `handle`, if the work is over a limit.
std::optional<Alert> overload_alert(const std::string& handle, const Workload& work,
                                    const Config& config, WorkSpan span);

} // namespace sleutel
