// A recruitment job profile (functieprofiel) for one role, as Markdown or a self-contained HTML
// page a municipality could publish.
#pragma once
#include "model/config.hpp"
#include "render/render.hpp"

#include <optional>
#include <string>

namespace sleutel {
// As Markdown (Format::md) or an html page (Format::html).
std::string role_profile(const Config& config, const Role& role, const Municipality* municipality,
                         std::optional<Minutes> minutes_per_week, Format format);
} // namespace sleutel
