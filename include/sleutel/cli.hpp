// The command line: parses arguments, runs the command, and turns every failure into
// `sleutel: error: ...` and its exit code.
#pragma once
#include <ostream>
#include <string>
#include <vector>

namespace sleutel::cli {

// `args` holds the arguments after the program name.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace sleutel::cli
