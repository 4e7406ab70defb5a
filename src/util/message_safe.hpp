// Text that echoes what a user or a file gave, made safe to print on a terminal: an error
// message must not be able to move the cursor, set the window title or ring the bell, nor fill
// the screen with a 50 MB cell.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace sleutel {

// Control characters (C0, DEL, C1), bidirectional overrides and bytes that are not UTF-8 are
// shown as escapes (`\x1b`, `\u202e`); a quoted value ('...') longer than `max_value`
// characters, a run without spaces longer than twice that, and the whole text past
// `max_text` characters are cut with an ellipsis.
std::string message_safe(std::string_view text, std::size_t max_value = 80,
                         std::size_t max_text = 400);

} // namespace sleutel
