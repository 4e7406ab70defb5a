// `sleutel log import FILE.csv`: all rows or none; rows whose ref is already logged skipped.
#pragma once
#include "cli/env.hpp"

#include <string>

namespace sleutel::cli {

struct LogImportOptions {
    std::string file;
    bool dry_run = false;
};

void setup_log_import(CLI::App& log_command, Context& ctx);

} // namespace sleutel::cli
