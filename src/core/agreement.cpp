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

unsigned AgreementChange::fields() const {
    return (contract ? field_contract : 0u) | (minutes_per_week ? field_hours : 0u) |
           (allowance ? field_allowance : 0u) | (available_minutes ? field_available : 0u) |
           (reachable ? field_reachable : 0u) | (benefit ? field_benefit : 0u) |
           (other_allowance_cents ? field_other_allowance : 0u);
}

Agreement apply_change(const Agreement& before, const AgreementChange& change) {
    Agreement after = before;
    // Correcting a period keeps what it was given; a new one starts with only its own fields.
    after.given = (before.from == change.from ? before.given : 0u) | change.fields();
    after.id = before.from == change.from ? before.id : 0;
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

std::vector<Agreement> with_change(std::span<const Agreement> history,
                                   const AgreementChange& change) {
    const Agreement* in_force = agreement_on(history, change.from);
    const Agreement before = in_force ? *in_force : Agreement{};
    std::vector<Agreement> changed{apply_change(before, change)};
    const Agreement now = changed.front();
    // The fields still flowing: given now, and not yet met in a later period that set them.
    unsigned flowing = change.fields();
    for (const Agreement& later : history) {
        if (to_days(later.from) <= to_days(change.from))
            continue;
        Agreement next = later;
        auto flow = [&](unsigned bit, auto& field, const auto& value) {
            if (!(flowing & bit))
                return;
            if (later.given & bit)
                flowing &= ~bit;
            else
                field = value;
        };
        flow(field_contract, next.contract, now.contract);
        flow(field_hours, next.minutes_per_week, now.minutes_per_week);
        flow(field_allowance, next.allowance, now.allowance);
        flow(field_available, next.available_minutes, now.available_minutes);
        flow(field_reachable, next.reachable, now.reachable);
        flow(field_benefit, next.benefit, now.benefit);
        flow(field_other_allowance, next.other_allowance_cents, now.other_allowance_cents);
        if (flowing == 0)
            break;
        changed.push_back(next);
    }
    return changed;
}

std::optional<Date> until_of(std::span<const Agreement> history, std::size_t i) {
    if (i + 1 >= history.size())
        return std::nullopt;
    return add_days(history[i + 1].from, -1);
}

const Agreement* agreement_on(std::span<const Agreement> history, Date day) {
    if (history.empty())
        return nullptr;
    const Agreement* found = nullptr;
    const Agreement* entered_first = &history.front();
    for (const Agreement& a : history) {
        if (to_days(a.from) <= to_days(day))
            found = &a;
        if (a.id < entered_first->id)
            entered_first = &a;
    }
    return found ? found : entered_first;
}

std::optional<Minutes> available_minutes(std::span<const Agreement> history, Date from, Date to) {
    std::int64_t minute_days = 0; // weekly minutes x days
    bool known = false;
    for (std::size_t i = 0; i < history.size(); ++i) {
        // The first period reaches back; each ends the day before the next starts.
        const auto start =
            i == 0 ? to_days(from) : std::max(to_days(from), to_days(history[i].from));
        const auto end =
            i + 1 < history.size()
                ? std::min(to_days(to), to_days(history[i + 1].from) - std::chrono::days{1})
                : to_days(to);
        if (end < start || !history[i].available_minutes)
            continue;
        known = true;
        minute_days += *history[i].available_minutes * ((end - start).count() + 1);
    }
    if (!known)
        return std::nullopt;
    return (minute_days + 3) / 7;
}

} // namespace sleutel
