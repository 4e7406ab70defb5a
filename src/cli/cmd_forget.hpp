// `sleutel forget`: erase a key person's personal data on request.
#pragma once
#include "cli/env.hpp"

#include <string>

namespace sleutel::cli {

struct ForgetOptions {
    std::string person;
    bool yes = false;
};

void setup_forget(CLI::App& root, Context& ctx);

} // namespace sleutel::cli
