// The rules of community signals: what a key person noticed in their community and what became of
// it. Every step is dated, none in the future and none before the signal was raised; texts pass
// the privacy guard; every change is audited.
#pragma once
#include "model/config.hpp"
#include "model/entities.hpp"
#include "store/store.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sleutel {

// The status on `day`: the latest step taken by then (closed, answered, forwarded, open), so a
// past period's figures do not learn of a later answer.
std::string_view signal_status(const Signal& signal, Date day);
// Days from the signal's date to its closing, when closed by `as_of`, else to `as_of`.
std::int64_t signal_days_open(const Signal& signal, Date as_of);

// A new signal: `person` a handle or unique prefix (or none), themes from the config.
struct NewSignal {
    std::string text;
    std::optional<std::string> person;
    std::vector<std::string> themes;
    Date date;
};
Id add_signal(Store& store, const Config& config, const NewSignal& signal, Date today);

// Forwarded to an organisation (a handle or unique prefix) on `on`.
void forward_signal(Store& store, Id id, const std::string& organisation, Date on, Date today);
// What was done with it, fed back to the key person.
void answer_signal(Store& store, Id id, const std::string& answer, Date on, Date today);
void close_signal(Store& store, Id id, Date on, Date today);

// Only the fields given change; `themes`, when given, replace the old ones.
struct SignalChange {
    std::optional<std::string> text;
    std::optional<std::string> person;
    std::optional<std::vector<std::string>> themes;
    std::optional<Date> date;
};
void edit_signal(Store& store, const Config& config, Id id, const SignalChange& change, Date today);

// A signal by id, or DataError naming the id with a hint to list them.
Signal find_signal(Store& store, Id id);

} // namespace sleutel
