// The rules of an agreement history: a change applied to a period, a back-dated change flowing
// into later periods, the period in force on a day and the hours available over a span.
#include "domain/agreement.hpp"
#include "test_dates.hpp"

#include <doctest/doctest.h>

using namespace sleutel;
using namespace std::chrono;

namespace {

Agreement volunteer(Date from, const std::string& allowance = "legal") {
    Agreement a;
    a.from = from;
    a.contract = "volunteer";
    a.allowance = parse_allowance_terms(allowance);
    return a;
}

} // namespace

TEST_CASE("the agreement in force on a day; the first reaches back") {
    const std::vector<Agreement> history{volunteer(d(2026, 3, 1)), volunteer(d(2026, 7, 1))};
    CHECK(agreement_on(history, d(2026, 1, 5)) == &history[0]);
    CHECK(agreement_on(history, d(2026, 6, 30)) == &history[0]);
    CHECK(agreement_on(history, d(2026, 7, 1)) == &history[1]);
    CHECK(agreement_on({}, d(2026, 7, 1)) == nullptr);
}

TEST_CASE("days before every start stay with the agreement entered first") {
    Agreement registered = volunteer(d(2026, 11, 16), "month:150");
    registered.id = 1;
    Agreement earlier = volunteer(d(2026, 11, 1), "none");
    earlier.id = 2;
    const std::vector<Agreement> history{earlier, registered};
    CHECK(agreement_on(history, d(2026, 10, 20)) == &history[1]);
    CHECK(agreement_on(history, d(2026, 11, 5)) == &history[0]);
}

TEST_CASE("a back-dated agreement flows into later periods until one changed the field itself") {
    Agreement registered = volunteer(d(2026, 11, 23));
    Agreement later = volunteer(d(2026, 12, 1), "hour:3");
    later.given = field_allowance;
    const std::vector<Agreement> history{registered, later};
    AgreementChange change;
    change.from = d(2026, 1, 1);
    change.allowance = parse_allowance_terms("hour:4");
    change.available_minutes = 480;
    const auto saved = with_change(history, change);
    REQUIRE(saved.size() == 3);
    CHECK(saved[0].from == d(2026, 1, 1));
    CHECK(saved[0].allowance == parse_allowance_terms("hour:4"));
    // The registered period only carried `legal` on: it gets hour:4. The December period was
    // given its own rate and keeps it; availability, set by nobody since, flows into both.
    CHECK(saved[1].allowance == parse_allowance_terms("hour:4"));
    CHECK(saved[1].available_minutes == 480);
    CHECK(saved[2].allowance == parse_allowance_terms("hour:3"));
    CHECK(saved[2].available_minutes == 480);
    // A change on the day a period starts corrects that period; nothing later is touched when
    // no field flows.
    AgreementChange correction;
    correction.from = d(2026, 12, 1);
    correction.benefit = true;
    const auto corrected = with_change(history, correction);
    REQUIRE(corrected.size() == 1);
    CHECK(corrected[0].benefit);
    CHECK(corrected[0].allowance == parse_allowance_terms("hour:3"));
}

TEST_CASE("availability over a span counts each period's own hours per day") {
    Agreement first = volunteer(d(2026, 1, 1));
    first.available_minutes = 7 * 60;
    Agreement second = volunteer(d(2026, 11, 8));
    second.available_minutes = 14 * 60;
    const std::vector<Agreement> history{first, second};
    // 1..7 November at 7 h a week, 8..14 November at 14 h a week.
    CHECK(available_minutes(history, d(2026, 11, 1), d(2026, 11, 14)) == 21 * 60);
    CHECK(available_minutes(std::vector{volunteer(d(2026, 1, 1))}, d(2026, 11, 1),
                            d(2026, 11, 14)) == std::nullopt);
}

TEST_CASE("a later period keeps a field it was given, even when it equals the value replaced") {
    Agreement a = volunteer(d(2026, 1, 1));
    a.minutes_per_week = 600;
    a.given = field_hours;
    Agreement june = a;
    june.from = d(2026, 6, 1);
    june.minutes_per_week = 480;
    Agreement september = a;
    september.from = d(2026, 9, 1); // back to 10 hours, given explicitly
    AgreementChange august;
    august.from = d(2026, 8, 1);
    august.minutes_per_week = 360;
    const auto saved = with_change(std::vector{a, june, september}, august);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].minutes_per_week == 360);
}

TEST_CASE("a change to a new day starts a period with only its own fields given") {
    Agreement before = volunteer(d(2026, 1, 1), "hour:4");
    before.id = 7;
    before.minutes_per_week = 600;
    before.benefit = true;
    before.given = field_contract | field_allowance | field_hours;
    AgreementChange change;
    change.from = d(2026, 3, 1);
    change.minutes_per_week = 300;
    change.other_allowance_cents = 2500;
    const Agreement after = apply_change(before, change);
    CHECK(after.id == 0); // a new period, saved as a new row
    CHECK(after.from == d(2026, 3, 1));
    CHECK(after.given == (field_hours | field_other_allowance));
    CHECK(after.minutes_per_week == 300);
    CHECK(after.other_allowance_cents == 2500);
    // What the change leaves out is carried over.
    CHECK(after.contract == "volunteer");
    CHECK(after.allowance == parse_allowance_terms("hour:4"));
    CHECK(after.benefit);
}

TEST_CASE("a change on a period's own start corrects it and keeps what it was given") {
    Agreement before = volunteer(d(2026, 1, 1));
    before.id = 3;
    before.given = field_contract;
    AgreementChange change;
    change.from = d(2026, 1, 1);
    change.benefit = false;
    change.reachable = "mon-fri@09:00-17:00";
    const Agreement after = apply_change(before, change);
    CHECK(after.id == 3);
    CHECK(after.given == (field_contract | field_benefit | field_reachable));
    CHECK(after.reachable == "mon-fri@09:00-17:00");
    CHECK_FALSE(after.benefit);
}

TEST_CASE("a change before any period starts from an empty agreement") {
    AgreementChange change;
    change.from = d(2026, 5, 1);
    change.contract = "employed";
    const auto saved = with_change({}, change);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].contract == "employed");
    CHECK(saved[0].allowance.basis == AllowanceBasis::legal);
    CHECK(saved[0].given == field_contract);
}

TEST_CASE("available hours: none before they were agreed, pro rata over part of a week") {
    Agreement a = volunteer(d(2026, 1, 1));
    a.available_minutes = 7 * 60; // an hour a day
    const std::vector<Agreement> one{a};
    CHECK(available_minutes(one, d(2026, 2, 1), d(2026, 2, 1)) == 60);
    CHECK(available_minutes(one, d(2026, 2, 1), d(2026, 2, 3)) == 180);
    // The first period reaches back before its start.
    CHECK(available_minutes(one, d(2025, 12, 31), d(2025, 12, 31)) == 60);
    // A span that ends before it starts has nothing available.
    CHECK(available_minutes(one, d(2026, 2, 3), d(2026, 2, 1)) == std::nullopt);
    CHECK(available_minutes({}, d(2026, 2, 1), d(2026, 2, 3)) == std::nullopt);
}
