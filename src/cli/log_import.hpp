// `sleutel log import FILE.csv`, and the referral syntax it shares with `log --refer`.
#pragma once
#include "cli/env.hpp"
#include "model/entities.hpp"

namespace sleutel::cli {
// `TARGET` or `TARGET:N`.
Referral parse_referral(const std::string& text);
void setup_log_import(CLI::App& log_command, Context& ctx);
} // namespace sleutel::cli
