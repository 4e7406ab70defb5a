// `sleutel register import persons|orgs FILE.csv`: all rows or none.
#pragma once
#include "cli/env.hpp"

namespace sleutel::cli {
void setup_register_import(CLI::App& register_command, Context& ctx);
}
