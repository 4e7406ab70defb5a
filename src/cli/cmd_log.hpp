// `sleutel log`: what key persons did; list, edit, delete and import.
#pragma once
#include "cli/env.hpp"
#include "model/entities.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sleutel::cli {

// The optional flags shared by `log` and `log edit`.
struct LogFlags {
    std::optional<std::string> date, at, role, org, reached, km, expense, ref, note, type, duration;
    std::optional<std::string> questions, professionals;
    std::optional<std::string> person; // log edit only: move the activity to this key person
    std::vector<std::string> themes, refers;
    bool after_hours = false;
};

struct LogOptions {
    std::string person, type, duration;
    Id id = 0;
    LogFlags flags;
    // log list
    PeriodOptions period;
    std::optional<std::string> person_filter, type_filter, theme_filter;
};

void setup_log(CLI::App& root, Context& ctx);

} // namespace sleutel::cli
