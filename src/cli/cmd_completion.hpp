// Shell completion: the `completion` command prints a script, and the script asks
// `sleutel __complete WORDS...` (hidden) for what may come next. `sleutel completion commands`
// (also hidden: SHELL's help names only the shells) prints the command tree, one command path a
// line, for scripts that go through every command.
#pragma once
#include "cli/env.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace sleutel::cli {

void setup_completion(CLI::App& root, Context& ctx);

// Prints, one a line, what may stand in the place of the last of `words` (the words after
// `sleutel`, the last one being typed): commands, options, or values from the config and the
// database (those --db and --config name, if the words give them). Prints nothing where the
// shell should complete file names, and never an error.
int complete(CLI::App& root, const std::vector<std::string>& words, Globals& globals,
             std::ostream& out);

} // namespace sleutel::cli
