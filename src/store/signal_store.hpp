// SQL for community signals: one signal with its themes, and the lists the command, the card,
// the report and the alerts read.
#pragma once
#include "model/entities.hpp"
#include "store/store.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sleutel::db {

// Inserts the signal and its themes; returns its id.
Id insert_signal(Store& store, const Signal& signal);
// Rewrites every field of the signal and its themes.
void update_signal(Store& store, const Signal& signal);
std::optional<Signal> load_signal(Store& store, Id id);

struct SignalFilter {
    std::optional<Date> from; // raised on or after
    std::optional<Date> to;   // raised on or before
    std::optional<Id> person;
    std::optional<std::string> theme;
    std::optional<std::size_t> limit; // the newest this many, newest first
};
// Oldest first (date, then id), or with `limit` the newest first.
std::vector<Signal> list_signals(Store& store, const SignalFilter& filter);
// The same signals oldest first (`limit` aside), one at a time: a listing of years of them holds
// one.
void for_each_signal(Store& store, const SignalFilter& filter,
                     const std::function<void(const Signal&)>& each);

// Signals forwarded on or before `day` and neither answered nor closed by then: what the
// organisation still owes an answer on, as it stood that day.
std::vector<Signal> awaiting_answer(Store& store, Date day);

} // namespace sleutel::db
