// Rendering a ProfileCard.
#pragma once
#include "model/config.hpp"
#include "model/profile.hpp"

#include <string>

namespace sleutel::cli {
std::string profile_json(const ProfileCard& card, Date today);
std::string profile_text(const ProfileCard& card, const Config& config, Date today, bool markdown);
} // namespace sleutel::cli
