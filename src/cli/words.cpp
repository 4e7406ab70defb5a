// Each id is spelled out as a literal, so that the catalogue's extraction finds every word.
#include "cli/words.hpp"

#include <fmt/format.h>

namespace sleutel::cli {

std::string status_word(Language language, const std::string& id) {
    if (id == "active")
        return trc(language, "person status", "active");
    if (id == "paused")
        return trc(language, "person status", "paused");
    if (id == "left")
        return trc(language, "person status", "left");
    return id;
}

std::string contract_word(Language language, const std::string& id) {
    if (id == "volunteer")
        return trc(language, "contract form", "volunteer");
    if (id == "employed")
        return trc(language, "contract form", "employed");
    if (id == "internship")
        return trc(language, "contract form", "internship");
    if (id == "freelance")
        return trc(language, "contract form", "freelance");
    return id;
}

std::string scope_word(Language language, const std::string& id) {
    if (id == "local")
        return trc(language, "assignment scope", "local");
    if (id == "regional")
        return trc(language, "assignment scope", "regional");
    return id;
}

std::string entity_word(Language language, const std::string& id) {
    if (id == "activity")
        return trc(language, "audit entity", "activity");
    if (id == "assignment")
        return trc(language, "audit entity", "assignment");
    if (id == "database")
        return trc(language, "audit entity", "database");
    if (id == "goal")
        return trc(language, "audit entity", "goal");
    if (id == "organisation")
        return trc(language, "audit entity", "organisation");
    if (id == "person")
        return trc(language, "audit entity", "person");
    if (id == "training")
        return trc(language, "audit entity", "training");
    return id;
}

std::string action_word(Language language, const std::string& id) {
    if (id == "create")
        return trc(language, "audit action", "create");
    if (id == "update")
        return trc(language, "audit action", "update");
    if (id == "delete")
        return trc(language, "audit action", "delete");
    if (id == "erase")
        return trc(language, "audit action", "erase");
    if (id == "agreement")
        return trc(language, "audit action", "agreement");
    return id;
}

std::string language_word(Language language, const LanguageSkill& skill) {
    const Level level = skill.level.value_or(Level::b1);
    return fmt::format("{}:{}", skill.code,
                       level == Level::native ? trc(language, "language level", "native")
                                              : format_level(level));
}

} // namespace sleutel::cli
