// The volunteer allowance per month: agreed amounts against the legal caps, age by date, and what
// a forgotten person's kept age bands must reproduce.
#include "domain/allowance.hpp"
#include "test_dates.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

using namespace sleutel;
using namespace std::chrono;

namespace {

// The 2025 ceilings, for every year.
const AllowanceCeiling ceiling{2026, 560, 330, 21000, 210000};
const CeilingFor any_year = [](int) -> const AllowanceCeiling& { return ceiling; };

Agreement volunteer(Date from, const std::string& allowance = "legal") {
    Agreement a;
    a.from = from;
    a.contract = "volunteer";
    a.allowance = parse_allowance_terms(allowance);
    return a;
}

WorkDay work(Date day, Minutes minutes, std::int64_t activities = 1) {
    return {day, minutes, activities, 0};
}

MonthAllowance only_month(const std::vector<WorkDay>& days, const std::vector<Agreement>& deals,
                          const Age& age = {}) {
    const auto months = monthly_allowance(days, deals, age, any_year);
    REQUIRE(months.size() == 1);
    return months.front();
}

} // namespace

TEST_CASE("without an agreed rate a volunteer gets the legal hourly maximum") {
    const auto m = only_month({work(d(2026, 11, 3), 180)}, {volunteer(d(2026, 1, 1))});
    CHECK(m.agreed_cents == 1680);
    CHECK(m.allowance_cents == 1680);
    CHECK(m.cap == "none");
    CHECK_FALSE(m.exceeds);
}

TEST_CASE("an agreed hourly rate below the legal one is paid as agreed") {
    const auto m = only_month({work(d(2026, 11, 3), 180)}, {volunteer(d(2026, 1, 1), "hour:4")});
    CHECK(m.agreed_cents == 1200);
    CHECK(m.allowance_cents == 1200);
    CHECK(m.cap == "none");
}

TEST_CASE("an agreed hourly rate above the legal one is capped at the legal rate") {
    const auto m = only_month({work(d(2026, 11, 3), 180)}, {volunteer(d(2026, 1, 1), "hour:7")});
    CHECK(m.agreed_cents == 2100);
    CHECK(m.hourly_cap_cents == 1680);
    CHECK(m.allowance_cents == 1680);
    CHECK(m.cap == "hourly");
    CHECK(m.exceeds);
}

TEST_CASE("a monthly amount is paid within the hourly and the monthly cap") {
    const std::vector<WorkDay> busy{work(d(2026, 11, 3), 40 * 60)};
    auto m = only_month(busy, {volunteer(d(2026, 1, 1), "month:150")});
    CHECK(m.agreed_cents == 15000);
    CHECK(m.allowance_cents == 15000);
    m = only_month(busy, {volunteer(d(2026, 1, 1), "month:250")});
    CHECK(m.allowance_cents == 21000);
    CHECK(m.cap == "monthly");
    // Ten hours at most earn 10 x 5,60 however much a month is agreed.
    m = only_month({work(d(2026, 11, 3), 600)}, {volunteer(d(2026, 1, 1), "month:150")});
    CHECK(m.allowance_cents == 5600);
    CHECK(m.cap == "hourly");
}

TEST_CASE("an amount per activity counts the activities") {
    auto m =
        only_month({work(d(2026, 11, 3), 720, 4)}, {volunteer(d(2026, 1, 1), "activity:12.5")});
    CHECK(m.activities == 4);
    CHECK(m.agreed_cents == 5000);
    CHECK(m.allowance_cents == 5000);
    m = only_month({work(d(2026, 11, 3), 240, 4)}, {volunteer(d(2026, 1, 1), "activity:12.5")});
    CHECK(m.allowance_cents == 2240);
    CHECK(m.cap == "hourly");
}

TEST_CASE("a birthday during the month: the under-21 rate until the 21st birthday") {
    Age age;
    age.adult_from = adult_from(d(2005, 11, 15), 2005);
    REQUIRE(age.adult_from == d(2026, 11, 15));
    const auto m = only_month({work(d(2026, 11, 10), 120), work(d(2026, 11, 15), 120)},
                              {volunteer(d(2026, 1, 1))}, age);
    CHECK(m.under_21_minutes == 120);
    CHECK(m.hourly_cap_cents == 2 * 330 + 2 * 560);
    CHECK(m.allowance_cents == 1780);
}

