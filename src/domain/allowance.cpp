// The volunteer allowance per month. Amounts per hour are summed in cent-minutes and rounded
// once per month, so splitting a month over two agreements or two age bands never loses a cent.
#include "domain/allowance.hpp"

#include "domain/agreement.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sleutel {

namespace {

std::string month_of(Date day) {
    return fmt::format("{:04}-{:02}", static_cast<int>(day.year()),
                       static_cast<unsigned>(day.month()));
}

// Whether the day's work was done under 21. `minutes_so_far` counts the month's minutes up to
// and including this day: a forgotten person's kept band says how many came before the birthday.
bool worked_under_21(const Age& age, Date day, Minutes minutes_so_far) {
    if (age.adult_from)
        return to_days(day) < to_days(*age.adult_from);
    const int year = static_cast<int>(day.year());
    for (const AgeBand& band : age.bands) {
        if (band.year != year)
            continue;
        if (!band.turned_21_month)
            return band.under_21;
        const unsigned month = static_cast<unsigned>(day.month());
        if (month != *band.turned_21_month)
            return month < *band.turned_21_month;
        return minutes_so_far <= band.minutes_before;
    }
    return false;
}

// One month's work, gathered day by day before the caps are applied.
struct MonthWork {
    MonthAllowance out;
    std::int64_t hourly_numerator = 0; // cent-minutes agreed per hour (legal or own rate)
    std::int64_t legal_numerator = 0;  // cent-minutes at the legal rate
    Cents per_activity_cents = 0;
};

Date first_of(Date day) {
    return Date{day.year(), day.month(), std::chrono::day{1}};
}

// The monthly amounts and the other allowance of each agreement, pro rata by the calendar days
// it held in the month: a month under one agreement gets its whole amount.
void add_monthly_amounts(MonthWork& m, Date month_start, std::span<const Agreement> agreements) {
    const Date last = Date{month_start.year() / month_start.month() / std::chrono::last};
    const auto days = (to_days(last) - to_days(month_start)).count() + 1;
    std::int64_t month_numerator = 0;
    std::int64_t other_numerator = 0;
    // Amounts a month run from the first agreement's start: the days before it are not agreed,
    // though work logged on them falls under the first agreement entered.
    const auto start = std::min_element(
        agreements.begin(), agreements.end(),
        [](const Agreement& x, const Agreement& y) { return to_days(x.from) < to_days(y.from); });
    for (Date d = month_start; to_days(d) <= to_days(last); d = add_days(d, 1)) {
        const Agreement* a = agreement_on(agreements, d);
        if (!a || to_days(d) < to_days(start->from))
            continue;
        other_numerator += a->other_allowance_cents;
        if (a->volunteer() && a->allowance.basis == AllowanceBasis::month)
            month_numerator += a->allowance.cents;
    }
    m.out.agreed_cents += rounded_div(month_numerator, days);
    m.out.other_cents = rounded_div(other_numerator, days);
}

} // namespace

std::optional<Date> adult_from(std::optional<Date> birth_date, std::optional<int> birth_year) {
    if (birth_date) {
        const std::chrono::year_month_day birthday{birth_date->year() + std::chrono::years{21},
                                                   birth_date->month(), birth_date->day()};
        // Born on 29 February: 21 on 1 March in a year without one.
        return birthday.ok() ? birthday
                             : Date{birthday.year(), std::chrono::March, std::chrono::day{1}};
    }
    if (birth_year)
        return Date{std::chrono::year{*birth_year + 22}, std::chrono::January, std::chrono::day{1}};
    return std::nullopt;
}

std::vector<AgeBand> age_bands(const Age& age, std::span<const WorkDay> days) {
    std::vector<AgeBand> bands;
    if (!age.adult_from)
        return age.bands;
    const Date adult = *age.adult_from;
    const int adult_year = static_cast<int>(adult.year());
    for (const WorkDay& day : days) {
        const int year = static_cast<int>(day.date.year());
        if (bands.empty() || bands.back().year != year) {
            AgeBand band;
            band.year = year;
            band.under_21 = to_days(day.date) < to_days(adult);
            // The year of the 21st birthday, unless it falls on 1 January: the month it happened.
            if (year == adult_year &&
                !(adult.month() == std::chrono::January && adult.day() == std::chrono::day{1}))
                band.turned_21_month = static_cast<unsigned>(adult.month());
            bands.push_back(band);
        }
        AgeBand& band = bands.back();
        if (band.turned_21_month && day.date.month() == adult.month() &&
            to_days(day.date) < to_days(adult))
            band.minutes_before += day.minutes;
    }
    return bands;
}

