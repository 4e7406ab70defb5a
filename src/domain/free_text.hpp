// Every text a person types that sleutel stores passes here: the one list of free-text fields,
// each with its limit, and the privacy guard that keeps a client's personal data out of them.
#pragma once
#include <string_view>

namespace sleutel {

enum class TextField {
    activity_note,
    activity_ref,
    goal,
    training_name,
    person_origin,
    person_education,
    person_background,
    organisation_contact,
    assignment_supervisor,
    signal_text,
    signal_answer,
};

// Refuses (DataError, exit 65) an empty or over-long text, control characters, text that is not
// UTF-8, and what the privacy guard finds (naming the kind, never the text). Each field's limits
// and the kinds of data it may hold (an organisation's contact may hold a phone number) are in
// free_text.cpp.
void check_free_text(TextField field, std::string_view text);

} // namespace sleutel
