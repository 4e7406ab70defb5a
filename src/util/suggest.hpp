// "Did you mean ...?": the closest known word to a mistyped one.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sleutel {

// Levenshtein distance in bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a likely typo (or `word` is a
// prefix of exactly that candidate).
std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string>& candidates);

} // namespace sleutel
