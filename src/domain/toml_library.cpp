// The one translation unit that compiles toml++ itself, so the binary needs no shared library for
// it (CMakeLists.txt: sleutel_toml). Kept out of the unity batches: there another source could
// include the header first, without the implementation.
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
