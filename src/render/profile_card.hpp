// Rendering a ProfileCard.
#pragma once
#include "model/config.hpp"
#include "model/profile.hpp"
#include "render/render.hpp"

#include <string>

namespace sleutel {
std::string profile_json(const ProfileCard& card, Date today);
// As a plain text card (Format::table) or Markdown (Format::md).
std::string profile_text(const ProfileCard& card, const Config& config, Date today, Format format);
} // namespace sleutel
