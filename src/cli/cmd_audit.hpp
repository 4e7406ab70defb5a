// `sleutel audit`: who changed what, when.
#pragma once
#include "cli/env.hpp"

namespace sleutel::cli {

struct AuditOptions {
    PeriodOptions period;
};

void setup_audit(CLI::App& root, Context& ctx);

} // namespace sleutel::cli
