// `sleutel assign`: who works where, in which role, for how many hours.
#pragma once
#include "cli/env.hpp"
#include "model/entities.hpp"

#include <optional>
#include <string>

namespace sleutel::cli {

struct AssignOptions {
    std::string person;
    std::string organisation;
    std::string role;
    std::optional<std::string> hours, from, until, contract, supervisor;
    std::string scope = "local";
    std::optional<std::string> funding;
};

struct AssignEndOptions {
    Id id = 0;
    std::optional<std::string> on;
};

struct AssignListOptions {
    std::optional<std::string> person, organisation, role, active_on;
};

void setup_assign(CLI::App& root, Context& ctx);

} // namespace sleutel::cli
