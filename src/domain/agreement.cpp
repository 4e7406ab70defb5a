// Dated agreements: applying a change to a history, and finding the period in force on a day.
#include "domain/agreement.hpp"

namespace sleutel {

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