TEST_CASE("with only a birth year the under-21 rate holds until it is certain they are 21") {
    CHECK(adult_from(std::nullopt, 2005) == d(2027, 1, 1));
    CHECK(adult_from(std::nullopt, std::nullopt) == std::nullopt);
    CHECK(adult_from(d(2004, 2, 29), 2004) == d(2025, 3, 1));
    Age age;
    age.adult_from = adult_from(std::nullopt, 2005);
    CHECK(
        only_month({work(d(2026, 12, 1), 180)}, {volunteer(d(2026, 1, 1))}, age).allowance_cents ==
        990);
}

TEST_CASE("other volunteer allowance counts toward the monthly and the yearly cap") {
    Agreement a = volunteer(d(2026, 1, 1));
    a.other_allowance_cents = 15000;
    const auto m = only_month({work(d(2026, 11, 3), 20 * 60)}, {a});
    CHECK(m.agreed_cents == 11200);
    CHECK(m.other_cents == 15000);
    CHECK(m.allowance_cents == 6000);
    CHECK(m.cap == "monthly");
    CHECK(m.exceeds);
}

TEST_CASE("the yearly ceiling caps the months after it is reached") {
    std::vector<WorkDay> days;
    for (unsigned month = 1; month <= 11; ++month)
        days.push_back(work(d(2026, month, 2), 60 * 60));
    const auto months =
        monthly_allowance(days, std::vector{volunteer(d(2026, 1, 1))}, {}, any_year);
    REQUIRE(months.size() == 11);
    CHECK(months[9].year_to_date_cents == 210000);
    CHECK(months[9].cap == "monthly");
    CHECK(months[10].allowance_cents == 0);
    CHECK(months[10].cap == "yearly");
    CHECK(months[10].exceeds);
    // A new year starts from nothing.
    days.push_back(work(d(2027, 1, 4), 60));
    CHECK(monthly_allowance(days, std::vector{volunteer(d(2026, 1, 1))}, {}, any_year)
              .back()
              .year_to_date_cents == 560);
}

TEST_CASE("a year with two agreements pays each month by the agreement in force") {
    const std::vector<Agreement> deals{volunteer(d(2026, 1, 1), "hour:4"),
                                       volunteer(d(2026, 7, 16), "month:100")};
    const auto months =
        monthly_allowance(std::vector{work(d(2026, 3, 3), 600), work(d(2026, 7, 10), 600),
                                      work(d(2026, 7, 20), 600), work(d(2026, 9, 1), 1200)},
                          deals, {}, any_year);
    REQUIRE(months.size() == 3);
    CHECK(months[0].allowance_cents == 4000);
    // July: ten hours at 4,00 and the monthly amount for 16 of its 31 days.
    CHECK(months[1].agreed_cents == 4000 + 5161);
    CHECK(months[1].allowance_cents == 9161);
    CHECK(months[2].allowance_cents == 10000);
    CHECK(months[2].year_to_date_cents == 4000 + 9161 + 10000);
}

TEST_CASE("work under another contract earns no allowance") {
    Agreement employed = volunteer(d(2026, 1, 1));
    employed.contract = "employed";
    const auto months =
        monthly_allowance(std::vector{work(d(2026, 10, 5), 600), work(d(2026, 11, 5), 600)},
                          std::vector{employed, volunteer(d(2026, 11, 1))}, {}, any_year);
    REQUIRE(months.size() == 1);
    CHECK(months[0].month == "2026-11");
}

TEST_CASE("on a benefit the month is flagged at 80% of the monthly ceiling") {
    Agreement a = volunteer(d(2026, 1, 1));
    a.benefit = true;
    CHECK(only_month({work(d(2026, 11, 3), 30 * 60)}, {a}).benefit_near);
    CHECK_FALSE(only_month({work(d(2026, 11, 3), 29 * 60)}, {a}).benefit_near);
}

