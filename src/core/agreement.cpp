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

std::vector<Agreement> with_change(std::span<const Agreement> history,
                                   const AgreementChange& change) {
    const Agreement* in_force = agreement_on(history, change.from);
    const Agreement before = in_force ? *in_force : Agreement{};
    std::vector<Agreement> changed{apply_change(before, change)};
    // Per field: still flowing into later periods, and the value it replaces.
    bool contract = change.contract.has_value(), hours = change.minutes_per_week.has_value(),
         allowance = change.allowance.has_value(), available = change.available_minutes.has_value(),
         reachable = change.reachable.has_value(), benefit = change.benefit.has_value(),
         other = change.other_allowance_cents.has_value();
    for (const Agreement& later : history) {
        if (to_days(later.from) <= to_days(change.from))
            continue;
        Agreement next = later;
        auto flow = [](bool& flowing, auto& field, const auto& old_value, const auto& new_value) {
            if (flowing && field == old_value)
                field = new_value;
            else
                flowing = false;
        };
        const Agreement& now = changed.front();
        flow(contract, next.contract, before.contract, now.contract);
        flow(hours, next.minutes_per_week, before.minutes_per_week, now.minutes_per_week);
        flow(allowance, next.allowance, before.allowance, now.allowance);
        flow(available, next.available_minutes, before.available_minutes, now.available_minutes);
        flow(reachable, next.reachable, before.reachable, now.reachable);
        flow(benefit, next.benefit, before.benefit, now.benefit);
        flow(other, next.other_allowance_cents, before.other_allowance_cents,
             now.other_allowance_cents);
        if (!(contract || hours || allowance || available || reachable || benefit || other))
            break;
        changed.push_back(next);
    }
    return changed;
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
