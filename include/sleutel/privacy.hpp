// Keeping clients' personal data out of notes: citizen service numbers (BSN), phone numbers and
// e-mail addresses are recognised so the note can be refused without repeating what was found.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace sleutel {

// The BSN "eleven test": 9 digits d1..d9 with 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11.
bool passes_eleven_test(std::string_view nine_digits);

// What kind of personal data `text` holds, described for people ("a citizen service number
// (BSN)", "a phone number", "an e-mail address"), or nullopt. Never returns the data itself.
std::optional<std::string> personal_data_in(std::string_view text);

} // namespace sleutel
