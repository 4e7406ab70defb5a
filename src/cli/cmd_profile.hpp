// `sleutel profile`: the card, the list, development records, job profiles and matching.
#pragma once
#include "cli/env.hpp"
#include "model/entities.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sleutel::cli {

struct ProfileOptions {
    std::string person;
    // profile list
    std::optional<std::string> municipality, role, status;
    bool all = false; // also erased persons
    // goal, training, status
    std::string text;
    std::optional<std::string> due, on;
    Id goal_id = 0;
    std::string new_status;
    // role
    std::string role_id;
    std::optional<std::string> hours;
    // match
    std::vector<std::string> langs;
    std::optional<std::string> gender;
    // agreement
    std::optional<std::string> from, contract, allowance, available, reachable, other_allowance;
    std::optional<bool> benefit;
};

void setup_profile(CLI::App& root, Context& ctx);

} // namespace sleutel::cli
