// Reading a whole input file (config, CSV) with the exit code each failure deserves.
#pragma once
#include <string>
#include <string_view>

namespace sleutel {

// Missing or not a regular file: NoInputError `WHAT not found: PATH` (with `missing_hint`);
// unreadable: PermissionError.
std::string read_input_file(const std::string& path, std::string_view what,
                            const std::string& missing_hint = {});

} // namespace sleutel
