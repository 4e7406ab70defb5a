// The words a person reads for the ids the database stores in English (statuses, contract forms,
// scopes, language levels), in a document's language. JSON and CSV keep the ids themselves.
#pragma once
#include "model/table.hpp"
#include "util/values.hpp"

#include <optional>
#include <string>

namespace sleutel::cli {

// A key person's status: `active` is `actief` in Dutch. An unknown id is shown as it is.
std::string status_word(Language language, const std::string& id);
// A contract form: `volunteer` is `vrijwilliger`.
std::string contract_word(Language language, const std::string& id);
// An assignment's scope: `local` is `lokaal`.
std::string scope_word(Language language, const std::string& id);
// What the audit trail says changed, and how: `person`, `create`.
std::string entity_word(Language language, const std::string& id);
std::string action_word(Language language, const std::string& id);
// A language with its level, as `ti:native` in CSV and JSON and `ti:moedertaal` in a Dutch table.
std::string language_word(Language language, const LanguageSkill& skill);

// A cell that shows the id, or its word when `readable` (see for_people()).
template <class Word>
Value id_cell(const std::optional<std::string>& id, bool readable, Language language, Word word) {
    if (!id)
        return Value{std::monostate{}};
    return Value{readable ? word(language, *id) : *id};
}

} // namespace sleutel::cli
