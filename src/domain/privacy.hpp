// Keeping clients' personal data out of notes: citizen service numbers (BSN), phone numbers,
// e-mail addresses, bank account numbers, postcodes, street addresses, dates of birth and names
// with a title are recognised, also in disguise, so the text can be refused without repeating
// what was found.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace sleutel {

// The BSN "eleven test": 9 digits d1..d9 with 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11.
bool passes_eleven_test(std::string_view nine_digits);

// The IBAN check: `compact` is letters and digits only (any case); the country code and check
// digits moved to the end, letters read as 10..35, the number modulo 97 is 1.
bool passes_iban_check(std::string_view compact);

// The text the detectors read: Unicode NFKC; zero-width characters, bidi marks, soft hyphens and
// other format characters removed; every decimal digit of any script as 0-9; every dash as '-',
// every space as ' ', the middle dot and the ideographic full stop as '.'. Invalid UTF-8 bytes
// become U+FFFD. Idempotent: normalising the result again gives the same text.
std::string normalised_for_matching(std::string_view text);

// What kind of personal data `text` holds, described for people ("a citizen service number
// (BSN)", "a phone number", "an e-mail address", "a bank account number (IBAN)", "a postcode",
// "a street address", "a date of birth", "a name with a title"), or nullopt. Never returns the
// data itself.
std::optional<std::string> personal_data_in(std::string_view text);

} // namespace sleutel
