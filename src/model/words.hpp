// The words people read for the ids sleutel stores and JSON keeps: `active`, `volunteer`,
// `intervision_overdue`, `warning`. Documents in a human format show the word in the
// programme's language; JSON and the default CSV keep the id.
#pragma once
#include "util/i18n.hpp"

#include <string>
#include <string_view>

namespace sleutel {

// The vocabularies a column's ids can come from (Column::words).
namespace words {
inline constexpr std::string_view person_status = "person status";
inline constexpr std::string_view contract_form = "contract form";
inline constexpr std::string_view gender = "gender";
inline constexpr std::string_view scope = "scope";
inline constexpr std::string_view alert_kind = "alert kind";
inline constexpr std::string_view severity = "severity";
inline constexpr std::string_view hours_status = "hours status";
inline constexpr std::string_view goal_state = "goal state";
inline constexpr std::string_view allowance_cap = "allowance cap";
inline constexpr std::string_view audit_entity = "audit entity";
inline constexpr std::string_view audit_action = "audit action";
inline constexpr std::string_view language_level = "language level";
inline constexpr std::string_view progress_status = "progress status"; // ahead, on_track, behind
inline constexpr std::string_view signal_status = "signal status";
// Language codes, shown as `Arabisch (ar)` (util/values.hpp: language_label).
inline constexpr std::string_view language = "language";
inline constexpr std::string_view total = "total"; // the keys of a report's totals
} // namespace words

// The word for `id` of `vocabulary` in `language`; the id itself when the vocabulary does not
// know it (a config id, say).
std::string word_for(Language language, std::string_view vocabulary, std::string_view id);
// `yes` or `no`.
const char* yes_no(Language language, bool value);

} // namespace sleutel
