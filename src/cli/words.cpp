// The cli's names for the vocabularies of model/words.hpp.
#include "cli/words.hpp"

#include "model/words.hpp"

#include <fmt/format.h>

namespace sleutel::cli {

std::string status_word(Language language, const std::string& id) {
    return word_for(language, words::person_status, id);
}

std::string contract_word(Language language, const std::string& id) {
    return word_for(language, words::contract_form, id);
}

std::string scope_word(Language language, const std::string& id) {
    return word_for(language, words::scope, id);
}

std::string entity_word(Language language, const std::string& id) {
    return word_for(language, words::audit_entity, id);
}

std::string action_word(Language language, const std::string& id) {
    return word_for(language, words::audit_action, id);
}

std::string language_word(Language language, const LanguageSkill& skill) {
    const Level level = skill.level.value_or(Level::b1);
    return fmt::format("{}:{}", skill.code,
                       level == Level::native ? word_for(language, words::language_level, "native")
                                              : format_level(level));
}

} // namespace sleutel::cli
