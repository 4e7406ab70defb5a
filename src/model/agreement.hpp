// A key person's working agreement as a history of dated periods: contract form, contracted
// hours, the allowance agreed, the hours they are available, when they can be reached, whether
// they live on a benefit and what other volunteer work pays them. Reports use the period in force
// on each day, so a new agreement never changes the figures of a month already past.
#pragma once
#include "util/date.hpp"
#include "util/values.hpp"

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
// The last day of period `i` of a history sorted by start: the day before the next one starts;
// none for the last.
std::optional<Date> until_of(std::span<const Agreement> history, std::size_t i);

// What the allowance keeps of a person's age once `forget` has erased the birth year: per year
// worked whether they were under 21, and for the year they turned 21 the month it happened and
// how many minutes of that month they worked before.
struct AgeBand {
    int year = 0;
    bool under_21 = false;
    std::optional<unsigned> turned_21_month;
    Minutes minutes_before = 0;
};

// A day's work of one person (all their activities that day).
struct WorkDay {
    Date date;
    Minutes minutes = 0;
    std::int64_t activities = 0;
    std::int64_t km_tenths = 0;
    std::int64_t after_hours = 0; // activities after hours
};

// What one month of volunteer work pays, against every cap the law sets.
struct MonthAllowance {
    std::string month;            // YYYY-MM
    Minutes minutes = 0;          // worked as a volunteer
    Minutes under_21_minutes = 0; // of which under 21
    std::int64_t activities = 0;
    std::int64_t km_tenths = 0;
    Cents agreed_cents = 0;       // what the agreement pays
    Cents hourly_cap_cents = 0;   // the minutes at the legal hourly rate
    Cents month_cap_cents = 0;    // the legal monthly ceiling
    Cents other_cents = 0;        // allowance from other volunteer work this month
    Cents allowance_cents = 0;    // what may be paid: the agreed amount within every cap
    std::string cap;              // which cap applied: none | hourly | monthly | yearly
    Cents year_to_date_cents = 0; // allowance of this calendar year up to this month
    Cents year_cap_cents = 0;
    bool benefit = false;      // on a benefit in this month
    bool exceeds = false;      // the agreement pays more than the law allows
    bool near = false;         // within 10% of the monthly or the yearly ceiling
    bool benefit_near = false; // on a benefit and at 80% of the monthly ceiling
};

} // namespace sleutel
