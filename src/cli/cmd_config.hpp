// `sleutel config`: write, validate and inspect configuration files.
#pragma once
#include "cli/env.hpp"

namespace sleutel::cli {

void setup_config(CLI::App& root, Context& ctx);

} // namespace sleutel::cli
