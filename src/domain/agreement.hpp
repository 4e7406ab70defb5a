// The rules of an agreement history: a change applied to a period, a back-dated change flowing
// into later periods, and the period in force on a day.
#pragma once
#include "model/agreement.hpp"

#include <optional>
#include <span>
#include <vector>

namespace sleutel {

Agreement apply_change(const Agreement& before, const AgreementChange& change);

// A new or corrected period in `history` (sorted by start): saved as `apply_change` gives it,
// and each field it sets also flows into the later periods that carried that field over, up to
// the first one that was given it itself. So an agreement back-dated before the
// period a person was registered with holds until a later change, as one would expect. Returns
// the periods to save.
std::vector<Agreement> with_change(std::span<const Agreement> history,
                                   const AgreementChange& change);

// The period in force on `day` in a history sorted by start: the last one starting on or before
// it. Before every start, the period entered first (the one the person was registered with)
// holds: work logged before it falls under it, and an earlier period added later does not take
// those days over. Null when empty.
const Agreement* agreement_on(std::span<const Agreement> history, Date day);

// Hours a person was available between two days (inclusive), pro rata per day from each
// period's `available_minutes`; none when no period in those days says.
std::optional<Minutes> available_minutes(std::span<const Agreement> history, Date from, Date to);

} // namespace sleutel
