// Loading the programme's configuration: the embedded default, a user file over it, and where
// that file is found (see sleutel.toml(5)).
#pragma once
#include "model/config.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace sleutel {
namespace config {

// The commented default, exactly as compiled in (`sleutel config template`).
std::string_view template_text();

// Parses `text` (named `source_name` in messages) as a user file over the default: each top-level
// section it defines replaces the default's. Throws ConfigError `FILE:LINE:COL: key: why`.
Config load_text(std::string_view text, std::string_view source_name);
Config load_default();
// Reads and loads a file; a missing or unreadable file is NoInputError.
Config load_file(const std::string& path);

// Where the effective config comes from: `--config` > $SLEUTEL_CONFIG > XDG file if it exists.
// An empty result means the embedded default.
std::optional<std::string> locate(const std::optional<std::string>& flag);

// The effective config after merging `path` (if any) over the default, as TOML or JSON
// (`sleutel config show`). The file is validated first.
std::string effective_text(const std::optional<std::string>& path, bool as_json);

} // namespace config
} // namespace sleutel
