// The free-text fields and what each may hold. A new stored text gets a line in `fields` and a
// call to check_free_text(), so no text reaches the database unguarded.
#include "domain/free_text.hpp"

#include "domain/privacy.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/values.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <initializer_list>
#include <string>

namespace sleutel {

namespace {

struct FieldRule {
    TextField field;
    const char* name;   // "the note": how messages name it, translated where shown
    const char* plural; // "notes": for "notes may not hold ..."
    std::size_t max_characters;
    std::initializer_list<const char*> allowed; // kinds of personal data that belong here
};

// An organisation's contact is the organisation's own phone or mailbox; a supervisor is staff,
// named with a title as often as not. Nothing else may hold any kind.
const std::array<FieldRule, 11> fields{{
    {TextField::activity_note, N_("the note"), N_("notes"), 500, {}},
    {TextField::activity_ref, N_("the ref"), N_("refs"), 100, {}},
    {TextField::goal, N_("the goal"), N_("goals"), 500, {}},
    {TextField::training_name, N_("the training name"), N_("training names"), 200, {}},
    {TextField::person_origin, N_("the origin"), N_("fields of a key person"), 200, {}},
    {TextField::person_education, N_("the education"), N_("fields of a key person"), 200, {}},
    {TextField::person_background, N_("the background"), N_("fields of a key person"), 200, {}},
    {TextField::organisation_contact,
     N_("the contact"),
     N_("contacts"),
     200,
     {"a phone number", "an e-mail address", "a name with a title"}},
    {TextField::assignment_supervisor,
     N_("the supervisor"),
     N_("supervisors"),
     200,
     {"a name with a title"}},
    // What the community needs, not who: the same rules as a note, with room for a little more.
    {TextField::signal_text, N_("the signal"), N_("signals"), 1000, {}},
    {TextField::signal_answer, N_("the answer"), N_("answers"), 1000, {}},
}};

const FieldRule& rule_of(TextField field) {
    return *std::find_if(fields.begin(), fields.end(),
                         [field](const FieldRule& r) { return r.field == field; });
}

std::size_t characters(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// Bidirectional embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069) reorder
// what a terminal or spreadsheet shows after them: stored, they could disguise a report.
bool holds_bidi_override(std::string_view text) {
    for (std::size_t at = text.find('\xE2'); at != std::string_view::npos && at + 2 < text.size();
         at = text.find('\xE2', at + 1)) {
        const auto b1 = static_cast<unsigned char>(text[at + 1]);
        const auto b2 = static_cast<unsigned char>(text[at + 2]);
        if ((b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9))
            return true;
    }
    return false;
}

} // namespace

void check_free_text(TextField field, std::string_view text) {
    const FieldRule& rule = rule_of(field);
    if (text.find_first_not_of(" \t") == std::string_view::npos)
        throw DataError(_f("{} cannot be empty", _(rule.name)));
    // Counted before anything else looks at the text, so a huge one costs nothing more.
    if (const std::size_t n = characters(text); n > rule.max_characters)
        throw DataError(_f("{} is {} characters; at most {}", _(rule.name), n, rule.max_characters),
                        field == TextField::activity_note
                            ? _("keep notes short: what was done, not who it was for")
                            : std::string());
    if (std::any_of(text.begin(), text.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
        throw DataError(_f("{} holds control characters", _(rule.name)));
    if (!valid_utf8(text))
        throw DataError(_f("{} is not valid UTF-8 text", _(rule.name)),
                        _("save the file or terminal input as UTF-8"));
    const auto kind = personal_data_in(text);
    if (!kind || std::any_of(rule.allowed.begin(), rule.allowed.end(),
                             [&](const char* allowed) { return *kind == allowed; })) {
        // After the guard, so data hidden between overrides is named for what it is.
        if (holds_bidi_override(text))
            throw DataError(_f("{} holds control characters", _(rule.name)));
        return;
    }
    throw DataError(_f("{} holds {}; {} may not hold a client's personal data", _(rule.name),
                       _(kind->c_str()), _(rule.plural)),
                    field == TextField::goal ? _("describe the goal without who it is for")
                    : field == TextField::signal_text
                        ? _("describe what the community needs, not who asked")
                    : field == TextField::signal_answer
                        ? _("describe what was done, not for whom")
                        : _("leave it out, or write it down where the client's file is kept"));
}

} // namespace sleutel
