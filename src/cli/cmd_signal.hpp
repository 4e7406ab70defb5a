// `sleutel signal`: community signals a key person gathered, and what became of them.
#pragma once
#include "cli/env.hpp"
#include "model/entities.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sleutel::cli {

struct SignalOptions {
    Id id = 0;
    std::string text; // add: the signal; answer: the answer
    std::string org;  // forward
    std::optional<std::string> date, on, person;
    std::vector<std::string> themes;
    std::optional<std::string> new_text; // edit --text
    // signal list
    PeriodOptions period;
    std::optional<std::string> status, person_filter, theme_filter;
};

void setup_signal(CLI::App& root, Context& ctx);

} // namespace sleutel::cli
