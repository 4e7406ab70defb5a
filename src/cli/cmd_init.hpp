// `sleutel init`: create the database.
#pragma once
#include "cli/env.hpp"

namespace sleutel::cli {

struct InitOptions {
    bool force = false;
};

void setup_init(CLI::App& root, Context& ctx);

} // namespace sleutel::cli
