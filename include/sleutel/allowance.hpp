// The volunteer allowance of one key person, month by month: what their agreement pays, capped
// by the law (the hourly rate for adults or for under-21s, by age on each day worked; the monthly
// and the yearly ceiling), with money from other volunteer work counted toward the caps.
#pragma once
#include "sleutel/agreement.hpp"
#include "sleutel/config.hpp"

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace sleutel {

// What the allowance keeps of a person's age once `forget` has erased the birth year: per year
// worked whether they were under 21, and for the year they turned 21 the month it happened and
// how many minutes of that month they worked before.
struct AgeBand {
    int year = 0;
    bool under_21 = false;
    std::optional<unsigned> turned_21_month;
    Minutes minutes_before = 0;
};

// What is known of a person's age: the day they turn 21 while they are registered, the kept age
// bands once they are forgotten, or nothing (then the adult rate applies, as for anyone whose
// age the programme does not record).
struct Age {
    std::optional<Date> adult_from;
    std::vector<AgeBand> bands;
};
// The 21st birthday from a birth date; from a birth year alone, 1 January of the year after the
// one they turn 21 in: until then nobody can tell they are 21, and the lower rate is the legal one.
std::optional<Date> adult_from(std::optional<Date> birth_date, std::optional<int> birth_year);

// A day's work of one person (all their activities that day).
struct WorkDay {
    Date date;
    Minutes minutes = 0;
    std::int64_t activities = 0;
    std::int64_t km_tenths = 0;
    std::int64_t after_hours = 0; // activities after hours
};

// The bands `forget` keeps: one per year in `days`.
std::vector<AgeBand> age_bands(const Age& age, std::span<const WorkDay> days);

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

using CeilingFor = std::function<const AllowanceCeiling&(int year)>;

// The months of `days` (sorted by date, one person) in which the person worked as a volunteer.
// The yearly total runs from the first month of each year in `days`: give every day from
// 1 January of the first year a report shows.
std::vector<MonthAllowance> monthly_allowance(std::span<const WorkDay> days,
                                              std::span<const Agreement> agreements, const Age& age,
                                              const CeilingFor& ceiling);

} // namespace sleutel
