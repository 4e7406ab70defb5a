// Dated agreements: parsing what was agreed, and finding the period in force on a day.
#include "sleutel/agreement.hpp"

#include "sleutel/error.hpp"

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

AllowanceTerms parse_allowance_terms(std::string_view text) {
    const auto colon = text.find(':');
    const std::string_view name = text.substr(0, colon);
    for (const auto& [word, basis] : bases) {
        if (name != word)
            continue;
        const bool has_amount = basis != AllowanceBasis::legal && basis != AllowanceBasis::none;
        if (has_amount != (colon != std::string_view::npos))
            break;
        return {basis, has_amount ? parse_money(text.substr(colon + 1)) : 0};
    }
    throw DataError(fmt::format("not an allowance: '{}'", text),
                    "write none, legal, hour:AMOUNT, month:AMOUNT or activity:AMOUNT, "
                    "such as hour:4,50");
}

std::string format_allowance_terms(const AllowanceTerms& terms) {
    const std::string_view name = allowance_basis_name(terms.basis);
    if (terms.basis == AllowanceBasis::legal || terms.basis == AllowanceBasis::none)
        return std::string(name);
    return fmt::format("{}:{}.{:02}", name, terms.cents / 100, terms.cents % 100);
}

Agreement apply_change(const Agreement& before, const AgreementChange& change) {
    Agreement after = before;
    after.from = change.from;
    if (change.contract)
        after.contract = change.contract;
    if (change.minutes_per_week)
        after.minutes_per_week = change.minutes_per_week;
    if (change.allowance)
        after.allowance = *change.allowance;
    if (change.available_minutes)
        after.available_minutes = change.available_minutes;
    if (change.reachable)
        after.reachable = change.reachable;
    if (change.benefit)
        after.benefit = *change.benefit;
    if (change.other_allowance_cents)
        after.other_allowance_cents = *change.other_allowance_cents;
    return after;
}

const Agreement* agreement_on(std::span<const Agreement> history, Date day) {
    if (history.empty())
        return nullptr;
    const Agreement* found = &history.front();
    for (const Agreement& a : history)
        if (to_days(a.from) <= to_days(day))
            found = &a;
    return found;
}

} // namespace sleutel