namespace {

// What this calendar year has paid and been paid elsewhere, for the yearly ceiling.
struct YearSoFar {
    int year = 0;
    Cents paid = 0;
    Cents other = 0;
};

// A month's work done: its agreed amount, every cap, and what may be paid.
MonthAllowance closed_month(MonthWork& m, Date month_start, std::span<const Agreement> agreements,
                            const AllowanceCeiling& cap, YearSoFar& so_far) {
    MonthAllowance& out = m.out;
    const int y = static_cast<int>(month_start.year());
    if (y != so_far.year)
        so_far = YearSoFar{y, 0, 0};
    add_monthly_amounts(m, month_start, agreements);
    out.agreed_cents += rounded_div(m.hourly_numerator, 60) + m.per_activity_cents;
    out.hourly_cap_cents = rounded_div(m.legal_numerator, 60);
    out.month_cap_cents = cap.monthly_cents;
    out.year_cap_cents = cap.yearly_cents;
    const Cents month_room = std::max<Cents>(0, cap.monthly_cents - out.other_cents);
    const Cents year_room =
        std::max<Cents>(0, cap.yearly_cents - so_far.paid - so_far.other - out.other_cents);
    out.allowance_cents = std::min({out.agreed_cents, out.hourly_cap_cents, month_room, year_room});
    out.cap = out.allowance_cents == out.agreed_cents       ? "none"
              : out.allowance_cents == out.hourly_cap_cents ? "hourly"
              : out.allowance_cents == month_room           ? "monthly"
                                                            : "yearly";
    so_far.paid += out.allowance_cents;
    so_far.other += out.other_cents;
    out.year_to_date_cents = so_far.paid;
    out.exceeds = out.agreed_cents > out.allowance_cents;
    out.near =
        !out.exceeds && ((out.agreed_cents + out.other_cents) * 10 >= cap.monthly_cents * 9 ||
                         (so_far.paid + so_far.other) * 10 >= cap.yearly_cents * 9);
    out.benefit_near =
        out.benefit && (out.allowance_cents + out.other_cents) * 10 >= cap.monthly_cents * 8;
    return out;
}

// A day of volunteer work under agreement `a`, paid at most `legal_rate` an hour.
void add_volunteer_day(MonthWork& m, const WorkDay& day, const Agreement& a, bool young,
                       Cents legal_rate) {
    MonthAllowance& out = m.out;
    out.minutes += day.minutes;
    out.under_21_minutes += young ? day.minutes : 0;
    out.activities += day.activities;
    out.km_tenths += day.km_tenths;
    out.benefit = out.benefit || a.benefit;
    m.legal_numerator += day.minutes * legal_rate;
    switch (a.allowance.basis) {
    case AllowanceBasis::legal:
        m.hourly_numerator += day.minutes * legal_rate;
        break;
    case AllowanceBasis::hour:
        m.hourly_numerator += day.minutes * a.allowance.cents;
        break;
    case AllowanceBasis::activity:
        m.per_activity_cents += day.activities * a.allowance.cents;
        break;
    case AllowanceBasis::month:
    case AllowanceBasis::none:
        break;
    }
}

} // namespace

bool same_terms_all_month(std::span<const Agreement> agreements, const Age& age, Date first) {
    const Date last{first.year() / first.month() / std::chrono::last};
    if (age.adult_from && to_days(*age.adult_from) > to_days(first) &&
        to_days(*age.adult_from) <= to_days(last))
        return false;
    if (!age.adult_from)
        for (const AgeBand& band : age.bands)
            if (band.year == static_cast<int>(first.year()) && band.turned_21_month &&
                *band.turned_21_month == static_cast<unsigned>(first.month()))
                return false;
    const Agreement* terms = agreement_on(agreements, first);
    for (const Agreement& a : agreements)
        if (to_days(a.from) > to_days(first) && to_days(a.from) <= to_days(last) &&
            agreement_on(agreements, a.from) != terms)
            return false;
    return true;
}

std::vector<MonthAllowance> monthly_allowance(std::span<const WorkDay> days,
                                              std::span<const Agreement> agreements, const Age& age,
                                              const CeilingFor& ceiling) {
    std::vector<MonthAllowance> months;
    YearSoFar so_far;
    const auto close = [&](MonthWork& m, Date month_start) {
        if (m.out.minutes > 0)
            months.push_back(closed_month(m, month_start, agreements,
                                          ceiling(static_cast<int>(month_start.year())), so_far));
    };
    MonthWork current;
    Date current_start{};
    Minutes month_minutes = 0; // every minute of the month, volunteer or not
    for (const WorkDay& day : days) {
        const Date start = first_of(day.date);
        if (current.out.month.empty() || start != current_start) {
            if (!current.out.month.empty())
                close(current, current_start);
            current = MonthWork{};
            current.out.month = month_of(day.date);
            current_start = start;
            month_minutes = 0;
        }
        month_minutes += day.minutes;
        const Agreement* a = agreement_on(agreements, day.date);
        if (!a || !a->volunteer())
            continue;
        const bool young = worked_under_21(age, day.date, month_minutes);
        const AllowanceCeiling& cap = ceiling(static_cast<int>(day.date.year()));
        add_volunteer_day(current, day, *a, young,
                          young ? cap.hourly_cents_under_21 : cap.hourly_cents);
    }
    if (!current.out.month.empty())
        close(current, current_start);
    return months;
}

} // namespace sleutel
