// `sleutel register`: who the key persons and chain partners are.
#pragma once
#include "cli/env.hpp"
#include "domain/import_fields.hpp"
#include "store/people_store.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sleutel::cli {

// Flags that are simply copied into FieldTexts under their option name.
struct TextFlags {
    std::map<std::string, std::optional<std::string>> values;
    std::vector<std::string> langs;
    std::vector<std::string> trainings;

    // The flags given, as an import row would give them.
    FieldTexts texts() const;
};

struct RegisterOptions {
    std::string handle;
    bool update = false;
    TextFlags flags;
};

struct RegisterDeleteOptions {
    std::string handle;
    std::optional<db::Kind> kind; // when a person and an organisation share the handle
};

void setup_register(CLI::App& root, Context& ctx);

} // namespace sleutel::cli
