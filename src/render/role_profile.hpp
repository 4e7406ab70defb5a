// A recruitment job profile (functieprofiel) for one role, as Markdown or a self-contained HTML
// page a municipality could publish.
#pragma once
#include "model/config.hpp"

#include <optional>
#include <string>

namespace sleutel::cli {
std::string role_profile(const Config& config, const Role& role, const Municipality* municipality,
                         std::optional<Minutes> minutes_per_week, bool html);
}
