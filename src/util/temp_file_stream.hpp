// Output to a stream from a writer that can only write files (libxlsxwriter).
#pragma once
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace sleutel {

// Runs `produce` with a path named `file_name` in a private temporary folder, then copies the
// file it wrote to `out`; the folder is removed afterwards, also when `produce` throws. `what`
// names the output in the error when no folder can be made ("the workbook").
void stream_via_temp_file(std::string_view file_name, std::string_view what,
                          const std::function<void(const std::string& path)>& produce,
                          std::ostream& out);

} // namespace sleutel
