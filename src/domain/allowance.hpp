// The volunteer allowance of one key person, month by month: what their agreement pays, capped
// by the law (the hourly rate for adults or for under-21s, by age on each day worked; the monthly
// and the yearly ceiling), with money from other volunteer work counted toward the caps.
#pragma once
#include "model/agreement.hpp"
#include "model/config.hpp"

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace sleutel {

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

// The bands `forget` keeps: one per year in `days`.
std::vector<AgeBand> age_bands(const Age& age, std::span<const WorkDay> days);

// Whether every day of the month that starts on `first` falls under the same agreement and on the
// same side of 21. Then the month's work may be given to monthly_allowance as one day: what a
// month pays is a sum over its days of what each day's terms make of it.
bool same_terms_all_month(std::span<const Agreement> agreements, const Age& age, Date first);

using CeilingFor = std::function<const AllowanceCeiling&(int year)>;

// The months of `days` (sorted by date, one person) in which the person worked as a volunteer.
// The yearly total runs from the first month of each year in `days`: give every day from
// 1 January of the first year a report shows.
std::vector<MonthAllowance> monthly_allowance(std::span<const WorkDay> days,
                                              std::span<const Agreement> agreements, const Age& age,
                                              const CeilingFor& ceiling);

} // namespace sleutel
