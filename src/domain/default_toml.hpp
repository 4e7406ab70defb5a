// Access to the default configuration compiled into the binary.
#pragma once
#include <string_view>

namespace sleutel::config {
std::string_view default_toml();
}
