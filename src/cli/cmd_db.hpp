// `sleutel db`: check and back up the database.
#pragma once
#include "cli/env.hpp"

namespace sleutel::cli {

void setup_db(CLI::App& root, Context& ctx);

} // namespace sleutel::cli
