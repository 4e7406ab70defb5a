// Finding bank account numbers (IBAN) in a note, also spaced or cut into groups.
#include "domain/privacy.hpp"
#include "domain/privacy_detail.hpp"

namespace sleutel::privacy_detail {

bool iban_in(std::string_view lc) {
    for (std::size_t i = 0; i + 4 < lc.size(); ++i) {
        if (!(lc[i] >= 'a' && lc[i] <= 'z') || !(lc[i + 1] >= 'a' && lc[i + 1] <= 'z') ||
            (i > 0 && alnum(lc[i - 1])))
            continue;
        // The check digits follow the country, maybe after a space: "NL91", "NL 91".
        const std::size_t d = lc[i + 2] == ' ' || lc[i + 2] == '-' ? i + 3 : i + 2;
        if (d + 1 >= lc.size() || !digit(lc[d]) || !digit(lc[d + 1]))
            continue;
        std::string compact;
        std::size_t digits = 0;
        std::size_t j = i;
        while (j < lc.size() && compact.size() < 34) {
            if ((lc[j] >= 'a' && lc[j] <= 'z') || digit(lc[j])) {
                compact += lc[j];
                digits += digit(lc[j]);
                ++j;
                const bool boundary =
                    j >= lc.size() || !((lc[j] >= 'a' && lc[j] <= 'z') || digit(lc[j]));
                if (boundary && compact.size() >= 15 && digits >= 10 && passes_iban_check(compact))
                    return true;
            } else if ((lc[j] == ' ' || lc[j] == '-' || lc[j] == '.') && j + 1 < lc.size() &&
                       ((lc[j + 1] >= 'a' && lc[j + 1] <= 'z') || digit(lc[j + 1]))) {
                ++j;
            } else {
                break;
            }
        }
    }
    return false;
}

} // namespace sleutel::privacy_detail

namespace sleutel {

using namespace privacy_detail;

bool passes_iban_check(std::string_view compact) {
    if (compact.size() < 5 || compact.size() > 34)
        return false;
    int rest = 0;
    for (std::size_t k = 0; k < compact.size(); ++k) {
        const char c = lower(compact[(k + 4) % compact.size()]);
        if (digit(c))
            rest = (rest * 10 + (c - '0')) % 97;
        else if (c >= 'a' && c <= 'z')
            rest = (rest * 100 + (c - 'a' + 10)) % 97;
        else
            return false;
    }
    return rest == 1;
}

} // namespace sleutel
