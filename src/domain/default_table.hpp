// The default configuration as a table, built from literals generated at build time from the
// same file default_toml() holds (cmake/embed_default_config.cpp): the same table a parse would
// give, without parsing. Its nodes carry no source positions, so no error may point into it.
#pragma once
#include <toml++/toml.h>

namespace sleutel::config {
toml::table build_default_table();
}
