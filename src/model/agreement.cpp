// What was agreed, as text and back: the allowance bases and terms, and which fields a change
// gives.
#include "model/agreement.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"

#include <array>
#include <fmt/format.h>

namespace sleutel {

namespace {

constexpr std::array<std::pair<std::string_view, AllowanceBasis>, 5> bases{{
    {"legal", AllowanceBasis::legal},
    {"none", AllowanceBasis::none},
    {"hour", AllowanceBasis::hour},
    {"month", AllowanceBasis::month},
    {"activity", AllowanceBasis::activity},
}};

} // namespace

std::string_view allowance_basis_name(AllowanceBasis basis) {
    for (const auto& [name, b] : bases)
        if (b == basis)
            return name;
    return "legal";
}

std::optional<AllowanceBasis> allowance_basis(std::string_view name) {
    for (const auto& [word, basis] : bases)
        if (name == word)
            return basis;
    return std::nullopt;
}

AllowanceTerms parse_allowance_terms(std::string_view text) {
    const auto colon = text.find(':');
    if (const auto basis = allowance_basis(text.substr(0, colon))) {
        const bool has_amount = *basis != AllowanceBasis::legal && *basis != AllowanceBasis::none;
        if (has_amount == (colon != std::string_view::npos))
            return {*basis, has_amount ? parse_money(text.substr(colon + 1)) : 0};
    }
    throw DataError(_f("not an allowance: '{}'", text),
                    _("write none, legal, hour:AMOUNT, month:AMOUNT or activity:AMOUNT, "
                      "such as hour:4,50"));
}

std::string format_allowance_terms(const AllowanceTerms& terms) {
    const std::string_view name = allowance_basis_name(terms.basis);
    if (terms.basis == AllowanceBasis::legal || terms.basis == AllowanceBasis::none)
        return std::string(name);
    return fmt::format("{}:{}.{:02}", name, terms.cents / 100, terms.cents % 100);
}

unsigned AgreementChange::fields() const {
    return (contract ? field_contract : 0u) | (minutes_per_week ? field_hours : 0u) |
           (allowance ? field_allowance : 0u) | (available_minutes ? field_available : 0u) |
           (reachable ? field_reachable : 0u) | (benefit ? field_benefit : 0u) |
           (other_allowance_cents ? field_other_allowance : 0u);
}

std::optional<Date> until_of(std::span<const Agreement> history, std::size_t i) {
    if (i + 1 >= history.size())
        return std::nullopt;
    return add_days(history[i + 1].from, -1);
}

} // namespace sleutel
