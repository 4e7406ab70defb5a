// Naming the first kind of personal data found in a note. The text is first normalised (see
// normalised_for_matching) so look-alike characters, invisible characters and digits of other
// scripts cannot hide anything; then hand-written scanners, each linear in the length of the
// text, look for the shapes of numbers, addresses, dates of birth and titled names.
#include "domain/privacy.hpp"
#include "domain/privacy_detail.hpp"
#include "util/i18n.hpp"

namespace sleutel {

using namespace privacy_detail;

std::optional<std::string> personal_data_in(std::string_view original) {
    const std::string t = normalised_for_matching(original);
    const std::string lc = lowered(t);
    if (email_in(t, false))
        return N_("an e-mail address");
    if (const auto words = unspelled(lc); words && email_in(*words, true))
        return N_("an e-mail address");
    if (iban_in(lc))
        return N_("a bank account number (IBAN)");
    if (birth_date_in(t, lc))
        return N_("a date of birth");
    switch (number_in(t, lc)) {
    case NumberKind::bsn:
        return N_("a citizen service number (BSN)");
    case NumberKind::phone:
        return N_("a phone number");
    case NumberKind::none:
        break;
    }
    if (postcode_in(t))
        return N_("a postcode");
    if (street_in(t, lc))
        return N_("a street address");
    if (titled_name_in(t, lc))
        return N_("a name with a title");
    return std::nullopt;
}

} // namespace sleutel