TEST_CASE("a forgotten under-21 person keeps every past month's allowance") {
    Age live;
    live.adult_from = adult_from(d(2005, 11, 15), 2005);
    const std::vector<WorkDay> days{work(d(2025, 6, 2), 180),   work(d(2026, 3, 2), 180),
                                    work(d(2026, 11, 3), 60),   work(d(2026, 11, 14), 90),
                                    work(d(2026, 11, 15), 120), work(d(2026, 12, 1), 180)};
    const std::vector<Agreement> deals{volunteer(d(2025, 1, 1))};
    Age forgotten;
    forgotten.bands = age_bands(live, days);
    REQUIRE(forgotten.bands.size() == 2);
    CHECK(forgotten.bands[0].under_21);
    CHECK(forgotten.bands[1].turned_21_month == 11u);
    CHECK(forgotten.bands[1].minutes_before == 150);
    const auto before = monthly_allowance(days, deals, live, any_year);
    const auto after = monthly_allowance(days, deals, forgotten, any_year);
    REQUIRE(before.size() == after.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        CAPTURE(before[i].month);
        CHECK(after[i].under_21_minutes == before[i].under_21_minutes);
        CHECK(after[i].allowance_cents == before[i].allowance_cents);
    }
    CHECK(before[0].allowance_cents == 990);
    CHECK(before[2].under_21_minutes == 150);
    // Without the kept bands the erased birth year would have paid the adult rate.
    CHECK(monthly_allowance(days, deals, {}, any_year)[0].allowance_cents == 1680);
}

TEST_CASE("a monthly amount runs from the first start, not from the first of the month") {
    const Agreement registered = volunteer(d(2026, 11, 16), "month:150");
    const auto m = only_month({work(d(2026, 11, 20), 60 * 60)}, {registered});
    CHECK(m.agreed_cents == 7500);
}

TEST_CASE("a month whose terms held every day may be counted as one day") {
    const std::vector<Agreement> one{volunteer(d(2026, 1, 1))};
    CHECK(same_terms_all_month(one, {}, d(2026, 11, 1)));
    // An agreement that starts on the first holds the whole month; one that starts later splits it.
    const std::vector<Agreement> on_first{volunteer(d(2026, 1, 1)),
                                          volunteer(d(2026, 11, 1), "hour:4")};
    CHECK(same_terms_all_month(on_first, {}, d(2026, 11, 1)));
    const std::vector<Agreement> mid{volunteer(d(2026, 1, 1)),
                                     volunteer(d(2026, 11, 16), "hour:4")};
    CHECK_FALSE(same_terms_all_month(mid, {}, d(2026, 11, 1)));
    CHECK(same_terms_all_month(mid, {}, d(2026, 10, 1)));
    CHECK(same_terms_all_month(mid, {}, d(2026, 12, 1)));
    // Turning 21 within the month splits it, by birthday or by a forgotten person's kept band.
    Age birthday;
    birthday.adult_from = d(2026, 11, 15);
    CHECK_FALSE(same_terms_all_month(one, birthday, d(2026, 11, 1)));
    CHECK(same_terms_all_month(one, birthday, d(2026, 12, 1)));
    Age kept;
    kept.bands = {AgeBand{2026, false, 11u, 150}};
    CHECK_FALSE(same_terms_all_month(one, kept, d(2026, 11, 1)));
    CHECK(same_terms_all_month(one, kept, d(2026, 10, 1)));

    // Counted as one day, such a month pays what its days pay.
    const std::vector<WorkDay> days{work(d(2026, 10, 5), 600, 2), work(d(2026, 10, 20), 300, 1)};
    const std::vector<WorkDay> as_one{work(d(2026, 10, 1), 900, 3)};
    for (const auto& deals : {one, std::vector{volunteer(d(2026, 1, 1), "activity:12.5")}}) {
        const auto by_day = only_month(days, deals, birthday);
        const auto by_month = only_month(as_one, deals, birthday);
        CHECK(by_day.allowance_cents == by_month.allowance_cents);
        CHECK(by_day.under_21_minutes == by_month.under_21_minutes);
    }
}
