// A key person's working agreement as a history of dated periods: contract form, contracted
// hours, the allowance agreed, the hours they are available, when they can be reached, whether
// they live on a benefit and what other volunteer work pays them. Reports use the period in force
// on each day, so a new agreement never changes the figures of a month already past.
#pragma once
#include "sleutel/date.hpp"
#include "sleutel/values.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sleutel {

// What a volunteer is paid. `legal`: the legal hourly maximum for every hour (what programmes
// without an agreed rate pay, and the default); `none`: nothing; `hour`, `month`, `activity`: an
// agreed amount per hour worked, per calendar month, or per activity logged.
enum class AllowanceBasis { legal, none, hour, month, activity };

struct AllowanceTerms {
    AllowanceBasis basis = AllowanceBasis::legal;
    Cents cents = 0; // per hour, month or activity; 0 for legal and none

    bool operator==(const AllowanceTerms&) const = default;
};
// `legal`, `none`, `hour:4,50`, `month:150`, `activity:12.50`.
AllowanceTerms parse_allowance_terms(std::string_view text);
// The same text back (`hour:4.50`), for lists and JSON.
std::string format_allowance_terms(const AllowanceTerms& terms);
std::string_view allowance_basis_name(AllowanceBasis basis);
// The basis named `legal`, `none`, `hour`, `month` or `activity`; nothing for other text.
std::optional<AllowanceBasis> allowance_basis(std::string_view name);

// The fields of an agreement, as bits: which ones a period was given itself (the rest it carried
// over from the period before).
enum AgreementField : unsigned {
    field_contract = 1,
    field_hours = 2,
    field_allowance = 4,
    field_available = 8,
    field_reachable = 16,
    field_benefit = 32,
    field_other_allowance = 64,
};

struct Agreement {
    std::int64_t id = 0; // order of entry: the first one entered reaches back (agreement_on)
    Date from;
    std::optional<std::string> contract;      // volunteer, employed, internship, freelance
    std::optional<Minutes> minutes_per_week;  // contracted hours
    AllowanceTerms allowance;                 // for volunteers
    std::optional<Minutes> available_minutes; // hours a week the person can give
    std::optional<std::string> reachable;     // `mon-fri@09:00-17:00`, canonical
    bool benefit = false;                     // on a benefit: the allowance must stay low
    Cents other_allowance_cents = 0;          // a month, from other volunteer work
    unsigned given = 0;                       // AgreementField bits set by this period itself

    bool volunteer() const { return contract && *contract == "volunteer"; }
};

// The fields one `agreement` call gives; the rest carries over from the period before.
struct AgreementChange {
    Date from;
    std::optional<std::string> contract;
    std::optional<Minutes> minutes_per_week;
    std::optional<AllowanceTerms> allowance;
    std::optional<Minutes> available_minutes;
    std::optional<std::string> reachable;
    std::optional<bool> benefit;
    std::optional<Cents> other_allowance_cents;

    unsigned fields() const; // AgreementField bits of what is given
};
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
// The last day of period `i`: the day before the next one starts; none for the last.
std::optional<Date> until_of(std::span<const Agreement> history, std::size_t i);

// Hours a person was available between two days (inclusive), pro rata per day from each
// period's `available_minutes`; none when no period in those days says.
std::optional<Minutes> available_minutes(std::span<const Agreement> history, Date from, Date to);

} // namespace sleutel
