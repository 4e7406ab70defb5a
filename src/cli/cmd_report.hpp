// `sleutel report`: reports from one or several databases.
#pragma once
#include "cli/env.hpp"

#include <optional>
#include <string>

namespace sleutel::cli {

struct ReportOptions {
    std::string kind;
    PeriodOptions period;
    std::optional<std::string> by;
    std::optional<std::string> person;
    std::optional<std::string> municipality;
    bool check = false;
};

void setup_report(CLI::App& root, Context& ctx);

} // namespace sleutel::cli
