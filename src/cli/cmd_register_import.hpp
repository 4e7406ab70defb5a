// `sleutel register import persons|orgs FILE.csv`: all rows or none.
#pragma once
#include "cli/env.hpp"

#include <string>

namespace sleutel::cli {

struct RegisterImportOptions {
    std::string kind; // persons or orgs
    std::string file;
    bool dry_run = false;
};

void setup_register_import(CLI::App& register_command, Context& ctx);

} // namespace sleutel::cli
